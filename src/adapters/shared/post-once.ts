import type { KvStore } from '../../core/store/kv-store.ts';

interface PostRecord {
  state: 'posting' | 'posted';
  /** The platform's id of the message (Slack `ts`, Discord message id). */
  messageId?: string;
}

// A claim left by a crashed instance expires, so the post is tried again later rather than lost.
const CLAIM_TTL_MS = 10 * 60 * 1000;
const POSTED_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Runs `post` at most once per key across retries, restarts and instances: the key is claimed with the store's atomic
 * `add` first, marked posted with the message id after, and released if the post failed so it can be retried.
 * Resolves false when someone already posted (or is posting) it.
 */
export async function postOnce(kv: KvStore, key: string, post: () => Promise<string>): Promise<boolean> {
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
