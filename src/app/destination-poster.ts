import type { ChatAdapter } from '../adapters/shared/chat-adapter.ts';
import type { Destination } from '../core/model/invocation.ts';
import type { Reply } from '../core/model/reply.ts';
import type { Poster } from '../core/ports.ts';
import { UserFacingError } from '../core/user-facing-error.ts';

/** Routes a post to the adapter that owns the destination's platform (`slack:…` → Slack, `discord:…` → Discord). */
export function createDestinationPoster(adapters: readonly ChatAdapter[]): Poster {
  return {
    async post(destination: Destination, reply: Reply, options: { idempotencyKey: string }): Promise<void> {
      const platform = destination.split(':', 1)[0];
      const adapter = adapters.find((candidate) => candidate.platform === platform);
      if (!adapter) throw new UserFacingError(`no ${platform} connection is configured to post to ${destination}`);
      await adapter.post(destination, reply, options);
    },
  };
}
