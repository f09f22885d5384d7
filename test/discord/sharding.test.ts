import path from 'node:path';
import type { ShardingManager } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { DiscordConfig } from '../../src/adapters/discord/discord-config.ts';
import { recommendedShardCount, startDiscordShards } from '../../src/adapters/discord/shard-manager.ts';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { RecordingLogger } from './harness.ts';

// A guild id that Discord routes to `shard` of two: (id >> 22) % 2.
const guildFor = (shard: number) => {
  for (let n = 10n ** 17n; ; n += 1n << 22n) if (Number((n >> 22n) % 2n) === shard) return n.toString();
};

describe('GIVEN newsbot run under discord.js ShardingManager with two shards', () => {
  let fake: FakeDiscord | undefined;
  let manager: ShardingManager | undefined;
  afterEach(async () => {
    for (const shard of manager?.shards.values() ?? []) shard.kill();
    await fake?.close();
  });

  it('THEN each shard identifies with its id, only shard 0 registers, and each answers its own guilds', async () => {
    const guilds = [0, 1].map((shard) => ({
      id: guildFor(shard),
      name: `Guild on shard ${shard}`,
      channels: [{ id: `30000000000000000${shard}`, name: 'news' }],
    }));
    fake = await FakeDiscord.start({ guilds });
    const config: DiscordConfig = {
      token: fake.token,
      applicationId: fake.applicationId,
      guildId: null,
      apiUrl: fake.apiUrl,
      messageContent: false,
      deferAfterMs: 2000,
    };
    expect(await recommendedShardCount(config)).toBe(1);
    manager = await startDiscordShards({
      config,
      script: path.join(import.meta.dirname, 'fixtures', 'shard-child.ts'),
      shardArgs: [fake.apiUrl, fake.applicationId],
      execArgv: ['--import', 'tsx'],
      totalShards: 2,
      spawnDelayMs: 0,
      logger: new RecordingLogger(),
    });
    const shards = fake.gateway.identifies.map((identify) => identify.shard).sort();
    expect(shards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    await fake.waitFor(() => fake?.commands.global.length);
    expect(fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands'))).toHaveLength(1);

    const onShard1 = fake.sendCommand({
      path: ['help'],
      guildId: guilds[1]?.id,
      channelId: guilds[1]?.channels[0]?.id,
    });
    await fake.waitFor(() => onShard1.original, 10_000);
    expect(JSON.stringify(onShard1.original.embeds)).toContain('/news ask');
  }, 60_000);
});
