import KeyvRedis from '@keyv/redis';
import { Redis } from 'ioredis';

/**
 * Removes every key a test wrote on the shared Redis under `namespace`: the store's (Keyv namespace) and the
 * clustered rate limiters' (`b_<namespace>:*`, bottleneck's own keys).
 */
export async function clearRedisNamespace(redisUrl: string, namespace: string): Promise<void> {
  const adapter = new KeyvRedis(redisUrl, { namespace });
  await adapter.clear();
  await adapter.disconnect();
  const redis = new Redis(redisUrl);
  const limiterKeys = await redis.keys(`b_${namespace}:*`);
  if (limiterKeys.length > 0) await redis.del(...limiterKeys);
  await redis.quit();
}
