import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiterFactory } from '../../src/adapters/shared/rate-limiter.ts';
import { ARTICLES_TOPIC } from '../../src/core/coordination/change-nudges.ts';
import { createRedisNudges } from '../../src/core/coordination/redis-nudges.ts';
import { silentLogger } from '../../src/core/ports.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { redisServerAvailable, startThrowawayRedis, type ThrowawayRedis } from './throwaway-redis.ts';

/** Retries `fn` until it succeeds (the client reconnects in the background) or the time is up. */
async function eventually<T>(fn: () => Promise<T>, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'still waiting'> {
  return Promise.race([
    promise,
    new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms)),
  ]);
}

describe.skipIf(!redisServerAvailable())('Redis restarted mid-run', () => {
  let redis: ThrowawayRedis;
  let kv: KvStore;

  beforeAll(async () => {
    redis = await startThrowawayRedis();
    kv = await openStore(redis.url, { namespace: 'restart-test' });
  });
  afterAll(async () => {
    await kv?.close().catch(() => undefined);
    await redis?.dispose();
  });

  it('store operations fail clearly while Redis is away, then recover with every committed write intact', async () => {
    for (let i = 0; i < 20; i++) await kv.set(`article:${i}`, { title: `committed ${i}` });
    expect(await kv.add('log:1', 'article:0')).toBe(true);

    await redis.stop();
    const failure = await within(
      kv.set('article:lost', { title: 'written while down' }).then(
        () => 'stored',
        (error: Error) => error,
      ),
      3000,
    );
    expect(failure).toBeInstanceOf(Error); // fails, does not hang and does not pretend to store
    expect((failure as Error).message.split('\n')).toHaveLength(1);
    expect((failure as Error).message).toContain(`store ${redis.url}`); // names the store, one line
    await expect(kv.get('article:1')).rejects.toThrow();

    await redis.start();
    const values = await eventually(() => kv.getMany(Array.from({ length: 20 }, (_, i) => `article:${i}`)));
    expect(values.map((value) => (value as { title: string }).title)).toEqual(
      Array.from({ length: 20 }, (_, i) => `committed ${i}`),
    );
    expect(await kv.add('log:1', 'someone-else')).toBe(false); // the claimed slot survived the restart
    await kv.set('article:after', { title: 'after restart' });
    expect(await kv.get('article:after')).toEqual({ title: 'after restart' });
  });

  it('the clustered rate limiter refuses work while Redis is away and serves again after the restart', async () => {
    const limiters = createRateLimiterFactory({ redisUrl: redis.url, namespace: 'restart-test' });
    try {
      await limiters.ready();
      const limiter = limiters.limiter('posts', { maxConcurrent: 2 });
      expect(await limiter.schedule(async () => 'before')).toBe('before');

      await redis.stop();
      const during = await within(
        limiter.schedule(async () => 'ran without Redis').catch(() => 'refused'),
        6000,
      );
      // No job runs outside the shared budget; the caller gets an error it can retry instead of a silent wait.
      expect(during).toBe('refused');

      await redis.start();
      expect(await eventually(() => limiter.schedule(async () => 'after'))).toBe('after');
    } finally {
      await limiters.close();
    }
  });

  it('nudges reach the other instance again after the restart (ioredis re-subscribes)', async () => {
    const publisher = await createRedisNudges(redis.url, {
      namespace: 'restart-test',
      logger: silentLogger,
      coalesceMs: 5,
    });
    const listener = await createRedisNudges(redis.url, { namespace: 'restart-test', logger: silentLogger });
    try {
      let heard = 0;
      await listener.listen(ARTICLES_TOPIC, () => heard++);
      await redis.stop();
      await redis.start();
      await eventually(async () => {
        publisher.announce(ARTICLES_TOPIC);
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (heard === 0) throw new Error('not heard yet');
      });
      expect(heard).toBeGreaterThan(0);
    } finally {
      await publisher.close();
      await listener.close();
    }
  });
});
