import type { webApi } from '@slack/bolt';
import { errorReply } from '../../core/commands/error-reply.ts';
import { parseCommandText } from '../../core/commands/parse-command-text.ts';
import type { Invocation } from '../../core/model/invocation.ts';
import type { Reply } from '../../core/model/reply.ts';
import type { Newsbot } from '../../core/newsbot.ts';
import type { Logger } from '../../core/ports.ts';
import type { UserFloodGuard } from '../shared/user-flood-guard.ts';
import { type ChannelPermission, channelPermission } from './channel-permissions.ts';
import { slackDestination } from './slack-destination.ts';

type WebClient = webApi.WebClient;

/** A command as it arrived from Slack (slash command, @-mention or DM), before parsing. */
export interface IncomingSlackCommand {
  teamId: string;
  channelId: string;
  userId: string;
  /** Plain text after `/news` or after the mention. */
  text: string;
  isDirectMessage: boolean;
  /** Follow-up questions in the same conversation share this key. */
  conversationKey: string;
}

export interface SlackCommandDeps {
  core: Pick<Newsbot, 'handle'>;
  floodGuard: UserFloodGuard;
  logger: Logger;
}

/** What to do with an incoming command: refuse at once (flood, typo), or answer — maybe slowly. */
export type PreparedCommand =
  | { kind: 'refused'; reply: Reply }
  | { kind: 'accepted'; slow: boolean; answer: (client: WebClient) => Promise<Reply> };

const notice = (message: string): Reply => ({
  kind: 'info',
  visibility: 'ephemeral',
  title: message,
  fallbackText: message,
});

/**
 * Checks a Slack command without any network call (so a refusal can go in the 3-second ack), and returns how to answer
 * it: permissions are looked up only for admin commands, then the core answers.
 */
export function prepareSlackCommand(deps: SlackCommandDeps, incoming: IncomingSlackCommand): PreparedCommand {
  const verdict = deps.floodGuard.check(`slack:${incoming.teamId}:${incoming.userId}`);
  if (!verdict.allowed) return { kind: 'refused', reply: notice(verdict.message) };
  const parsed = parseCommandText(incoming.text);
  if (!parsed.ok) return { kind: 'refused', reply: errorReply(`Sorry, ${parsed.error}.`, parsed.usage) };

  const answer = async (client: WebClient): Promise<Reply> => {
    const permission: ChannelPermission = parsed.spec.adminOnly
      ? await channelPermission(client, incoming.userId, incoming.channelId, incoming.isDirectMessage).catch(
          (error: unknown) => {
            deps.logger.warn({ err: errorCode(error), user: incoming.userId }, 'could not read Slack permissions');
            return { canManageChannel: false };
          },
        )
      : { canManageChannel: incoming.isDirectMessage };
    const invocation: Invocation = {
      platform: 'slack',
      destination: slackDestination(incoming.teamId, incoming.channelId),
      conversationKey: incoming.conversationKey,
      user: { id: incoming.userId, canManageChannel: permission.canManageChannel },
      command: parsed.command,
      args: parsed.args,
      ...(permission.timeZone ? { timeZone: permission.timeZone } : {}),
    };
    return deps.core.handle(invocation);
  };
  // Questions search and rank; settings commands are quick. Only the former get a "working on it" ack.
  return { kind: 'accepted', slow: parsed.spec.visibility === 'channel', answer };
}

/** A Slack error as one loggable word (`missing_scope`), never the request that carried the token. */
export function errorCode(error: unknown): string {
  const e = error as { data?: { error?: string }; code?: string; message?: string };
  return e?.data?.error ?? e?.code ?? e?.message ?? String(error);
}
