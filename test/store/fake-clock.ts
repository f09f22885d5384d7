import type { Clock } from '../../src/core/ports.ts';

/** A clock tests move by hand. */
export function fakeClock(start = Date.parse('2026-03-01T08:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}
