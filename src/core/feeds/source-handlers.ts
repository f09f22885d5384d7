import { errorReply } from '../commands/error-reply.ts';
import type { CommandHandler } from '../commands/route.ts';
import { UserFacingError } from '../user-facing-error.ts';
import type { FeedService } from './feed-service.ts';
import { addedReply, allStatusReply, listReply, removedReply, statusReply } from './source-replies.ts';

/** `/news source add|remove|list|status`, keyed by command path for the `Newsbot` handler table. */
export function sourceHandlers(feeds: FeedService): Record<string, CommandHandler> {
  return {
    'source add': async (invocation) => {
      const url = invocation.args.url ?? '';
      try {
        const userAgent = invocation.args.user_agent ?? null;
        return addedReply(await feeds.add(url, invocation.destination, { userAgent }));
      } catch (error) {
        if (error instanceof UserFacingError) return errorReply(`Could not add ${url}: ${error.message}`);
        throw error;
      }
    },
    'source remove': async (invocation) => {
      const asked = invocation.args.url ?? '';
      return removedReply(await feeds.remove(asked), asked);
    },
    'source list': async () => listReply(await feeds.list()),
    'source status': async (invocation) => {
      const asked = invocation.args.url?.trim();
      const now = feeds.clock.now();
      if (!asked) return allStatusReply(await feeds.list(), now);
      const source = await feeds.registry.find(asked);
      if (!source) return removedReply(undefined, asked);
      return statusReply(source, await feeds.registry.state(source.id, now), now);
    },
  };
}
