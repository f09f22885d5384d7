import type { KvStore } from '../../core/store/kv-store.ts';

// Slack retries an event for up to about an hour when it thinks the first delivery failed.
const EVENT_MEMORY_MS = 2 * 60 * 60 * 1000;

/**
 * True the first time an Events API `event_id` is seen by any instance sharing the store, false for Slack's retries,
 * so a redelivered mention or DM is never answered twice.
 */
export function isFirstDelivery(kv: KvStore, eventId: string | undefined): Promise<boolean> {
  if (!eventId) return Promise.resolve(true);
  return kv.add(`slack:event:${eventId}`, true, EVENT_MEMORY_MS);
}
