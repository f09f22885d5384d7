import type { Destination } from '../../src/core/model/invocation.ts';
import type { Reply } from '../../src/core/model/reply.ts';
import type { Poster } from '../../src/core/ports.ts';

export interface Delivered {
  destination: Destination;
  reply: Reply;
  idempotencyKey: string;
}

/**
 * The chat platform's side of posting: records what reached the channel. `failNext` makes the next posts fail the
 * way a platform does (e.g. a 429 carrying Retry-After); `hang` never answers, like a process killed mid-post.
 */
export class FarSidePoster implements Poster {
  readonly delivered: Delivered[] = [];
  attempts = 0;
  private failures: Error[] = [];
  private hanging = false;

  failNext(...errors: Error[]): void {
    this.failures.push(...errors);
  }

  hang(): void {
    this.hanging = true;
  }

  async post(destination: Destination, reply: Reply, options: { idempotencyKey: string }): Promise<void> {
    this.attempts++;
    if (this.hanging) return new Promise(() => {});
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.delivered.push({ destination, reply, idempotencyKey: options.idempotencyKey });
  }
}

/** What Slack/Discord clients throw on 429: the status and the wait the platform asked for. */
export function rateLimited(retryAfterSeconds: number): Error {
  return Object.assign(new Error('rate limited (429)'), { status: 429, retryAfter: retryAfterSeconds });
}
