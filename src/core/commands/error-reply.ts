import type { Reply } from '../model/reply.ts';

/** A short ephemeral reply for refusals and mistakes: one clear line, plus usage when it helps. */
export function errorReply(message: string, usage?: string): Reply {
  const lines = usage ? [`Usage: ${usage}`] : [];
  return {
    kind: 'error',
    visibility: 'ephemeral',
    title: message,
    lines,
    fallbackText: [message, ...lines].join('\n'),
  };
}
