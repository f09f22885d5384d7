import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseCommandText } from '../../core/commands/parse-command-text.ts';
import type { Invocation } from '../../core/model/invocation.ts';
import type { Reply } from '../../core/model/reply.ts';

export interface TerminalChatOptions {
  handle: (invocation: Invocation) => Promise<Reply>;
  render: (reply: Reply) => string;
  input: Readable;
  output: Writable;
  /** Printed once before the first prompt. */
  banner?: string;
}

export const TERMINAL_DESTINATION = 'terminal:local';
const QUIT = new Set(['quit', 'exit', ':q', '/quit', '/exit']);

/** Turns one typed line into an invocation; `/news` is optional in the terminal. */
export function terminalInvocation(line: string): Invocation | { error: string } {
  const text = line.replace(/^\/news\b/i, '').trim();
  const parsed = parseCommandText(text);
  if (!parsed.ok) return { error: `${parsed.error}\nUsage: ${parsed.usage}` };
  return {
    platform: 'terminal',
    destination: TERMINAL_DESTINATION,
    conversationKey: 'terminal:local',
    user: { id: 'local', canManageChannel: true },
    command: parsed.command,
    args: parsed.args,
  };
}

/**
 * A terminal chat with the core, the same commands as Slack and Discord. Works interactively and with piped input
 * (`echo "what did Rubio say?" | npm start`): answers each line, resolves at end of input or on `quit`.
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { input, output } = options;
  const interactive = 'isTTY' in input && Boolean((input as { isTTY?: boolean }).isTTY);
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (options.banner) output.write(`${options.banner}\n`);
  const prompt = () => interactive && output.write('newsbot> ');
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (line) {
      const invocation = terminalInvocation(line);
      if ('error' in invocation) output.write(`${invocation.error}\n`);
      else output.write(`${options.render(await options.handle(invocation))}\n`);
    }
    prompt();
  }
  lines.close();
}
