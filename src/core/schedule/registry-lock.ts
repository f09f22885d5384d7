import type { KvStore } from '../store/kv-store.ts';
import { withLockWaiting } from '../store/with-lock.ts';
import { UserFacingError } from '../user-facing-error.ts';

const ATTEMPTS = 20;
const LOCK_TTL_MS = 10_000;

/**
 * Runs a short read-modify-write of a shared registry key under a store lock, waiting briefly (real time: the holder
 * is another instance's quick update) when someone else holds it.
 */
export function underRegistryLock<R>(kv: KvStore, key: string, fn: () => Promise<R>): Promise<R> {
  return withLockWaiting(kv, key, LOCK_TTL_MS, fn, {
    attempts: ATTEMPTS,
    pauseMs: (attempt) => 10 * (attempt + 1),
    stayedTaken: () => new UserFacingError('newsbot is busy updating channel settings; please try again in a moment.'),
  });
}
