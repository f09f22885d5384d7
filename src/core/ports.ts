import type { Destination } from './model/invocation.ts';
import type { Reply } from './model/reply.ts';

/** Time source. Tests pass a fake clock; nothing in the core calls `Date.now()` directly. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A pino-compatible logger subset. The core never logs secrets or whole article texts. */
export interface Logger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Posts a reply to a stored destination (`slack:T:C`, `discord:G:C`) through the adapter that owns it.
 * `idempotencyKey` identifies the post (e.g. digest claim key) so a retry after a crash never posts twice.
 */
export interface Poster {
  post(destination: Destination, reply: Reply, options: { idempotencyKey: string }): Promise<void>;
}
