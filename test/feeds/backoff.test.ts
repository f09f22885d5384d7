import { describe, expect, it } from 'vitest';
import { backoffDelay, MAX_BACKOFF_MS } from '../../src/core/feeds/backoff.ts';

describe('backoffDelay', () => {
  const interval = 10 * 60_000;
  it('doubles the interval per consecutive failure, up to a cap', () => {
    expect([1, 2, 3, 4].map((failures) => backoffDelay(interval, failures) / 60_000)).toEqual([20, 40, 80, 160]);
    expect(backoffDelay(interval, 30)).toBe(MAX_BACKOFF_MS);
  });
  it('never polls sooner than the server asked with Retry-After', () => {
    expect(backoffDelay(interval, 1, 2 * 3_600_000)).toBe(2 * 3_600_000);
    expect(backoffDelay(interval, 1, 5_000)).toBe(20 * 60_000);
  });
});
