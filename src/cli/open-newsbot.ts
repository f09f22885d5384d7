import { pino } from 'pino';
import { createLogger } from '../app/logger.ts';
import { type CoreConfig, coreConfigFrom, processEnv } from '../config.ts';
import { Newsbot } from '../core/newsbot.ts';
import { type Clock, type Logger, systemClock } from '../core/ports.ts';
import { openStore } from '../core/store/open-store.ts';

export interface OpenedNewsbot {
  bot: Newsbot;
  config: CoreConfig;
  logger: Logger;
}

/**
 * Opens the store named by `--store` / NEWSBOT_STORE and builds the core on it. CLI commands log only warnings to
 * stderr so their stdout stays clean for `--json`.
 */
export async function openNewsbot(
  options: { store?: string; logLevel?: string; clock?: Clock } = {},
): Promise<OpenedNewsbot> {
  const config = coreConfigFrom(processEnv(), options.store);
  const logger = createLogger({ level: options.logLevel ?? config.logLevel, destination: pino.destination(2) });
  const clock = options.clock ?? systemClock;
  const kv = await openStore(config.storeUrl, { clock });
  const bot = new Newsbot({ kv, clock, logger, options: config.options });
  return { bot, config, logger };
}
