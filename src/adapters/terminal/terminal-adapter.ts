import type { Writable } from 'node:stream';
import type { Reply } from '../../core/model/reply.ts';
import type { ChatAdapter } from '../shared/chat-adapter.ts';

/** Posts digests and alerts addressed to `terminal:local` to the terminal, once per idempotency key. */
export function createTerminalAdapter(output: Writable, render: (reply: Reply) => string): ChatAdapter {
  const posted = new Set<string>();
  return {
    platform: 'terminal',
    async start() {},
    async stop() {},
    isReady: () => true,
    async post(_destination, reply, { idempotencyKey }) {
      if (posted.has(idempotencyKey)) return;
      posted.add(idempotencyKey);
      output.write(`\n${render(reply)}\n`);
    },
  };
}
