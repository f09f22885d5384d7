import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createRateLimiterFactory, type RateLimiterFactory } from '../../src/adapters/shared/rate-limiter.ts';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/create-slack-adapter.ts';
import type { Reply } from '../../src/core/model/reply.ts';
import { silentLogger } from '../../src/core/ports.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { FakeSlack } from '../fakes/slack/fake-slack.ts';
import { NewsbotWithHandlers, SIGNING_SECRET, TEST_LIMITS } from './slack-harness.ts';

const REDIS_URL = process.env.REDIS_URL;
const digest: Reply = {
  kind: 'digest',
  visibility: 'channel',
  title: 'Morning digest',
  fallbackText: 'Morning digest',
};

describe.skipIf(!REDIS_URL)('two Slack adapter instances sharing Redis', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup.length = 0;
  });

  async function instance(fake: FakeSlack, kv: KvStore, namespace: string): Promise<SlackAdapter> {
    const rateLimiters: RateLimiterFactory = createRateLimiterFactory({ redisUrl: REDIS_URL, namespace });
    const adapter = createSlackAdapter({
      config: {
        botToken: 'xoxb-test-token',
        signingSecret: SIGNING_SECRET,
        appToken: null,
        oauth: null,
        apiUrl: fake.apiUrl,
        port: 0,
      },
      core: new NewsbotWithHandlers(kv, {}),
      kv,
      logger: silentLogger,
      rateLimiters,
      limits: { ...TEST_LIMITS, perChannel: { maxConcurrent: 1, minTime: 500 } },
      listenHost: '127.0.0.1',
    });
    await adapter.start();
    cleanup.push(
      () => rateLimiters.close(),
      () => adapter.stop(),
    );
    return adapter;
  }

  it('keep one channel pace between them and post a digest once when both try', async () => {
    const fake = await new FakeSlack().start();
    const kv = await openStore(REDIS_URL as string, { namespace: `slack-test-${randomUUID()}` });
    cleanup.push(
      () => kv.close(),
      () => fake.stop(),
    );
    const namespace = `slack-test-${randomUUID()}`;
    const [a, b] = [await instance(fake, kv, namespace), await instance(fake, kv, namespace)];

    await Promise.all([
      a.post('slack:T1:C1', digest, { idempotencyKey: 'one' }),
      b.post('slack:T1:C1', digest, { idempotencyKey: 'two' }),
    ]);
    const [first, second] = fake.accepted('chat.postMessage').map((call) => call.at);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(350);

    await Promise.all([
      a.post('slack:T1:C2', digest, { idempotencyKey: 'same' }),
      b.post('slack:T1:C2', digest, { idempotencyKey: 'same' }),
    ]);
    expect(fake.accepted('chat.postMessage').filter((call) => call.params.channel === 'C2')).toHaveLength(1);
    cleanup.push(() => Promise.all(['one', 'two', 'same'].map((key) => kv.delete(`slack:post:${key}:0`))));
  });
});
