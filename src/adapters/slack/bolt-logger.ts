import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../core/ports.ts';

/**
 * Bolt's logger interface over newsbot's. Bolt's debug output includes request payloads, so it is dropped; the rest
 * goes to our logger (which redacts tokens) tagged as coming from Bolt.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const line = (messages: unknown[]) => messages.map((m) => (m instanceof Error ? m.message : String(m))).join(' ');
  return {
    debug: () => {},
    info: (...messages) => logger.info({ scope: 'slack-bolt' }, line(messages)),
    warn: (...messages) => logger.warn({ scope: 'slack-bolt' }, line(messages)),
    error: (...messages) => logger.error({ scope: 'slack-bolt' }, line(messages)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
