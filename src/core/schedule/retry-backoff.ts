/** Exponential backoff with a cap: 1, 2, 4 … minutes, never more than `maxMs`. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * The wait a platform asked for, when the failed post says (a 429 with Retry-After). Adapters may attach it as
 * `retryAfterMs` (ms) or `retryAfter` (seconds) on the error; anything else means "use the backoff".
 */
export function requestedRetryDelay(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { retryAfterMs, retryAfter } = error as { retryAfterMs?: unknown; retryAfter?: unknown };
  if (typeof retryAfterMs === 'number' && retryAfterMs >= 0) return retryAfterMs;
  if (typeof retryAfter === 'number' && retryAfter >= 0) return retryAfter * 1000;
  return undefined;
}
