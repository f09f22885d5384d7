import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answers/answer-question.ts';
import { announcingStore } from '../../src/core/coordination/announcing-store.ts';
import { catchUpOnNudge } from '../../src/core/coordination/catch-up-on-nudge.ts';
import { createRedisNudges } from '../../src/core/coordination/redis-nudges.ts';
import { IndexSync } from '../../src/core/index/index-sync.ts';
import { NewsIndex } from '../../src/core/index/news-index.ts';
import { ingestParsed } from '../../src/core/ingest/ingest-parsed.ts';
import { isRejection } from '../../src/core/ingest/parsed-article.ts';
import { readArticleFiles } from '../../src/core/ingest/read-article-files.ts';
import { silentLogger, systemClock } from '../../src/core/ports.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { clearRedisNamespace } from './clear-namespace.ts';

const REDIS_URL = process.env.REDIS_URL;
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** One running instance as the composition root builds it: shared store + nudges, its own local index. */
async function startInstance(namespace: string, options: { nudges: boolean }) {
  const nudges = await createRedisNudges(REDIS_URL as string, { namespace, logger: silentLogger });
  cleanups.push(() => nudges.close());
  const raw = await openStore(REDIS_URL as string, { namespace });
  cleanups.push(() => raw.close());
  const kv = options.nudges ? announcingStore(raw, nudges) : raw;
  const articles = new ArticleRepository(kv, systemClock);
  const index = NewsIndex.open(':memory:');
  cleanups.push(() => index.close());
  // The poll alone would take a minute: anything sooner is the nudge's doing.
  const sync = new IndexSync(index, articles, silentLogger, { pollMs: 60_000 });
  await sync.start();
  cleanups.push(() => sync.stop());
  if (options.nudges) {
    const onNudge = catchUpOnNudge(nudges, sync, silentLogger);
    await onNudge.start();
    cleanups.push(() => onNudge.stop());
  }
  return { articles, index };
}

async function ingestSeed(articles: ArticleRepository, file: string) {
  const [parsed] = await readArticleFiles([path.join(SEEDS, file)], { maxBytes: 10 * 1024 * 1024 });
  if (!parsed || isRejection(parsed)) throw new Error(`seed ${file} did not parse`);
  return ingestParsed({ articles, clock: systemClock }, parsed);
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const startedAt = Date.now();
  while (!(await condition())) {
    if (Date.now() - startedAt > timeoutMs) return Number.POSITIVE_INFINITY;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - startedAt;
}

const rubioQuoted = async (index: NewsIndex) =>
  (await answerQuestion(index, 'what did Rubio say?')).items.some((item) => item.speaker.name === 'Marco Rubio');

describe.skipIf(!REDIS_URL)('two core instances on one Redis', () => {
  it('an article ingested by one instance is answered by the other within seconds', async () => {
    const namespace = `freshness-test-${randomUUID()}`;
    cleanups.push(() => clearRedisNamespace(REDIS_URL as string, namespace));
    const a = await startInstance(namespace, { nudges: true });
    const b = await startInstance(namespace, { nudges: true });
    expect(await rubioQuoted(b.index)).toBe(false);

    const ingested = await ingestSeed(a.articles, '000_1ba7f7b49b2fcce1.txt');
    expect(ingested.status).toBe('added');
    const ms = await waitFor(() => rubioQuoted(b.index), 5000);
    expect(ms).toBeLessThan(5000);
    expect(b.index.articleCount()).toBe(1);
  });

  it('without nudges the other instance still waits for its poll (the nudge is what makes it fresh)', async () => {
    const namespace = `freshness-test-${randomUUID()}`;
    cleanups.push(() => clearRedisNamespace(REDIS_URL as string, namespace));
    const a = await startInstance(namespace, { nudges: false });
    const b = await startInstance(namespace, { nudges: false });
    await ingestSeed(a.articles, '000_1ba7f7b49b2fcce1.txt');
    expect(await waitFor(async () => b.index.articleCount() > 0, 1000)).toBe(Number.POSITIVE_INFINITY);
  });
});
