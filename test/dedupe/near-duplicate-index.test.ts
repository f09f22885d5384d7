import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NearDuplicateIndex } from '../../src/core/dedupe/near-duplicate-index.ts';
import { articleFromText } from '../../src/core/ingest/article-from-source.ts';
import { ingestParsed } from '../../src/core/ingest/ingest-parsed.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
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

  it('learns articles from the change log, whatever path ingested them (here: file-style ingest without it)', async () => {
    const clock = { now: () => Date.parse('2025-08-02T18:00:00Z') };
    const articles = new ArticleRepository(kv, clock);
    const ingest = (text: string, url: string) =>
      ingestParsed({ articles, clock }, articleFromText(text, { title: null, url, publishedAt: null }));
    const first = await ingest(s4, 'https://guardian.example/sheinbaum');
    const index = new NearDuplicateIndex(kv, articles);
    expect(first.status).toBe('added');
    expect(await index.findNearDuplicate(`${s4}\nShare this article`)).toBe(first.status === 'added' ? first.id : null);
    const second = await ingest(s0, 'https://other.example/story');
    expect(await index.findNearDuplicate(`Wire\n${s0}`)).toBe(second.status === 'added' ? second.id : null);
    expect(await kv.get('dedupe:log-cursor')).toBe(2);
  });
});
