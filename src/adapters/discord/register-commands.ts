import { type REST, Routes } from 'discord.js';
import type { Logger } from '../../core/ports.ts';
import { discordCommandDefinitions } from './command-definitions.ts';
import { commandsDiffer } from './command-diff.ts';

export interface RegistrationTarget {
  applicationId: string;
  /** Per-guild registration (instant) when set; global otherwise. */
  guildId: string | null;
}

export type RegistrationResult = 'unchanged' | 'updated';

/**
 * Makes Discord's `/news` match the command specs: reads what Discord has and writes (one bulk overwrite) only when
 * it differs, so restarts and extra shards do not spend Discord's daily command-create budget.
 */
export async function registerCommands(
  rest: REST,
  target: RegistrationTarget,
  logger: Logger,
  definitions: object[] = discordCommandDefinitions(),
): Promise<RegistrationResult> {
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const remote = (await rest.get(route)) as object[];
  if (!commandsDiffer(definitions, remote)) {
    logger.info({ scope: target.guildId ? 'guild' : 'global' }, 'discord commands already up to date');
    return 'unchanged';
  }
  await rest.put(route, { body: definitions });
  logger.info({ scope: target.guildId ? 'guild' : 'global' }, 'discord commands registered');
  return 'updated';
}
