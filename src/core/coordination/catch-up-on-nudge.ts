import type { Logger } from '../ports.ts';
import { ARTICLES_TOPIC, type ChangeNudges } from './change-nudges.ts';

/** Whatever can catch up with the change log now (the index's `IndexSync`). */
export interface CatchesUp {
  catchUp(): Promise<number>;
}

/**
 * Makes `target` catch up as soon as any instance announces new articles, instead of at its next poll.
 * A nudge that arrives while a catch-up runs is not dropped: one more catch-up follows, so an entry written just
 * after the running one read the log is still picked up at once.
 */
export function catchUpOnNudge(nudges: ChangeNudges, target: CatchesUp, logger: Logger) {
  let unlisten: (() => void) | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const run = (): Promise<void> => {
    running = (async () => {
      do {
        again = false;
        // The first call may join a poll already under way that read the log before the nudge; the second reads anew.
        await target.catchUp();
        await target.catchUp();
      } while (again);
    })()
      .catch((error: unknown) => logger.warn({ err: error }, 'catch-up after nudge failed; the poll will retry'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  return {
    async start(): Promise<void> {
      unlisten = await nudges.listen(ARTICLES_TOPIC, () => {
        if (running) again = true;
        else void run();
      });
    },
    async stop(): Promise<void> {
      unlisten?.();
      unlisten = undefined;
      await running;
    },
    /** Resolves when no nudge-triggered catch-up is running (tests, shutdown). */
    idle: (): Promise<void> => running ?? Promise.resolve(),
  };
}
