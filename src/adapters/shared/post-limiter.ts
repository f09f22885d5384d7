import type Bottleneck from 'bottleneck';
import type { Logger } from '../../core/ports.ts';
import { silentLogger } from '../../core/ports.ts';
import type { LimitSettings, RateLimiterFactory } from './rate-limiter.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryFailedJobs } from './retry-policy.ts';

export interface PostLimiterOptions {
  /** Names the budgets (`slack`, `discord`): instances with the same name and Redis share them. */
  name: string;
  /** Budget per destination, e.g. Slack's ~1 message/s per channel: `{ minTime: 1000, maxConcurrent: 1 }`. */
  perDestination: LimitSettings;
  /** Budget for the whole bot, e.g. Discord's 50 requests/s. */
  global: LimitSettings;
  retry?: RetryPolicy;
  logger?: Logger;
}

/** Sends platform calls through a per-destination limiter chained to a global one, retrying 429/5xx. */
export interface PostLimiter {
  /** Runs `task` when both budgets allow; retried on 429/5xx (same task, so pass an idempotent one). */
  schedule<T>(destination: string, task: () => Promise<T>, jobId?: string): Promise<T>;
  /** Jobs waiting or running, for shutdown and /readyz. */
  pending(): number;
}

export function createPostLimiter(factory: RateLimiterFactory, options: PostLimiterOptions): PostLimiter {
  const logger = options.logger ?? silentLogger;
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const global = factory.limiter(`${options.name}:global`, options.global);
  const perDestination: Bottleneck.Group = factory.group(`${options.name}:destination`, options.perDestination);
  perDestination.on('created', (limiter: Bottleneck) => {
    // Jobs wait for their channel first, then for the global budget; retries go round both again.
    limiter.chain(global);
    retryFailedJobs(limiter, policy, logger);
  });
  let inFlight = 0;
  return {
    async schedule<T>(destination: string, task: () => Promise<T>, jobId?: string): Promise<T> {
      inFlight += 1;
      try {
        const jobOptions = jobId ? { id: jobId } : {};
        return await perDestination.key(destination).schedule(jobOptions, task);
      } finally {
        inFlight -= 1;
      }
    },
    pending: () => inFlight,
  };
}
