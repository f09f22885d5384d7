import { afterEach, describe, expect, it } from 'vitest';
import { discordCommandDefinitions } from '../../src/adapters/discord/command-definitions.ts';
import type { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { type Harness, startHarness } from './harness.ts';

const writes = (fake: FakeDiscord) => fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands'));

describe('GIVEN the /news command generated from the command specs', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('THEN it has every command as a subcommand or group, with speaker autocomplete', () => {
    const [news] = discordCommandDefinitions();
    const names = news?.options?.map((option) => `${option.type}:${option.name}`);
    expect(names).toEqual(
      expect.arrayContaining(['1:ask', '1:who', '1:search', '2:digest', '2:source', '1:help', '1:follow']),
    );
    const ask = news?.options?.find((option) => option.name === 'ask') as { options: { autocomplete?: boolean }[] };
    expect(ask.options[0]?.autocomplete).toBe(true);
  });

  it('THEN the first start registers it globally and a restart writes nothing', async () => {
    h = await startHarness();
    expect(writes(h.fake)).toHaveLength(1);
    expect(writes(h.fake)[0]?.path).toBe(`/applications/${h.fake.applicationId}/commands`);
    expect(h.fake.commands.global.map((c) => c.name)).toEqual(['news']);

    await h.adapter.stop();
    await h.adapter.start();
    expect(writes(h.fake)).toHaveLength(1);
    const reads = h.fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/commands'));
    expect(reads).toHaveLength(2);
  });

  it('THEN a command Discord has that differs (or is stale) is overwritten', async () => {
    h = await startHarness();
    const stored = h.fake.commands.global[0];
    stored.description = 'an old description';
    h.fake.commands.global.push({ ...stored, id: '1', name: 'oldnews' });
    await h.adapter.stop();
    await h.adapter.start();
    expect(writes(h.fake)).toHaveLength(2);
    expect(h.fake.commands.global.map((c) => c.name)).toEqual(['news']);
  });

  it('THEN with DISCORD_GUILD_ID it registers in that guild only', async () => {
    h = await startHarness({ config: { guildId: '200000000000000001' } });
    expect(writes(h.fake)[0]?.path).toBe(`/applications/${h.fake.applicationId}/guilds/200000000000000001/commands`);
    expect(h.fake.commands.global).toEqual([]);
    expect(h.fake.commands.guild.get('200000000000000001')?.[0]?.name).toBe('news');
  });
});
