import {
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  PermissionFlagsBits,
} from 'discord.js';
import type { Invocation } from '../../core/model/invocation.ts';
import { discordDestination } from './destination.ts';

/** String options at the leaves of `/news group sub option:value`, by name. */
function leafArgs(options: readonly CommandInteractionOption[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (const option of options) {
    if (option.options) Object.assign(args, leafArgs(option.options));
    else if (option.type === ApplicationCommandOptionType.String && typeof option.value === 'string') {
      args[option.name] = option.value;
    }
  }
  return args;
}

/** `/news digest subscribe` → ['digest', 'subscribe']. */
export function commandPath(interaction: { options: ChatInputCommandInteraction['options'] }): string[] {
  const group = interaction.options.getSubcommandGroup(false);
  const sub = interaction.options.getSubcommand(false);
  return [group, sub].filter((part): part is string => Boolean(part));
}

/**
 * Channel managers are members with Manage Server or Manage Channels in this channel (Discord computes the
 * interaction's member permissions with channel overwrites). In a DM the user owns the conversation.
 */
export function interactionCanManage(interaction: ChatInputCommandInteraction): boolean {
  if (!interaction.inGuild()) return true;
  return (
    interaction.memberPermissions?.any([PermissionFlagsBits.ManageGuild, PermissionFlagsBits.ManageChannels]) ?? false
  );
}

export function invocationFromInteraction(interaction: ChatInputCommandInteraction): Invocation {
  const guildId = interaction.guildId;
  return {
    platform: 'discord',
    destination: discordDestination(guildId, interaction.channelId),
    conversationKey: `discord:${interaction.channelId}:${interaction.user.id}`,
    user: { id: interaction.user.id, canManageChannel: interactionCanManage(interaction) },
    command: commandPath(interaction),
    args: leafArgs(interaction.options.data),
  };
}
