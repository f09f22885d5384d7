import { createHash } from 'node:crypto';
import type { KvStore } from '../../core/store/kv-store.ts';
import { postOnce } from '../shared/post-once.ts';

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * Discord's message nonce for part `index` of the post `idempotencyKey` (≤ 25 characters). Sent with
 * `enforce_nonce`, a retried create that Discord already carried out returns the first message instead of a copy.
 */
export function messageNonce(idempotencyKey: string, index: number): string {
  return digest(`${idempotencyKey}#${index}`).slice(0, 25);
}

/**
 * Runs `post` at most once per (key, part) across retries, restarts and instances (see `postOnce`).
 * Resolves false when the part was already posted (or is being posted elsewhere).
 */
export function postPartOnce(
  kv: KvStore,
  idempotencyKey: string,
  index: number,
  post: () => Promise<string>,
): Promise<boolean> {
  return postOnce(kv, `discord:posted:${digest(idempotencyKey)}:${index}`, post);
}
