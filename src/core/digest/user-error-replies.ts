import { errorReply } from '../commands/error-reply.ts';
import type { Invocation } from '../model/invocation.ts';
import type { Reply } from '../model/reply.ts';
import { UserFacingError } from '../user-facing-error.ts';

/**
 * Wraps a handler so a user's mistake (bad time, unknown zone, empty name) becomes its one clear ephemeral line; the
 * router would otherwise turn it into a generic "something went wrong".
 */
export function withUserErrors(handler: (inv: Invocation) => Promise<Reply>) {
  return async (inv: Invocation): Promise<Reply> => {
    try {
      return await handler(inv);
    } catch (error) {
      if (error instanceof UserFacingError) return errorReply(error.message);
      throw error;
    }
  };
}
