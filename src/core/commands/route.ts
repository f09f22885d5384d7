import type { Invocation } from '../model/invocation.ts';
import type { Reply } from '../model/reply.ts';
import { errorReply } from './error-reply.ts';
import { helpReply } from './help.ts';
import { specFor, usageOf } from './parse-command-text.ts';

/**
 * A command handler. Each area exports its handlers (answers, digests, follows, sources) and the facade binds them to
 * its services; the handler receives an invocation whose command and args were already checked against the specs.
 */
export type CommandHandler = (invocation: Invocation) => Promise<Reply>;

/** Command path joined by spaces ('digest subscribe') → handler. */
export type HandlerTable = Partial<Record<string, CommandHandler>>;

/**
 * Routes one invocation: checks it against the specs, refuses admin commands to users who may not change channel
 * settings, and turns handler failures into an ephemeral error instead of a crash.
 */
export async function routeInvocation(
  invocation: Invocation,
  handlers: HandlerTable,
  onError: (error: unknown, invocation: Invocation) => void,
): Promise<Reply> {
  const path = invocation.command;
  const spec = specFor(path);
  if (!spec) return errorReply(`Unknown command “${path.join(' ')}”. Try /news help.`);
  if (path[0] === 'help') return helpReply();
  if (spec.subcommands) {
    const names = spec.subcommands.map((sub) => sub.name).join(', ');
    return errorReply(`/news ${path.join(' ')} needs one of: ${names}.`, usageOf(path, spec));
  }
  const missing = (spec.args ?? []).find((arg) => arg.required && !invocation.args[arg.name]?.trim());
  if (missing) return errorReply(`Missing ${missing.name}.`, usageOf(path, spec));
  if (spec.adminOnly && !invocation.user.canManageChannel) {
    return errorReply(`Only people who can manage this channel may use /news ${path.join(' ')}.`);
  }
  const handler = handlers[path.join(' ')];
  if (!handler) return errorReply(`/news ${path.join(' ')} is not available on this newsbot.`);
  try {
    const reply = await handler(invocation);
    return spec.visibility === 'ephemeral' && reply.kind !== 'digest' ? { ...reply, visibility: 'ephemeral' } : reply;
  } catch (error) {
    onError(error, invocation);
    return errorReply('Sorry, something went wrong answering that. The operator has the details in the log.');
  }
}
