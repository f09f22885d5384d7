import type { Destination, Platform } from '../../core/model/invocation.ts';
import type { Reply } from '../../core/model/reply.ts';

/** What every chat platform adapter provides to the composition root and to digests/alerts. */
export interface ChatAdapter {
  readonly platform: Platform;
  start(): Promise<void>;
  /** Stops taking new work and waits for in-flight posts to finish. */
  stop(): Promise<void>;
  /** True once connected/authenticated (for /readyz). */
  isReady(): boolean;
  /** Posts a reply to a stored destination. `idempotencyKey` makes retries after crashes or 5xx post at most once. */
  post(destination: Destination, reply: Reply, options: { idempotencyKey: string }): Promise<void>;
}
