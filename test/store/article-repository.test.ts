import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import KeyvRedis from '@keyv/redis';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/model/article.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import type { StoredArticle } from '../../src/core/store/stored-article.ts';
import { fakeClock } from './fake-clock.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-repo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const clock = fakeClock();

function storedArticle(id: string, url: string | null = null): StoredArticle {
  const article: Article = {
    id,
    title: `Article ${id}`,
    outlet: 'example.com',
    url,
    file: null,
    publishedAt: null,
    ingestedAt: '2026-03-01T08:00:00.000Z',
    text: `Text of ${id}.`,
    original: `Text of ${id}.`,
    offsetMap: [],
    sources: [{ outlet: 'example.com', url, file: null, seenAt: '2026-03-01T08:00:00.000Z' }],
  };
  return { article, quotes: [], entities: [] };
}

/** Two repositories on one store: two instances of newsbot sharing it. Each call gets a fresh, empty store. */
type TwoInstances = () => Promise<[ArticleRepository, ArticleRepository, KvStore[]]>;

async function pair(url: string, namespace?: string): ReturnType<TwoInstances> {
  const stores = await Promise.all([openStore(url, { clock, namespace }), openStore(url, { clock, namespace })]);
  return [new ArticleRepository(stores[0], clock), new ArticleRepository(stores[1], clock), stores];
}

const sqlitePair: TwoInstances = () => {
  files += 1;
  return pair(`sqlite://${path.join(dir, `repo-${files}.sqlite`)}`);
};
/** Redis and Postgres: a fresh random namespace per pair; `cleanUp` removes them after the run. */
function sharedPairs(url: string) {
  const namespaces: string[] = [];
  const open: TwoInstances = () => {
    namespaces.push(`newsbot-test-${randomUUID()}`);
    return pair(url, namespaces[namespaces.length - 1]);
  };
  return { open, namespaces };
}

describe('ArticleRepository on SQLite', () => {
  const twoInstances = sqlitePair;
  it('adds an article once, logs it once and reads it back whole', async () => {
    const [repo, , stores] = await twoInstances();
    expect(await repo.put(storedArticle('a1'))).toEqual({ status: 'added', id: 'a1' });
    expect(await repo.put(storedArticle('a1'))).toEqual({ status: 'duplicate', id: 'a1' });
    expect(await repo.get('a1')).toEqual(storedArticle('a1'));
    expect(await repo.getMany(['missing', 'a1'])).toEqual([undefined, storedArticle('a1')]);
    expect(await repo.readLog(1, 10)).toEqual([{ seq: 1, articleId: 'a1' }]);
    expect(await repo.head()).toBe(1);
    for (const store of stores) await store.close();
  });

  it('finds an article by canonical URL, however long', async () => {
    const [repo, , stores] = await twoInstances();
    const url = `https://example.com/${'very-long-path/'.repeat(40)}story`;
    await repo.put(storedArticle('u1', url));
    expect(await repo.findByUrl(url)).toBe('u1');
    expect(await repo.put(storedArticle('u2', url))).toEqual({ status: 'duplicate', id: 'u1' });
    for (const store of stores) await store.close();
  });

  it('adds sources from two instances at once without losing either', async () => {
    const [a, b, stores] = await twoInstances();
    await a.put(storedArticle('wire'));
    const source = (outlet: string) => ({
      outlet,
      url: `https://${outlet}/x`,
      file: null,
      seenAt: '2026-03-01T09:00:00Z',
    });
    const added = await Promise.all([
      a.addSource('wire', source('one.example')),
      b.addSource('wire', source('two.example')),
    ]);
    expect(added).toEqual([true, true]);
    expect(await a.addSource('wire', source('one.example'))).toBe(false);
    const outlets = (await b.get('wire'))?.article.sources.map((s) => s.outlet).sort();
    expect(outlets).toEqual(['example.com', 'one.example', 'two.example']);
    expect(await a.findByUrl('https://two.example/x')).toBe('wire');
    for (const store of stores) await store.close();
  });

  raceTests(twoInstances);

  it('repairs the log on re-ingest when a writer died between storing an article and logging it', async () => {
    const [repo, , stores] = await twoInstances();
    const [kv] = stores;
    // The state a crash right after the article write leaves behind: the value, no log entry, no logged mark.
    await kv?.add('article:orphan', storedArticle('orphan'));
    expect(await repo.readLog(1, 10)).toEqual([]);
    expect(await repo.put(storedArticle('orphan'))).toEqual({ status: 'duplicate', id: 'orphan' });
    expect(await repo.readLog(1, 10)).toEqual([{ seq: 1, articleId: 'orphan' }]);
    await repo.put(storedArticle('orphan'));
    expect(await repo.head()).toBe(1);
    for (const store of stores) await store.close();
  });
});

/** The parts that depend on the backend's atomic `add`: run on every backend available. */
function raceTests(twoInstances: TwoInstances): void {
  it('gives every article of two racing instances its own log slot, with no gaps', async () => {
    const [a, b, stores] = await twoInstances();
    const ids = Array.from({ length: 30 }, (_, i) => `r${i}`);
    await Promise.all(ids.map((id, i) => (i % 2 ? a : b).put(storedArticle(id))));
    const log = await a.readLog(1, 100);
    expect(log.map((entry) => entry.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(log.map((entry) => entry.articleId))).toEqual(new Set(ids));
    expect(await b.head()).toBe(30);
    expect(await b.readLog(29, 10)).toEqual(log.slice(28));
    for (const store of stores) await store.close();
  });

  it('stores the same article put by two instances at once exactly once', async () => {
    const [a, b, stores] = await twoInstances();
    const results = await Promise.all([a.put(storedArticle('same')), b.put(storedArticle('same'))]);
    expect(results.map((r) => r.status).sort()).toEqual(['added', 'duplicate']);
    expect(await a.readLog(1, 10)).toEqual([{ seq: 1, articleId: 'same' }]);
    for (const store of stores) await store.close();
  });
}

describe.skipIf(!process.env.REDIS_URL)('ArticleRepository on Redis', () => {
  const url = process.env.REDIS_URL as string;
  const pairs = sharedPairs(url);
  afterAll(async () => {
    for (const namespace of pairs.namespaces) {
      const adapter = new KeyvRedis(url, { namespace });
      await adapter.clear();
      await adapter.disconnect();
    }
  });
  raceTests(pairs.open);
});

describe.skipIf(!process.env.DATABASE_URL)('ArticleRepository on Postgres', () => {
  const schema = `newsbot_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://skipped.invalid/none');
  url.searchParams.set('schema', schema);
  afterAll(async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });
  raceTests(sharedPairs(url.toString()).open);
});
