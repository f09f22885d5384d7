/** Never wait longer than this between polls of a failing feed. */
export const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

/**
 * Delay before polling again after `failures` consecutive failures: the interval doubled per failure, capped, and never
 * shorter than what the server asked for with Retry-After.
 */
export function backoffDelay(intervalMs: number, failures: number, retryAfterMs: number | null = null): number {
  const exponential = Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** Math.min(failures, 20));
  return Math.max(exponential, retryAfterMs ?? 0);
}
