import type { App } from '@slack/bolt';
import { isFirstDelivery } from './first-delivery.ts';
import { renderSlackMessages } from './render-slack-messages.ts';
import { errorCode, prepareSlackCommand } from './slack-command.ts';
import { slackThreadKey } from './slack-destination.ts';
import type { SlackListenerDeps } from './slack-listener-deps.ts';
import { slackTextToPlain } from './slack-text-to-plain.ts';

/** Added to a mention whose answer may take a moment, so the asker sees it was heard. */
export const WORKING_REACTION = 'eyes';

/**
 * `@newsbot what did Rubio say?` in a channel: answered in the mention's thread, so a follow-up mention in that thread
 * ("and Sheinbaum?") shares the conversation. Errors and help go only to the person who asked.
 */
export function listenForMentions(app: App, deps: SlackListenerDeps): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    if (event.bot_id || !event.user) return;
    // Events are already acked; a redelivery of the same event (Slack retries) is answered only once.
    if (!(await isFirstDelivery(deps.kv, (body as { event_id?: string }).event_id))) return;
    const teamId = context.teamId ?? body.team_id;
    const threadTs = event.thread_ts ?? event.ts;
    const address = { teamId, channelId: event.channel, threadTs };
    const userId = event.user;
    const prepared = prepareSlackCommand(deps, {
      teamId,
      channelId: event.channel,
      userId,
      // The mention that triggered this event leads the text; its id is the bot's even when the context lacks it.
      text: slackTextToPlain(event.text, context.botUserId ?? /^<@([A-Z0-9]+)/.exec(event.text)?.[1]),
      isDirectMessage: false,
      conversationKey: slackThreadKey(teamId, event.channel, threadTs),
    });
    if (prepared.kind === 'accepted' && prepared.slow) {
      // "Working on it": a reaction on the question at once; the answer may take a while. Optional, so never fatal.
      client.reactions
        .add({ channel: event.channel, timestamp: event.ts, name: WORKING_REACTION })
        .catch((error: unknown) => deps.logger.debug({ err: errorCode(error) }, 'could not add the working reaction'));
    }
    deps.track('mention', async () => {
      const reply = prepared.kind === 'refused' ? prepared.reply : await prepared.answer(client);
      const messages = renderSlackMessages(reply);
      if (reply.visibility === 'ephemeral') await deps.sender.postEphemeral(client, address, userId, messages);
      else await deps.sender.postMessages(client, address, messages);
    });
  });
}
