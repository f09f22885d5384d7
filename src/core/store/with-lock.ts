import { randomUUID } from 'node:crypto';
import type { KvStore } from './kv-store.ts';

/**
 * Runs `fn` while holding `lock:<key>` across every instance sharing the store. The lock expires after `ttlMs` so a
 * crashed holder cannot block others forever; it is released afterwards only if it is still ours.
 * Resolves `{ acquired: false }` without running `fn` when someone else holds it.
 */
export async function withLock<R>(
  kv: KvStore,
  key: string,
  ttlMs: number,
  fn: () => Promise<R>,
): Promise<{ acquired: true; result: R } | { acquired: false }> {
  const lockKey = `lock:${key}`;
  const token = randomUUID();
  if (!(await kv.add(lockKey, token, ttlMs))) return { acquired: false };
  try {
    return { acquired: true, result: await fn() };
  } finally {
    // Not atomic, but only deletes when the lock still carries our token (it may have expired and been re-taken).
    if ((await kv.get<string>(lockKey)) === token) await kv.delete(lockKey);
  }
}

export interface WaitForLockOptions {
  attempts: number;
  /** Real-time pause before the next attempt (the holder is another instance's short update). */
  pauseMs: (attempt: number) => number;
  /** The error to throw when the lock stayed taken for every attempt. */
  stayedTaken: () => Error;
}

/** Like `withLock`, but waits for a lock someone else holds briefly instead of giving up at once. */
export async function withLockWaiting<R>(
  kv: KvStore,
  key: string,
  ttlMs: number,
  fn: () => Promise<R>,
  options: WaitForLockOptions,
): Promise<R> {
  for (let attempt = 0; attempt < options.attempts; attempt++) {
    const outcome = await withLock(kv, key, ttlMs, fn);
    if (outcome.acquired) return outcome.result;
    await new Promise((resolve) => setTimeout(resolve, options.pauseMs(attempt)));
  }
  throw options.stayedTaken();
}
