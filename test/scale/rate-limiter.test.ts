import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostLimiter } from '../../src/adapters/shared/post-limiter.ts';
import { createRateLimiterFactory, type RateLimiterFactory } from '../../src/adapters/shared/rate-limiter.ts';
import { retryDelayMs } from '../../src/adapters/shared/retry-policy.ts';

const REDIS_URL = process.env.REDIS_URL;
const opened: RateLimiterFactory[] = [];
const namespaces = new Set<string>();

function factory(namespace: string, redisUrl: string | undefined = REDIS_URL) {
  const made = createRateLimiterFactory({ redisUrl, namespace });
  opened.push(made);
  namespaces.add(namespace);
  return made;
}

function uniqueNamespace() {
  return `limiter-test-${randomUUID()}`;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((made) => made.close()));
  if (!REDIS_URL) return;
  // Bottleneck keeps its state under `b_<id>_*`; remove ours so the shared Redis stays clean.
  const redis = new Redis(REDIS_URL);
  for (const namespace of namespaces) {
    const keys = await redis.keys(`b_${namespace}:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  namespaces.clear();
  await redis.quit();
});

async function until(condition: () => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.skipIf(!REDIS_URL)('clustered rate limiter on Redis', () => {
  it('two instances sharing an id draw from one budget', async () => {
    const namespace = uniqueNamespace();
    const [a, b] = [factory(namespace), factory(namespace)];
    await Promise.all([a.ready(), b.ready()]);
    const settings = { reservoir: 5, reservoirRefreshInterval: 60_000, reservoirRefreshAmount: 5 };
    const limiters = [a.limiter('budget', settings), b.limiter('budget', settings)];
    let done = 0;
    for (const limiter of limiters) {
      for (let i = 0; i < 5; i++) limiter.schedule(async () => void done++).catch(() => undefined);
    }
    await until(() => done === 5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(done).toBe(5); // ten asked, the shared reservoir of five let five through
    for (const limiter of limiters) await limiter.stop({ dropWaitingJobs: true });
  });

  it('separate namespaces keep separate budgets (the shared-budget test can fail)', async () => {
    const [a, b] = [factory(uniqueNamespace()), factory(uniqueNamespace())];
    const settings = { reservoir: 5, reservoirRefreshInterval: 60_000, reservoirRefreshAmount: 5 };
    let done = 0;
    const jobs = [a.limiter('budget', settings), b.limiter('budget', settings)].flatMap((limiter) =>
      Array.from({ length: 5 }, () => limiter.schedule(async () => void done++)),
    );
    await Promise.all(jobs);
    expect(done).toBe(10);
  });

  it('spacing (minTime) holds across two instances: six jobs take at least five gaps', async () => {
    const namespace = uniqueNamespace();
    const [a, b] = [factory(namespace), factory(namespace)];
    await Promise.all([a.ready(), b.ready()]);
    const starts: number[] = [];
    const scheduledAt = performance.now();
    const jobs = [a.limiter('paced', { minTime: 100 }), b.limiter('paced', { minTime: 100 })].flatMap((limiter) =>
      Array.from({ length: 3 }, () => limiter.schedule(async () => void starts.push(performance.now()))),
    );
    await Promise.all(jobs);
    // The last start can come no sooner than five spacings after scheduling; load only delays it. (Gaps between
    // measured starts are no bound: one instance's event loop may notice its turn late, the other's on time.)
    expect(Math.max(...starts) - scheduledAt).toBeGreaterThanOrEqual(5 * 100 - 10);
  });

  it('a post limiter on two instances sends each job once, per channel in turn', async () => {
    const namespace = uniqueNamespace();
    const posted: string[] = [];
    const settings = { name: 'chat', perDestination: { maxConcurrent: 1, minTime: 20 }, global: { minTime: 5 } };
    const posters = [createPostLimiter(factory(namespace), settings), createPostLimiter(factory(namespace), settings)];
    const jobs = posters.flatMap((poster, p) =>
      ['c1', 'c2'].flatMap((channel) =>
        Array.from({ length: 4 }, (_, i) =>
          poster.schedule(channel, async () => void posted.push(`${p}-${channel}-${i}`)),
        ),
      ),
    );
    await Promise.all(jobs);
    expect(posted).toHaveLength(16);
    expect(new Set(posted).size).toBe(16);
  });
});

describe('post limiter retries (local)', () => {
  const fast = { maxRetries: 3, baseDelayMs: 5, maxDelayMs: 20 };

  it('a 429 with retry_after is retried once the wait is over and the post happens once', async () => {
    const poster = createPostLimiter(factory('local', undefined), {
      name: 'chat',
      perDestination: { maxConcurrent: 1 },
      global: {},
      retry: fast,
    });
    let calls = 0;
    const result = await poster.schedule('c1', async () => {
      calls++;
      if (calls === 1) throw Object.assign(new Error('rate limited'), { status: 429, rawError: { retry_after: 0.05 } });
      return 'posted';
    });
    expect(result).toBe('posted');
    expect(calls).toBe(2);
  });

  it('5xx is retried with backoff; a 4xx is not retried and rejects with the platform error', async () => {
    const poster = createPostLimiter(factory('local', undefined), {
      name: 'chat',
      perDestination: {},
      global: {},
      retry: fast,
    });
    let serverErrors = 0;
    await expect(
      poster.schedule('c1', async () => {
        serverErrors++;
        if (serverErrors < 3) throw Object.assign(new Error('bad gateway'), { statusCode: 502 });
        return 'ok';
      }),
    ).resolves.toBe('ok');
    expect(serverErrors).toBe(3);

    let forbidden = 0;
    await expect(
      poster.schedule('c1', async () => {
        forbidden++;
        throw Object.assign(new Error('missing access'), { status: 403 });
      }),
    ).rejects.toThrow('missing access');
    expect(forbidden).toBe(1);
  });

  it('gives up after maxRetries on a server that keeps failing', async () => {
    const poster = createPostLimiter(factory('local', undefined), {
      name: 'chat',
      perDestination: {},
      global: {},
      retry: fast,
    });
    let calls = 0;
    await expect(
      poster.schedule('c1', async () => {
        calls++;
        throw Object.assign(new Error('unavailable'), { status: 503 });
      }),
    ).rejects.toThrow('unavailable');
    expect(calls).toBe(4);
  });

  it('backoff doubles and is capped', () => {
    const error = { status: 500 };
    expect(
      [0, 1, 2, 3].map((n) => retryDelayMs(error, n, { maxRetries: 9, baseDelayMs: 100, maxDelayMs: 500 })),
    ).toEqual([100, 200, 400, 500]);
  });
});

describe('an unreachable Redis for the clustered limiter', () => {
  it('ready() fails with one line naming the URL without its password, instead of hanging', async () => {
    const limiters = createRateLimiterFactory({
      redisUrl: 'redis://:hunter2@127.0.0.1:1',
      namespace: uniqueNamespace(),
      connectTimeoutMs: 300,
    });
    opened.push(limiters);
    await expect(limiters.ready()).rejects.toThrow(
      /^cannot reach Redis redis:\/\/:\*\*\*@127\.0\.0\.1:1 for clustered rate limits within 0\.3 s$/,
    );
  });
});
