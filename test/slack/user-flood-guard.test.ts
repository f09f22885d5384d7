import { describe, expect, it } from 'vitest';
import { UserFloodGuard } from '../../src/adapters/shared/user-flood-guard.ts';

function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('UserFloodGuard', () => {
  it('lets a user run up to the limit, then refuses politely with the wait time', () => {
    const clock = fakeClock();
    const guard = new UserFloodGuard(clock, { maxCommands: 3, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) expect(guard.check('slack:T1:U1')).toEqual({ allowed: true });
    clock.advance(10_000);
    const verdict = guard.check('slack:T1:U1');
    expect(verdict).toMatchObject({ allowed: false, retryAfterMs: 50_000 });
    expect(verdict.allowed === false && verdict.message).toBe(
      "You're sending commands faster than I can answer them. Please try again in 50 s.",
    );
  });

  it('limits each user separately and frees the slot once the window has passed', () => {
    const clock = fakeClock();
    const guard = new UserFloodGuard(clock, { maxCommands: 1, windowMs: 1000 });
    expect(guard.check('slack:T1:U1').allowed).toBe(true);
    expect(guard.check('slack:T1:U2').allowed).toBe(true);
    expect(guard.check('slack:T1:U1').allowed).toBe(false);
    clock.advance(1000);
    expect(guard.check('slack:T1:U1').allowed).toBe(true);
  });

  it('does not count refused commands against the user', () => {
    const clock = fakeClock();
    const guard = new UserFloodGuard(clock, { maxCommands: 1, windowMs: 1000 });
    guard.check('u');
    clock.advance(500);
    for (let i = 0; i < 5; i++) guard.check('u');
    clock.advance(500);
    expect(guard.check('u').allowed).toBe(true);
  });
});
