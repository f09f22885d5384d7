import { createHash } from 'node:crypto';
import type { KvStore } from '../../core/store/kv-store.ts';

interface PostRecord {
  state: 'posting' | 'posted';
  messageId?: string;
}

// A claim left by a crashed instance expires, so the post is tried again later rather than lost for good.
const CLAIM_TTL_MS = 10 * 60 * 1000;
const POSTED_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * Discord's message nonce for part `index` of the post `idempotencyKey` (≤ 25 characters). Sent with
 * `enforce_nonce`, a retried create that Discord already carried out returns the first message instead of a copy.
 */
export function messageNonce(idempotencyKey: string, index: number): string {
  return digest(`${idempotencyKey}#${index}`).slice(0, 25);
}

/**
 * Runs `post` at most once per (key, part) across retries, restarts and instances: claimed with the store's atomic
 * `add` first, marked posted after, released when the post failed so a later retry can try again.
 * Resolves false when the part was already posted (or is being posted elsewhere).
 */
export async function postPartOnce(
  kv: KvStore,
  idempotencyKey: string,
  index: number,
  post: () => Promise<string>,
): Promise<boolean> {
  const key = `discord:posted:${digest(idempotencyKey)}:${index}`;
  if (!(await kv.add<PostRecord>(key, { state: 'posting' }, CLAIM_TTL_MS))) return false;
  let messageId: string;
  try {
    messageId = await post();
  } catch (error) {
    await kv.delete(key);
    throw error;
  }
  await kv.set<PostRecord>(key, { state: 'posted', messageId }, POSTED_TTL_MS);
  return true;
}
