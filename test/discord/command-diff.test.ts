import { describe, expect, it } from 'vitest';
import { discordCommandDefinitions } from '../../src/adapters/discord/command-definitions.ts';
import { commandsDiffer } from '../../src/adapters/discord/command-diff.ts';

/** What Discord returns for a registered command: ids, versions, defaults filled in, `required: false` dropped. */
function asDiscordReturnsIt(command: object): object {
  const strip = (option: Record<string, unknown>): Record<string, unknown> => {
    const { required, autocomplete, ...rest } = option;
    return {
      ...rest,
      ...(required ? { required } : {}),
      ...(autocomplete ? { autocomplete } : {}),
      ...(Array.isArray(option.options) ? { options: (option.options as Record<string, unknown>[]).map(strip) } : {}),
    };
  };
  return {
    ...strip(command as Record<string, unknown>),
    id: '1',
    application_id: '2',
    version: '3',
    default_member_permissions: null,
    nsfw: false,
    integration_types: [0],
  };
}

describe('commandsDiffer', () => {
  const local = discordCommandDefinitions();

  it('sees no difference between our definitions and what Discord returns for them', () => {
    expect(commandsDiffer(local, local.map(asDiscordReturnsIt))).toBe(false);
  });

  it('sees a changed description, a missing command, an extra command and a lost autocomplete', () => {
    const remote = local.map(asDiscordReturnsIt) as Record<string, unknown>[];
    expect(commandsDiffer(local, [{ ...remote[0], description: 'old' }])).toBe(true);
    expect(commandsDiffer(local, [])).toBe(true);
    expect(commandsDiffer(local, [...remote, { ...remote[0], name: 'extra' }])).toBe(true);
    const changed = JSON.parse(JSON.stringify(remote).replace('"autocomplete":true', '"autocomplete":false'));
    expect(commandsDiffer(local, changed)).toBe(true);
  });
});
