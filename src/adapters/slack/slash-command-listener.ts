import type { App } from '@slack/bolt';
import { escapeAndTruncate } from './escape-slack-text.ts';
import { renderSlackMessages } from './render-slack-messages.ts';
import { prepareSlackCommand } from './slack-command.ts';
import { slackDestination } from './slack-destination.ts';
import type { SlackListenerDeps } from './slack-listener-deps.ts';
import { slackTextToPlain } from './slack-text-to-plain.ts';

export const SLASH_COMMAND = '/news';

/**
 * `/news …`: acknowledged at once (refusals and typos answered in the ack itself, questions with a "working on it"),
 * then answered through the response_url — to the channel for questions, privately for everything else.
 */
export function listenForSlashCommands(app: App, deps: SlackListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    const text = slackTextToPlain(command.text ?? '');
    const address = { teamId: command.team_id, channelId: command.channel_id };
    const prepared = prepareSlackCommand(deps, {
      ...address,
      userId: command.user_id,
      text,
      isDirectMessage: command.channel_name === 'directmessage',
      conversationKey: `${slackDestination(command.team_id, command.channel_id)}:user:${command.user_id}`,
    });
    if (prepared.kind === 'refused') {
      const [message] = renderSlackMessages(prepared.reply, { maxMessages: 1 });
      await ack({ response_type: 'ephemeral', text: message?.text ?? '', blocks: message?.blocks ?? [] });
      return;
    }
    await ack(
      prepared.slow
        ? { response_type: 'ephemeral', text: `Working on it: “${escapeAndTruncate(text, 200)}”…` }
        : undefined,
    );
    deps.track('slash command', async () => {
      const reply = await prepared.answer(client);
      const type = reply.visibility === 'channel' ? 'in_channel' : 'ephemeral';
      await deps.sender.respond(respond, address, renderSlackMessages(reply), type);
    });
  });
}
