import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { discordDestination } from '../../src/adapters/discord/destination.ts';
import { createDiscordAdapter } from '../../src/adapters/discord/discord-adapter.ts';
import type { ChatAdapter } from '../../src/adapters/shared/chat-adapter.ts';
import { createRateLimiterFactory, type RateLimiterFactory } from '../../src/adapters/shared/rate-limiter.ts';
import { createSlackAdapter } from '../../src/adapters/slack/create-slack-adapter.ts';
import type { Reply } from '../../src/core/model/reply.ts';
import { Newsbot } from '../../src/core/newsbot.ts';
import { silentLogger, systemClock } from '../../src/core/ports.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { FakeSlack } from '../fakes/slack/fake-slack.ts';
import { clearRedisNamespace } from '../scale/clear-namespace.ts';

// Two instances share what they would share in production: the store (Redis when REDIS_URL is set) and the
// rate limiters (clustered on that Redis). Without Redis they share one in-process store and one limiter factory.
const REDIS_URL = process.env.REDIS_URL;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function sharedInfrastructure(): Promise<{ kv: KvStore; limiters: () => RateLimiterFactory }> {
  const namespace = `outage-${randomUUID()}`;
  if (REDIS_URL) cleanups.push(() => clearRedisNamespace(REDIS_URL, namespace));
  const kv = await openStore(REDIS_URL ?? 'memory://', { namespace });
  cleanups.push(() => kv.close());
  const local = REDIS_URL ? null : createRateLimiterFactory({ namespace });
  if (local) cleanups.push(() => local.close());
  return {
    kv,
    limiters: () => {
      if (local) return local;
      const clustered = createRateLimiterFactory({ redisUrl: REDIS_URL, namespace });
      cleanups.push(() => clustered.close());
      return clustered;
    },
  };
}

const digest = (n: number): Reply => ({
  kind: 'digest',
  visibility: 'channel',
  title: `Digest ${n}`,
  lines: ['Top stories since yesterday'],
  fallbackText: `Digest ${n}`,
});

describe('Slack answering 429 and 5xx for a while, two instances posting', () => {
  it('every digest is posted exactly once, none lost, none twice', async () => {
    const fake = await new FakeSlack().start();
    cleanups.push(() => fake.stop());
    const { kv, limiters } = await sharedInfrastructure();
    const retry = { maxRetries: 12, baseDelayMs: 20, maxDelayMs: 200 };
    const instances: ChatAdapter[] = [];
    for (let i = 0; i < 2; i++) {
      const adapter = createSlackAdapter({
        config: {
          botToken: 'xoxb-test-token',
          signingSecret: 'test-signing-secret',
          appToken: null,
          oauth: null,
          apiUrl: fake.apiUrl,
          port: 0,
        },
        core: new Newsbot({ kv, clock: systemClock, logger: silentLogger }),
        kv,
        logger: silentLogger,
        rateLimiters: limiters(),
        limits: { perChannel: { maxConcurrent: 1, minTime: 0 }, workspace: { maxConcurrent: 4 }, retry },
        listenHost: '127.0.0.1',
      });
      await adapter.start();
      cleanups.push(() => adapter.stop());
      instances.push(adapter);
    }
    // The outage: the next 14 posts fail, rate limits and server errors mixed.
    fake.failNext(
      'chat.postMessage',
      ...Array.from({ length: 14 }, (_, i) =>
        i % 3 === 0 ? { status: 429, retryAfterSeconds: 1 } : { status: 500 + (i % 4) },
      ),
    );
    const digests = Array.from({ length: 6 }, (_, n) => n);
    // Both instances try every digest (as after a claim expired on a slow instance), on two channels.
    await Promise.all(
      digests.flatMap((n) =>
        instances.map((adapter) =>
          adapter.post(`slack:T1:C${n % 2}`, digest(n), { idempotencyKey: `digest:sub${n}:2026-11-21` }),
        ),
      ),
    );
    const posted = fake.accepted('chat.postMessage').map((call) => String(call.params.text));
    expect(posted.sort()).toEqual(digests.map((n) => `Digest ${n}`).sort());
    const failed = fake.calls.filter((call) => String(call.params.__status).startsWith('failed'));
    expect(failed).toHaveLength(14); // the outage really happened
  });
});

describe('Discord answering 429 and 5xx for a while, including 500s after it already posted', () => {
  it('every alert arrives exactly once', async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    const { kv, limiters } = await sharedInfrastructure();
    const core = new Newsbot({ kv, clock: systemClock, logger: silentLogger });
    const adapter = createDiscordAdapter({
      config: {
        token: fake.token,
        applicationId: fake.applicationId,
        guildId: null,
        apiUrl: fake.apiUrl,
        messageContent: false,
        deferAfterMs: 2000,
      },
      core,
      kv,
      logger: silentLogger,
      limiters: limiters(),
    });
    await adapter.start();
    cleanups.push(() => adapter.stop());
    const messages = { method: 'POST', path: /^\/channels\/\d+\/messages$/ };
    for (let i = 0; i < 4; i++) {
      if (i % 2 === 0) {
        fake.failNext({
          ...messages,
          status: 429,
          body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
          headers: { 'retry-after': '1' },
        });
      } else {
        fake.failNext({
          ...messages,
          status: 500,
          body: { message: '500: Internal Server Error', code: 0 },
          processFirst: true,
        });
      }
    }
    const destination = discordDestination(fake.guildId, fake.channelId);
    // Two alerts sent twice each stay within Discord's 5-per-5-s channel budget, so the test measures the outage only.
    const alerts = Array.from({ length: 2 }, (_, n) => n);
    // Each alert is sent twice (a retry after a crash report): the idempotency key keeps it to one message.
    await Promise.all(
      alerts.flatMap((n) =>
        [0, 1].map(() => adapter.post(destination, digest(n), { idempotencyKey: `alert:person:${n}` })),
      ),
    );
    const stored = (fake.channelMessages.get(fake.channelId) ?? []).map((message) => JSON.stringify(message));
    for (const n of alerts) expect(stored.filter((text) => text.includes(`Digest ${n}`))).toHaveLength(1);
    expect(stored).toHaveLength(alerts.length);
    const failures = fake.requests.filter((r) => messages.path.test(r.path) && r.status >= 400);
    expect(failures.map((r) => r.status).sort()).toEqual([429, 429, 500, 500]); // the outage really happened
  });
});
