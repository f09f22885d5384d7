import type { Clock } from '../../core/ports.ts';

export interface FloodLimit {
  /** Commands one user may send per window. */
  maxCommands: number;
  windowMs: number;
}

export const DEFAULT_FLOOD_LIMIT: FloodLimit = { maxCommands: 8, windowMs: 60_000 };

export type FloodVerdict = { allowed: true } | { allowed: false; retryAfterMs: number; message: string };

/**
 * Per-user command limits, so one person (or a runaway script) cannot flood a channel or starve everyone else's
 * answers. A sliding window over an injected clock keeps it deterministic in tests; it is per process, which is
 * enough to stop floods (the channel post budgets are the clustered part).
 */
export class UserFloodGuard {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: FloodLimit = DEFAULT_FLOOD_LIMIT,
  ) {}

  /** Counts a command from `userKey` (e.g. `slack:T1:U1`) and says whether to run it. */
  check(userKey: string): FloodVerdict {
    const now = this.clock.now();
    const since = now - this.limit.windowMs;
    const times = (this.recent.get(userKey) ?? []).filter((time) => time > since);
    if (times.length >= this.limit.maxCommands) {
      this.recent.set(userKey, times);
      const retryAfterMs = (times[0] as number) + this.limit.windowMs - now;
      const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
      return {
        allowed: false,
        retryAfterMs,
        message: `You're sending commands faster than I can answer them. Please try again in ${seconds} s.`,
      };
    }
    times.push(now);
    this.recent.set(userKey, times);
    this.forgetIdleUsers(since);
    return { allowed: true };
  }

  private forgetIdleUsers(since: number): void {
    if (this.recent.size < 10_000) return;
    for (const [key, times] of this.recent) if ((times.at(-1) ?? 0) <= since) this.recent.delete(key);
  }
}
