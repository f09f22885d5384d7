import type { App } from '@slack/bolt';
import { isFirstDelivery } from './first-delivery.ts';
import { renderSlackMessages } from './render-slack-messages.ts';
import { prepareSlackCommand } from './slack-command.ts';
import { slackThreadKey } from './slack-destination.ts';
import type { SlackListenerDeps } from './slack-listener-deps.ts';
import { slackTextToPlain } from './slack-text-to-plain.ts';

/** Direct messages need no mention: every message a person sends the bot is a command or a question. */
export function listenForDirectMessages(app: App, deps: SlackListenerDeps): void {
  app.message(async ({ message, body, client, context }) => {
    if (message.subtype !== undefined || message.channel_type !== 'im' || message.bot_id || !message.user) return;
    // Events are already acked; a redelivery of the same event (Slack retries) is answered only once.
    if (!(await isFirstDelivery(deps.kv, (body as { event_id?: string }).event_id))) return;
    const teamId = context.teamId ?? (body as { team_id: string }).team_id;
    const threadTs = message.thread_ts;
    const address = threadTs
      ? { teamId, channelId: message.channel, threadTs }
      : { teamId, channelId: message.channel };
    const prepared = prepareSlackCommand(deps, {
      teamId,
      channelId: message.channel,
      userId: message.user,
      text: slackTextToPlain(message.text ?? '', context.botUserId),
      isDirectMessage: true,
      // A DM is one long conversation unless the person opens a thread.
      conversationKey: slackThreadKey(teamId, message.channel, threadTs ?? 'dm'),
    });
    deps.track('direct message', async () => {
      const reply = prepared.kind === 'refused' ? prepared.reply : await prepared.answer(client);
      await deps.sender.postMessages(client, address, renderSlackMessages(reply));
    });
  });
}
