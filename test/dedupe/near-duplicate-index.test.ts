import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NearDuplicateIndex } from '../../src/core/dedupe/near-duplicate-index.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';

const seedDir = new URL('../../seeds/', import.meta.url);
const [s0, s1, s2, s3, s4] = readdirSync(seedDir)
  .sort()
  .map((name) => readFileSync(new URL(name, seedDir), 'utf8')) as [string, string, string, string, string];

let kv: KvStore;
beforeEach(async () => {
  kv = await openStore('memory://');
});
afterEach(async () => {
  await kv.close();
});

describe('NearDuplicateIndex over the KvStore', () => {
  it('returns the stored article a wire copy duplicates, and null for a different report', async () => {
    const index = new NearDuplicateIndex(kv);
    await index.remember('a0', s0);
    await index.remember('a1', s1);
    const copy = `Exclusive wire copy\n\n${s1}\n\nReporting by the wire desk.`;
    expect(await index.findNearDuplicate(copy)).toBe('a1');
    expect(await index.findNearDuplicate(s3)).toBeNull();
  });

  it('is shared by every instance on the same store and idempotent to re-index', async () => {
    await new NearDuplicateIndex(kv).remember('a2', s2);
    await new NearDuplicateIndex(kv).remember('a2', s2);
    expect(await new NearDuplicateIndex(kv).findNearDuplicate(s2.slice(0, 3000))).toBe('a2');
  });

  it('learns articles from the change log, whatever path ingested them', async () => {
    const log = [
      { seq: 1, articleId: 'x1' },
      { seq: 2, articleId: 'x4' },
    ];
    const texts = new Map([
      ['x1', s1],
      ['x4', s4],
    ]);
    const reader = {
      readLog: async (from: number, limit: number) => log.filter((e) => e.seq >= from).slice(0, limit),
      getMany: async (ids: string[]) => ids.map((id) => ({ article: { id, text: texts.get(id) ?? '' } })),
    };
    const index = new NearDuplicateIndex(kv, reader);
    expect(await index.findNearDuplicate(`${s4}\nShare this article`)).toBe('x4');
    log.push({ seq: 3, articleId: 'x0' });
    texts.set('x0', s0);
    expect(await index.findNearDuplicate(s0)).toBe('x0');
    expect(await kv.get('dedupe:log-cursor')).toBe(3);
  });
});
