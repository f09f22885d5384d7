import type Bottleneck from 'bottleneck';
import type { Logger } from '../../core/ports.ts';
import { silentLogger } from '../../core/ports.ts';

/** What a failed platform call means for a retry. */
export type FailureKind = { kind: 'rate-limited'; waitMs: number } | { kind: 'transient' } | { kind: 'permanent' };

const SLACK_RATE_LIMITED = 'slack_webapi_rate_limited_error';
const SLACK_REQUEST_ERROR = 'slack_webapi_request_error';
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET']);

/**
 * Reads a platform error the way the Slack Web API client and @discordjs/rest report them:
 * 429 → how long to wait (Slack `retryAfter` seconds / `Retry-After` header, Discord `retryAfter` ms / `retry_after`
 * seconds in the body); 5xx and dropped connections → transient; anything else (400, 403, invalid_auth) → permanent.
 */
export function classifyFailure(error: unknown): FailureKind {
  if (typeof error !== 'object' || error === null) return { kind: 'permanent' };
  const e = error as Record<string, unknown>;
  if (e.code === SLACK_RATE_LIMITED && typeof e.retryAfter === 'number') {
    return { kind: 'rate-limited', waitMs: secondsToMs(e.retryAfter) };
  }
  // @discordjs/rest RateLimitError (thrown when rejectOnRateLimit is set): retryAfter is already in milliseconds.
  if (typeof e.timeToReset === 'number' && typeof e.retryAfter === 'number') {
    return { kind: 'rate-limited', waitMs: Math.max(0, Math.ceil(e.retryAfter)) };
  }
  const status = httpStatusOf(e);
  if (status === 429) return { kind: 'rate-limited', waitMs: retryAfterFromResponse(e) ?? 1000 };
  if (status !== undefined && status >= 500) return { kind: 'transient' };
  if (e.code === SLACK_REQUEST_ERROR || (typeof e.code === 'string' && NETWORK_CODES.has(e.code))) {
    return { kind: 'transient' };
  }
  return { kind: 'permanent' };
}

function httpStatusOf(e: Record<string, unknown>): number | undefined {
  for (const field of ['statusCode', 'status']) {
    const value = e[field];
    if (typeof value === 'number') return value;
  }
  return undefined;
}

function retryAfterFromResponse(e: Record<string, unknown>): number | undefined {
  const headers = e.headers as Record<string, unknown> | undefined;
  const header = headers?.['retry-after'] ?? headers?.['Retry-After'];
  if (header !== undefined) {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return secondsToMs(seconds);
  }
  for (const bodyField of ['rawError', 'body', 'data']) {
    const body = e[bodyField] as Record<string, unknown> | undefined;
    if (body && typeof body.retry_after === 'number') return secondsToMs(body.retry_after);
  }
  return undefined;
}

function secondsToMs(seconds: number): number {
  return Math.max(0, Math.ceil(seconds * 1000));
}

export interface RetryPolicy {
  /** Retries after the first failure; the job's promise rejects after the last one. */
  maxRetries: number;
  /** Backoff for transient failures: base × 2^attempt, capped. No jitter, so tests are deterministic. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 6, baseDelayMs: 500, maxDelayMs: 30_000 };

/** How long to wait before retry number `retryCount + 1`, or undefined to give up. */
export function retryDelayMs(error: unknown, retryCount: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY) {
  if (retryCount >= policy.maxRetries) return undefined;
  const failure = classifyFailure(error);
  if (failure.kind === 'permanent') return undefined;
  if (failure.kind === 'rate-limited') return failure.waitMs;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryCount);
}

/**
 * Makes `limiter` retry its failed jobs through bottleneck's `failed` event: 429s wait what the platform asked,
 * 5xx back off exponentially. The job is retried inside the limiter, so the retry still counts against the budget.
 */
export function retryFailedJobs(
  limiter: Bottleneck,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  logger: Logger = silentLogger,
): void {
  limiter.on('failed', (error: unknown, jobInfo: Bottleneck.EventInfoRetryable) => {
    const waitMs = retryDelayMs(error, jobInfo.retryCount, policy);
    const kind = classifyFailure(error).kind;
    if (waitMs === undefined) {
      logger.warn(
        { job: jobInfo.options.id, kind, attempts: jobInfo.retryCount + 1 },
        'platform call failed, giving up',
      );
      return undefined;
    }
    logger.info(
      { job: jobInfo.options.id, kind, waitMs, retry: jobInfo.retryCount + 1 },
      'platform call failed, retrying',
    );
    return waitMs;
  });
}
