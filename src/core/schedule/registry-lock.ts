import { setTimeout as sleep } from 'node:timers/promises';
import type { KvStore } from '../store/kv-store.ts';
import { withLock } from '../store/with-lock.ts';
import { UserFacingError } from '../user-facing-error.ts';

const ATTEMPTS = 20;
const LOCK_TTL_MS = 10_000;

/**
 * Runs a short read-modify-write of a shared registry key under a store lock, waiting briefly (real time: the holder
 * is another instance's quick update) when someone else holds it.
 */
export async function underRegistryLock<R>(kv: KvStore, key: string, fn: () => Promise<R>): Promise<R> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const outcome = await withLock(kv, key, LOCK_TTL_MS, fn);
    if (outcome.acquired) return outcome.result;
    await sleep(10 * attempt);
  }
  throw new UserFacingError('newsbot is busy updating channel settings; please try again in a moment.');
}
