// Messages per second through the post limiter: local vs clustered on Redis with two instances, and whether a shared
// budget holds across the two. Run alone: `node --import tsx scripts/bench/limiter.ts` (needs REDIS_URL).
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { createPostLimiter, type PostLimiterOptions } from '../../src/adapters/shared/post-limiter.ts';
import { createRateLimiterFactory, type RateLimiterFactory } from '../../src/adapters/shared/rate-limiter.ts';
import { type BenchFigure, type BenchOptions, BenchUnavailable } from './harness.ts';

const CHANNELS = 50;

/** Sends `perInstance` no-op posts from each limiter, spread over CHANNELS channels; resolves messages/s. */
async function throughput(factories: RateLimiterFactory[], settings: PostLimiterOptions, perInstance: number) {
  const posters = factories.map((factory) => createPostLimiter(factory, settings));
  await Promise.all(factories.map((factory) => factory.ready()));
  let delivered = 0;
  let first = 0;
  let last = 0;
  const deliver = async () => {
    last = performance.now();
    if (delivered++ === 0) first = last;
  };
  await Promise.all(
    posters.flatMap((poster) =>
      Array.from({ length: perInstance }, (_, i) => poster.schedule(`C${i % CHANNELS}`, deliver)),
    ),
  );
  const expected = perInstance * factories.length;
  if (delivered !== expected) throw new Error(`delivered ${delivered} posts, expected ${expected}`);
  // A rate is posts per interval: N posts paced 20 ms apart span (N − 1) × 20 ms, not N × 20 ms.
  return (delivered - 1) / ((last - first) / 1000);
}

async function withFactories<T>(
  count: number,
  redisUrl: string | undefined,
  fn: (f: RateLimiterFactory[]) => Promise<T>,
) {
  const namespace = `bench-${randomUUID()}`;
  const factories = Array.from({ length: count }, () => createRateLimiterFactory({ redisUrl, namespace }));
  try {
    return await fn(factories);
  } finally {
    await Promise.all(factories.map((factory) => factory.close()));
    if (redisUrl) await deleteLimiterKeys(redisUrl, namespace);
  }
}

async function deleteLimiterKeys(redisUrl: string, namespace: string) {
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`b_${namespace}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
}

export async function benchLimiter(options: BenchOptions = { quick: false }): Promise<BenchFigure[]> {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) throw new BenchUnavailable('REDIS_URL is not set (the clustered limiter needs Redis)');
  const perInstance = options.quick ? 200 : 1000;
  // Capacity: channels limited to one post at a time, no pacing, so the figure is the limiter's own cost.
  const open: PostLimiterOptions = { name: 'bench', perDestination: { maxConcurrent: 1 }, global: {} };
  const local = await withFactories(1, undefined, (f) => throughput(f, open, perInstance * 2));
  const clustered = await withFactories(2, redisUrl, (f) => throughput(f, open, perInstance));

  // Budget: a global 50 messages/s shared by two instances must stay 50/s in total, not 100.
  const budgetPerSecond = 50;
  const paced: PostLimiterOptions = { ...open, global: { minTime: 1000 / budgetPerSecond } };
  const budgetPosts = options.quick ? 24 : 100; // even: split over two instances
  const achieved = await withFactories(2, redisUrl, (f) => throughput(f, paced, budgetPosts / 2));

  return [
    { name: 'post limiter, local, 1 instance', value: local, unit: 'msg/s' },
    {
      name: 'post limiter, clustered on Redis, 2 instances',
      value: clustered,
      unit: 'msg/s',
      ratio: clustered / local,
      ratioTo: 'local',
    },
    {
      name: `shared ${budgetPerSecond}/s budget, 2 instances, achieved`,
      value: achieved,
      unit: 'msg/s',
      ratio: achieved / budgetPerSecond,
      ratioTo: 'budget',
      target: '≤ 1.0× budget',
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchLimiter({ quick: process.argv.includes('--quick') });
  for (const figure of figures) console.log(JSON.stringify(figure));
}
