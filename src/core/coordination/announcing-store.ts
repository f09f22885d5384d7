import type { KvStore } from '../store/kv-store.ts';
import { ARTICLES_TOPIC, type ChangeNudges } from './change-nudges.ts';

/** Change-log slots (`log:<seq>`, taken with `add`), per the storage keys in docs/DESIGN.md. */
const CHANGE_LOG_SLOT = /^log:\d+$/;

/**
 * Wraps the store so that every change-log slot this instance takes is announced to the others. Whoever ingests
 * (files, feeds, URLs, the CLI) writes through the store, so no ingestion path can forget to nudge.
 */
export function announcingStore(kv: KvStore, nudges: ChangeNudges): KvStore {
  return {
    get kind() {
      return kv.kind;
    },
    get displayUrl() {
      return kv.displayUrl;
    },
    get: (key) => kv.get(key),
    getMany: (keys) => kv.getMany(keys),
    delete: (key) => kv.delete(key),
    close: () => kv.close(),
    async set(key, value, ttlMs) {
      await kv.set(key, value, ttlMs);
      if (CHANGE_LOG_SLOT.test(key)) nudges.announce(ARTICLES_TOPIC);
    },
    async add(key, value, ttlMs) {
      const stored = await kv.add(key, value, ttlMs);
      if (stored && CHANGE_LOG_SLOT.test(key)) nudges.announce(ARTICLES_TOPIC);
      return stored;
    },
  };
}
