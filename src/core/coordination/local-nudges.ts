import { EventEmitter } from 'node:events';
import type { ChangeNudges } from './change-nudges.ts';

/** Nudges within one process: what a single instance (or the terminal) uses when no Redis is configured. */
export function createLocalNudges(): ChangeNudges {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  return {
    announce(topic) {
      // Asynchronous like Redis delivery, so a writer never runs readers inside its own call.
      setImmediate(() => events.emit(topic));
    },
    async listen(topic, listener) {
      events.on(topic, listener);
      return () => events.off(topic, listener);
    },
    async close() {
      events.removeAllListeners();
    },
  };
}
