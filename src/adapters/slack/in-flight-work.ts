import type { Logger } from '../../core/ports.ts';
import { errorCode } from './slack-command.ts';

/** Work that continues after Slack was acked (answers, posts), so `stop()` can wait for it instead of cutting it off. */
export class InFlightWork {
  private readonly jobs = new Set<Promise<unknown>>();

  constructor(private readonly logger: Logger) {}

  /** Runs `work` in the background; a failure is logged (as a Slack error code, never a payload), not thrown. */
  track(what: string, work: () => Promise<void>): void {
    const job = this.run(work).catch((error: unknown) =>
      this.logger.error({ err: errorCode(error), what }, 'Slack answer failed'),
    );
    this.add(job);
  }

  /** Runs `work` and hands its result to the caller, while `drain()` still waits for it. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const job = work();
    this.add(job);
    return job;
  }

  /** Resolves once everything started so far (and anything it started) has finished. */
  async drain(): Promise<void> {
    while (this.jobs.size > 0) await Promise.allSettled([...this.jobs]);
  }

  private add(job: Promise<unknown>): void {
    const settled: Promise<unknown> = job.then(
      () => this.jobs.delete(settled),
      () => this.jobs.delete(settled),
    );
    this.jobs.add(settled);
  }
}
