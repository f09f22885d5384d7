import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { discordDestination } from '../../src/adapters/discord/destination.ts';
import { createDiscordAdapter } from '../../src/adapters/discord/discord-adapter.ts';
import type { ChatAdapter } from '../../src/adapters/shared/chat-adapter.ts';
import { createRateLimiterFactory } from '../../src/adapters/shared/rate-limiter.ts';
import { helpReply } from '../../src/core/commands/help.ts';
import { Newsbot } from '../../src/core/newsbot.ts';
import { silentLogger, systemClock } from '../../src/core/ports.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';

const REDIS_URL = process.env.REDIS_URL;

describe.skipIf(!REDIS_URL)('GIVEN two newsbot instances on one Redis posting to Discord', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup.length = 0;
  });

  it('THEN both send through the clustered limiters and the same post goes out once', async () => {
    const namespace = `discord-test-${randomUUID()}`;
    const fake = await FakeDiscord.start();
    const kv = await openStore(REDIS_URL as string, { namespace });
    cleanup.push(
      () => fake.close(),
      () => kv.close(),
      async () => {
        const redis = new Redis(REDIS_URL as string);
        const keys = [...(await redis.keys(`b_${namespace}:*`)), ...(await redis.keys(`${namespace}:*`))];
        if (keys.length > 0) await redis.del(...keys);
        await redis.quit();
      },
    );
    const instance = async (): Promise<ChatAdapter> => {
      const limiters = createRateLimiterFactory({ redisUrl: REDIS_URL, namespace });
      await limiters.ready();
      const newsbot = new Newsbot({ kv, clock: systemClock, logger: silentLogger });
      const adapter = createDiscordAdapter({
        config: {
          token: fake.token,
          applicationId: fake.applicationId,
          guildId: null,
          apiUrl: fake.apiUrl,
          messageContent: false,
          deferAfterMs: 2000,
        },
        core: newsbot,
        kv,
        logger: silentLogger,
        limiters,
      });
      await adapter.start();
      cleanup.push(
        async () => {
          await newsbot.stop();
          newsbot.index.close();
        },
        () => limiters.close(),
        () => adapter.stop(),
      );
      return adapter;
    };
    const [a, b] = [await instance(), await instance()];
    const destination = discordDestination(fake.guildId, fake.channelId);

    await Promise.all([
      a.post(destination, helpReply(), { idempotencyKey: 'digest:both' }),
      b.post(destination, helpReply(), { idempotencyKey: 'digest:both' }),
    ]);
    await a.post(destination, helpReply(), { idempotencyKey: 'digest:a' });
    await b.post(destination, helpReply(), { idempotencyKey: 'digest:b' });
    expect(fake.channelMessages.get(fake.channelId)).toHaveLength(3);
  });
});
