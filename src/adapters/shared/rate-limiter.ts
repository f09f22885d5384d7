import Bottleneck from 'bottleneck';
import { Redis } from 'ioredis';
import type { Logger } from '../../core/ports.ts';
import { silentLogger } from '../../core/ports.ts';
import { redactUrl } from '../../core/store/redact-url.ts';

/** The bottleneck settings a limit is made of (a subset of `Bottleneck.ConstructorOptions`). */
export interface LimitSettings {
  maxConcurrent?: number | null;
  /** Milliseconds between two job starts: 1000 = one per second. */
  minTime?: number;
  reservoir?: number | null;
  reservoirRefreshInterval?: number | null;
  reservoirRefreshAmount?: number | null;
}

export interface RateLimiterFactoryOptions {
  /** When set, limiter state lives in this Redis, so every instance using the same ids shares one budget. */
  redisUrl?: string;
  /** Prefix of every limiter id (Redis keys are `b_<namespace>:<id>_*`), so bots or test runs never share counters. */
  namespace?: string;
  logger?: Logger;
  /** How long `ready()` waits for Redis before failing with one clear line (default 10 s). */
  connectTimeoutMs?: number;
}

/**
 * Makes the bottleneck limiters the Slack and Discord adapters send through.
 * Local (per process) by default; clustered over Redis when a URL is given, so limits hold across instances.
 */
export interface RateLimiterFactory {
  readonly clustered: boolean;
  /** One limiter for one budget (e.g. Discord's global 50/s). The same id on two instances shares the budget. */
  limiter(id: string, settings: LimitSettings): Bottleneck;
  /** One limiter per key (e.g. one per channel), created on first use. */
  group(id: string, settings: LimitSettings): Bottleneck.Group;
  /** Resolves once Redis is connected (at once when local); rejects with one line naming the URL if it is not. */
  ready(): Promise<void>;
  /** Stops every limiter (queued jobs finish first) and disconnects from Redis. */
  close(): Promise<void>;
}

// Clustered limiter keys expire after this much idle time, so abandoned per-channel state does not pile up in Redis.
const CLUSTER_KEY_TTL_MS = 10 * 60 * 1000;

export function createRateLimiterFactory(options: RateLimiterFactoryOptions = {}): RateLimiterFactory {
  const logger = options.logger ?? silentLogger;
  const namespace = options.namespace ?? 'newsbot';
  const connection = options.redisUrl ? connectToRedis(options.redisUrl, logger) : undefined;
  const limiters: Bottleneck[] = [];
  const groups: Bottleneck.Group[] = [];

  const common = (id: string): Bottleneck.ConstructorOptions =>
    connection
      ? { id: `${namespace}:${id}`, datastore: 'ioredis', connection, timeout: CLUSTER_KEY_TTL_MS }
      : { id: `${namespace}:${id}` };

  return {
    clustered: connection !== undefined,
    limiter(id, settings) {
      const limiter = new Bottleneck({ ...settings, ...common(id) });
      limiter.on('error', (error: unknown) => logger.warn({ err: error, limiter: id }, 'rate limiter error'));
      limiters.push(limiter);
      return limiter;
    },
    group(id, settings) {
      const group = new Bottleneck.Group({ ...settings, ...common(id) });
      group.on('error', (error: unknown) => logger.warn({ err: error, limiter: id }, 'rate limiter error'));
      groups.push(group);
      return group;
    },
    async ready() {
      if (!connection || !options.redisUrl) return;
      // bottleneck's typings declare ready() but the connection exposes a `ready` promise.
      const connected = (connection as unknown as { ready: Promise<unknown> }).ready;
      const timeoutMs = options.connectTimeoutMs ?? 10_000;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const url = redactUrl(options.redisUrl as string);
          reject(new Error(`cannot reach Redis ${url} for clustered rate limits within ${timeoutMs / 1000} s`));
        }, timeoutMs);
      });
      try {
        await Promise.race([connected, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      // Queued jobs still run. Per-key limiters go first: they feed the global limiters they are chained to.
      const stop = (all: Bottleneck[]) =>
        Promise.all(all.map((limiter) => limiter.stop({ dropWaitingJobs: false }).catch(() => undefined)));
      await stop(groups.flatMap((group) => group.limiters().map((pair) => pair.limiter)));
      await stop(limiters);
      if (connection) await connection.disconnect(false);
    },
  };
}

function connectToRedis(redisUrl: string, logger: Logger): Bottleneck.IORedisConnection {
  // Passing the client (not a URL) keeps ioredis' own reconnect logic; bottleneck duplicates it for pub/sub.
  const client = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const connection = new Bottleneck.IORedisConnection({ client, Redis });
  connection.on('error', (error: unknown) => logger.warn({ err: errorLine(error) }, 'rate limiter lost Redis'));
  return connection;
}

function errorLine(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
