import type { Logger } from '../core/ports.ts';

/** One thing to stop, in order. */
export interface ShutdownStep {
  name: string;
  run(): Promise<void> | void;
}

export interface ShutdownOptions {
  /**
   * Run in this order. The composition root uses: mark `/readyz` unavailable → stop the core's background services
   * (the scheduler finishes in-flight digest posts through the still-running adapters and releases its claims, the
   * poller stops) → stop the adapters (they stop taking commands and finish in-flight replies) → close rate limiters
   * and coordination → close the store → close the health server.
   */
  steps: ShutdownStep[];
  logger: Logger;
  /** After this long the process exits with 1 even if a step still hangs (orchestrators SIGKILL soon after). */
  timeoutMs?: number;
  exit?: (code: number) => void;
}

export interface Shutdown {
  /** Runs every step once (later calls return the same promise) and then exits: 0 if all went well, else 1. */
  run(reason: string): Promise<number>;
  /** Calls `run` on SIGTERM/SIGINT; a second signal exits at once with 1. Returns a function that removes them. */
  onSignals(signals?: NodeJS.Signals[]): () => void;
}

export function createShutdown(options: ShutdownOptions): Shutdown {
  const { logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const timeoutMs = options.timeoutMs ?? 25_000;
  let running: Promise<number> | undefined;

  const runSteps = async (): Promise<number> => {
    let failed = false;
    for (const step of options.steps) {
      const startedAt = Date.now();
      try {
        await step.run();
        logger.info({ step: step.name, ms: Date.now() - startedAt }, 'shutdown step done');
      } catch (error) {
        // Keep going: a failed adapter stop must not keep digest claims from being released.
        failed = true;
        logger.error({ step: step.name, err: error }, 'shutdown step failed');
      }
    }
    return failed ? 1 : 0;
  };

  const run = (reason: string): Promise<number> => {
    if (running) return running;
    logger.info({ reason, timeoutMs }, 'shutting down: finishing in-flight work');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        logger.error({ timeoutMs }, 'shutdown took too long, exiting anyway');
        resolve(1);
      }, timeoutMs);
      timer.unref();
    });
    running = Promise.race([runSteps(), timedOut]).then(async (code) => {
      clearTimeout(timer);
      logger.info({ code }, 'shutdown complete');
      await flushed(logger);
      exit(code);
      return code;
    });
    return running;
  };

  return {
    run,
    onSignals(signals = ['SIGTERM', 'SIGINT']) {
      const handler = (signal: NodeJS.Signals) => {
        if (running) {
          logger.warn({ signal }, 'second signal: exiting now');
          exit(1);
          return;
        }
        void run(signal);
      };
      for (const signal of signals) process.on(signal, handler);
      return () => {
        for (const signal of signals) process.off(signal, handler);
      };
    },
  };
}

/** pino buffers its output; without a flush the last lines (the ones that explain the exit) can be lost. */
function flushed(logger: Logger): Promise<void> {
  const flush = (logger as { flush?: (done: (error?: Error) => void) => void }).flush;
  if (typeof flush !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      flush.call(logger, done);
    } catch {
      done(); // a destination that cannot flush (not ready, already closed) has nothing more to give
    }
  });
}
