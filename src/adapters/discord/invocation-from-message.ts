import { type Message, PermissionFlagsBits } from 'discord.js';
import { errorReply } from '../../core/commands/error-reply.ts';
import { parseCommandText } from '../../core/commands/parse-command-text.ts';
import type { Invocation } from '../../core/model/invocation.ts';
import type { Reply } from '../../core/model/reply.ts';
import { discordDestination } from './destination.ts';

/**
 * The text of a message addressed to the bot, without the mention; null when it is not for the bot. Typing
 * "@newsbot" often picks the bot's own managed role instead of the bot user, so that counts as a mention too.
 */
export function textForBot(message: Message, botId: string): string | null {
  if (message.author.bot) return null;
  const botRole = message.guild?.roles.botRoleFor(botId)?.id;
  const mention = new RegExp(`<@!?${botId}>${botRole ? `|<@&${botRole}>` : ''}`, 'g');
  const mentioned = message.mentions.users.has(botId) || (botRole !== undefined && message.mentions.roles.has(botRole));
  if (message.inGuild() && !mentioned && !mention.test(message.content)) return null;
  return message.content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/** Permissions come from the cached guild roles and channel overwrites; unknown members may not change settings. */
function messageCanManage(message: Message): boolean {
  if (!message.inGuild()) return true;
  const permissions = message.member ? message.channel.permissionsFor(message.member) : null;
  return permissions?.any([PermissionFlagsBits.ManageGuild, PermissionFlagsBits.ManageChannels]) ?? false;
}

/**
 * `@newsbot what did Rubio say?` (or a DM) → an invocation, parsed like Slack's `/news` text; a text that does not
 * parse becomes the one-line error reply to send back.
 */
export function invocationFromMessage(message: Message, text: string): Invocation | Reply {
  const parsed = parseCommandText(text);
  if (!parsed.ok) return errorReply(parsed.error, parsed.usage);
  return {
    platform: 'discord',
    destination: discordDestination(message.guildId, message.channelId),
    // Same key as slash commands in this channel (threads are channels), so follow-ups keep their context.
    conversationKey: `discord:${message.channelId}:${message.author.id}`,
    user: { id: message.author.id, canManageChannel: messageCanManage(message) },
    command: parsed.command,
    args: parsed.args,
  };
}
