import { Cron } from 'croner';
import type { DailyTime } from './daily-time.ts';

/**
 * A daily fire time in its own time zone. Croner does the calendar work, so daylight-saving changes move the UTC
 * instant and a wall-clock time skipped by a spring-forward still fires once that day.
 */
export class DailySchedule {
  private readonly cron: Cron;

  constructor(
    readonly time: DailyTime,
    readonly timeZone: string,
  ) {
    // Paused: this object only computes instants; the scheduler decides when to wake up.
    this.cron = new Cron(`0 ${time.minute} ${time.hour} * * *`, { timezone: timeZone, paused: true });
  }

  /** The latest scheduled instant at or before `nowMs`. */
  latestAtOrBefore(nowMs: number): number {
    const [previous] = this.cron.previousRuns(1, new Date(nowMs + 1000));
    if (!previous) throw new Error(`no previous run for ${this.cron.getPattern()} in ${this.timeZone}`);
    return previous.getTime() <= nowMs ? previous.getTime() : this.previousBefore(previous.getTime());
  }

  /** The first scheduled instant strictly after `nowMs`. */
  nextAfter(nowMs: number): number {
    const next = this.cron.nextRun(new Date(nowMs));
    if (!next) throw new Error(`no next run for ${this.cron.getPattern()} in ${this.timeZone}`);
    return next.getTime();
  }

  private previousBefore(instantMs: number): number {
    const [previous] = this.cron.previousRuns(1, new Date(instantMs));
    if (!previous) throw new Error(`no previous run for ${this.cron.getPattern()} in ${this.timeZone}`);
    return previous.getTime();
  }
}
