import type { KvStore } from '../store/kv-store.ts';
import { bandKeys, decodeSignature, encodeSignature, type MinHashSignature, minHashOf } from './minhash.ts';
import { MIN_SHINGLES, nearDuplicateScore } from './near-duplicate-rule.ts';

/** Articles one LSH bucket can hold; more would only be wire copies of each other, already found by the first ones. */
const SLOTS_PER_BUCKET = 3;

/** The part of the article change log the index reads to learn articles ingested by any path or instance. */
export interface ArticleLogReader {
  readLog(fromSeq: number, limit: number): Promise<{ seq: number; articleId: string }[]>;
  getMany(ids: string[]): Promise<({ article: { id: string; text: string } } | undefined)[]>;
}

type StoredSignature = { v: string; n: number };

/**
 * Near-duplicate detection across sources (the same wire story on several sites) with MinHash signatures and LSH
 * buckets kept in the shared `KvStore`, so every instance sees the same index.
 *
 * Keys: `dedupe:sig:<articleId>` → signature; `dedupe:lsh:<band>:<bucket>:<slot>` → articleId (slots taken with `add`,
 * so two instances never overwrite each other); `dedupe:log-cursor` → last change-log seq indexed.
 */
export class NearDuplicateIndex {
  constructor(
    private readonly kv: KvStore,
    private readonly log?: ArticleLogReader,
  ) {}

  /** The id of a stored article this text is a near-copy of, or null. Learns newly logged articles first. */
  async findNearDuplicate(text: string): Promise<string | null> {
    await this.catchUp();
    const signature = minHashOf(text);
    if (signature.shingleCount < MIN_SHINGLES) return null;
    const candidates = await this.candidatesFor(signature);
    if (candidates.length === 0) return null;
    const stored = await this.kv.getMany<StoredSignature>(candidates.map((id) => `dedupe:sig:${id}`));
    let bestId: string | null = null;
    let bestScore = 1;
    for (const [i, value] of stored.entries()) {
      const score = value ? nearDuplicateScore(signature, decodeSignature(value)) : 0;
      if (score >= bestScore) {
        bestId = candidates[i] ?? null;
        bestScore = score;
      }
    }
    return bestId;
  }

  /** Adds an article's text to the index (idempotent). */
  async remember(articleId: string, text: string): Promise<void> {
    const signature = minHashOf(text);
    if (signature.shingleCount < MIN_SHINGLES) return;
    await this.kv.set(`dedupe:sig:${articleId}`, encodeSignature(signature));
    const buckets = bandKeys(signature);
    const slotKeys = buckets.flatMap((bucket) => slotKeysOf(bucket));
    const occupants = await this.kv.getMany<string>(slotKeys);
    // Buckets are independent: claim a slot in each at once (one round trip per bucket instead of a chain of them).
    await Promise.all(
      buckets.map(async (_, b) => {
        const slots = occupants.slice(b * SLOTS_PER_BUCKET, (b + 1) * SLOTS_PER_BUCKET);
        if (slots.includes(articleId)) return;
        for (let s = slots.indexOf(undefined); s >= 0 && s < SLOTS_PER_BUCKET; s++) {
          if (await this.kv.add(slotKeys[b * SLOTS_PER_BUCKET + s] as string, articleId)) return;
        }
      }),
    );
  }

  /** Indexes articles appended to the change log since the last call (by this or any other instance). */
  async catchUp(batch = 200): Promise<number> {
    if (!this.log) return 0;
    // -1: nothing indexed yet, so the first read starts at seq 0 whichever base the log uses.
    let cursor = (await this.kv.get<number>('dedupe:log-cursor')) ?? -1;
    let indexed = 0;
    for (;;) {
      const entries = await this.log.readLog(cursor + 1, batch);
      if (entries.length === 0) return indexed;
      const articles = await this.log.getMany(entries.map((entry) => entry.articleId));
      for (const stored of articles) if (stored) await this.remember(stored.article.id, stored.article.text);
      indexed += articles.length;
      cursor = Math.max(cursor, ...entries.map((entry) => entry.seq));
      await this.kv.set('dedupe:log-cursor', cursor);
      if (entries.length < batch) return indexed;
    }
  }

  private async candidatesFor(signature: MinHashSignature): Promise<string[]> {
    const ids = await this.kv.getMany<string>(bandKeys(signature).flatMap((bucket) => slotKeysOf(bucket)));
    return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  }
}

function slotKeysOf(bucket: string): string[] {
  return Array.from({ length: SLOTS_PER_BUCKET }, (_, slot) => `dedupe:lsh:${bucket}:${slot}`);
}
