import KeyvRedis from '@keyv/redis';
import type { RawBackend } from './raw-backend.ts';

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Set-if-absent that also treats a value whose Keyv `expires` has passed (by the caller's clock) as absent, in one
 * server-side step. PX lets Redis drop claims and locks by itself.
 */
const ADD_SCRIPT = `
local current = redis.call('GET', KEYS[1])
if current then
  local ok, envelope = pcall(cjson.decode, current)
  if not (ok and type(envelope) == 'table' and tonumber(envelope.expires) and tonumber(envelope.expires) < tonumber(ARGV[2])) then
    return 0
  end
end
if ARGV[3] ~= '' then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
else
  redis.call('SET', KEYS[1], ARGV[1])
end
return 1`;

/**
 * Redis through @keyv/redis (node-redis). Commands fail at once while the server is away (no offline queue, so callers
 * get a clear error instead of hanging) and the client keeps reconnecting in the background, so the store recovers by
 * itself. The first connection is not retried: a wrong URL fails at start.
 */
export async function redisBackend(url: string, namespace: string): Promise<RawBackend> {
  let connectedOnce = false;
  let lastError: unknown;
  const adapter = new KeyvRedis(
    {
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: CONNECT_TIMEOUT_MS,
        reconnectStrategy: (retries: number, cause: Error) =>
          connectedOnce ? Math.min(100 * 2 ** retries, 2_000) : cause,
      },
    },
    { namespace, throwOnErrors: true, throwOnConnectError: true },
  );
  adapter.on('error', (error: unknown) => {
    lastError = error;
  });
  try {
    await adapter.getClient();
  } catch (error) {
    throw lastError ?? error;
  }
  connectedOnce = true;
  const client = adapter.client as unknown as {
    eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  };

  return {
    get: (key) => adapter.get(key) as Promise<string | undefined>,
    getMany: (keys) => adapter.getMany(keys) as Promise<(string | undefined)[]>,
    set: (key, raw, ttlMs) => adapter.set(key, raw, ttlMs),
    delete: (key) => adapter.delete(key),
    async add(key, raw, nowMs, ttlMs) {
      const ttl = ttlMs !== undefined && ttlMs > 0 ? String(Math.ceil(ttlMs)) : '';
      const keys = [adapter.createKeyPrefix(key, namespace)];
      return (await client.eval(ADD_SCRIPT, { keys, arguments: [raw, String(nowMs), ttl] })) === 1;
    },
    close: () => adapter.disconnect(true),
  };
}
