import {
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { CommandSpec } from '../../core/commands/command-spec.ts';
import { COMMAND_SPECS } from '../../core/commands/specs.ts';
import { truncate } from './discord-limits.ts';

export const COMMAND_NAME = 'news';
// Discord allows 1–100 characters in command and option descriptions.
const description = (text: string) => truncate(text, 100);

function addArgs(sub: SlashCommandSubcommandBuilder, spec: CommandSpec): SlashCommandSubcommandBuilder {
  sub.setName(spec.name).setDescription(description(spec.description));
  // Discord wants required options before optional ones; the specs' order is kept otherwise.
  const args = [...(spec.args ?? [])].sort((a, b) => Number(b.required) - Number(a.required));
  for (const arg of args) {
    sub.addStringOption((option) =>
      option
        .setName(arg.name)
        .setDescription(description(arg.description))
        .setRequired(arg.required)
        .setAutocomplete(arg.autocomplete === 'speaker'),
    );
  }
  return sub;
}

/**
 * The `/news` slash command generated from the command specs: top-level commands become subcommands, commands with
 * subcommands become subcommand groups, arguments become string options (speaker arguments autocomplete).
 * Validated by discord.js' builders, so a spec Discord would refuse fails here, before any request.
 */
export function discordCommandDefinitions(
  specs: readonly CommandSpec[] = COMMAND_SPECS,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const news = new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription('newsbot: who said what in the news, quoted exactly, with every outlet that reported it')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);
  for (const spec of specs) {
    const subcommands = spec.subcommands;
    if (subcommands) {
      news.addSubcommandGroup((group) => {
        group.setName(spec.name).setDescription(description(spec.description));
        for (const sub of subcommands) group.addSubcommand((builder) => addArgs(builder, sub));
        return group;
      });
    } else {
      news.addSubcommand((builder) => addArgs(builder, spec));
    }
  }
  return [news.toJSON()];
}
