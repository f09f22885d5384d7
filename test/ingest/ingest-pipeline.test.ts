import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/core/ingest/article-from-source.ts';
import { ingestFiles } from '../../src/core/ingest/ingest-files.ts';
import { type IngestResult, ingestParsed } from '../../src/core/ingest/ingest-parsed.ts';
import { toOriginalOffset, toOriginalSpan } from '../../src/core/ingest/offset-map.ts';
import { isRejection, type ParsedArticle } from '../../src/core/ingest/parsed-article.ts';
import { readArticleFiles } from '../../src/core/ingest/read-article-files.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { fakeClock } from '../store/fake-clock.ts';

const seeds = path.resolve(import.meta.dirname, '../../seeds');
const fixtures = path.resolve(import.meta.dirname, '../fixtures/ingest');

async function readAll(paths: string[]): Promise<ParsedArticle[]> {
  return (await readArticleFiles(paths, { maxBytes: 1024 * 1024 })).filter((r): r is ParsedArticle => !isRejection(r));
}

describe('ingest pipeline', () => {
  let articles: ArticleRepository;
  const clock = fakeClock(Date.parse('2025-08-10T09:00:00Z'));
  const deps = () => ({ articles, clock });

  beforeEach(async () => {
    articles = new ArticleRepository(await openStore('memory://', { clock }), clock);
  });

  async function ingestAll(parsed: ParsedArticle[]): Promise<IngestResult[]> {
    const results: IngestResult[] = [];
    for (const article of parsed) results.push(await ingestParsed(deps(), article));
    return results;
  }

  it('stores the seeds once: a second run adds nothing and the log does not grow', async () => {
    const first = await ingestAll(await readAll([seeds]));
    expect(first.map((r) => r.status)).toEqual(['added', 'added', 'added', 'added', 'added']);
    expect(await articles.head()).toBe(5);
    const second = await ingestAll(await readAll([seeds]));
    expect(second.map((r) => r.status)).toEqual(Array(5).fill('duplicate'));
    expect(await articles.head()).toBe(5);
  });

  it('stores cleaned text, the original and quotes whose spans point at the exact words in the file', async () => {
    const [result] = await ingestAll(await readAll([path.join(seeds, '002_2b6a419fb5f5109c.txt')]));
    expect(result?.status).toBe('added');
    const stored = await articles.get((result as { id: string }).id);
    const { article, quotes } = stored ?? { article: undefined, quotes: [] };
    expect(article?.title).toBe(
      'Mexico Rejects U.S. Military Presence Amid Reports of Trump’s Directive Targeting Drug Cartels',
    );
    expect(article?.outlet).toBe('002_2b6a419fb5f5109c');
    expect(article?.ingestedAt).toBe('2025-08-10T09:00:00.000Z');
    expect(article?.text).not.toContain('Leave a Reply');
    expect(quotes.length).toBeGreaterThan(3);
    for (const quote of quotes) {
      expect(quote.id).toMatch(new RegExp(`^${article?.id}:q\\d+$`));
      expect(article?.text.slice(quote.content.start, quote.content.end)).toBe(quote.content.text);
      const start = toOriginalOffset(article?.offsetMap ?? [], quote.content.start);
      expect(article?.original.slice(start, start + 20)).toBe(quote.content.text.slice(0, 20));
    }
    const rubio = quotes.find((q) => q.speaker.name === 'Marco Rubio');
    expect(rubio?.speaker.entityId).toBe('person:marco-rubio');
  });

  it('keeps the same text from another outlet once, with both outlets as sources', async () => {
    const text = 'The mayor said on Monday that the bridge would reopen in March after repairs.';
    const first = await ingestParsed(
      deps(),
      articleFromText(text, { title: 'Bridge', url: 'https://a.example/bridge', publishedAt: null }),
    );
    const copy = await ingestParsed(
      deps(),
      articleFromText(text, { title: 'Bridge!', url: 'https://b.example/x', publishedAt: null }),
    );
    expect(copy).toMatchObject({
      status: 'duplicate',
      id: (first as { id: string }).id,
      duplicateOf: 'same-text',
      sourceAdded: true,
    });
    const stored = await articles.get((first as { id: string }).id);
    expect(stored?.article.sources.map((s) => s.outlet)).toEqual(['a.example', 'b.example']);
  });

  it('treats the same canonical URL as the same article even when the text changed', async () => {
    const meta = { title: 'Bridge', publishedAt: null };
    const first = await ingestParsed(
      deps(),
      articleFromText('The bridge will reopen in March.', {
        ...meta,
        url: 'https://www.a.example/bridge?utm_source=x',
      }),
    );
    const again = await ingestParsed(
      deps(),
      articleFromText('The bridge will reopen in April.', { ...meta, url: 'https://a.example/bridge' }),
    );
    expect(again).toMatchObject({
      status: 'duplicate',
      id: (first as { id: string }).id,
      duplicateOf: 'same-url',
      sourceAdded: false,
    });
  });

  it('asks the near-duplicate finder and files a wire copy under the stored article', async () => {
    const original = await ingestParsed(
      deps(),
      articleFromText('Officials said the talks ended without a deal on Friday.', {
        title: 'Talks',
        url: null,
        outlet: 'AP',
        publishedAt: null,
      }),
    );
    const id = (original as { id: string }).id;
    const asked: string[] = [];
    const findNearDuplicate = async (text: string) => {
      asked.push(text);
      return id;
    };
    const copy = await ingestParsed(
      { ...deps(), findNearDuplicate },
      articleFromText('Officials said on Friday the talks ended without a deal.', {
        title: 'Talks',
        url: null,
        outlet: 'Yahoo',
        publishedAt: null,
      }),
    );
    expect(asked).toEqual(['Officials said on Friday the talks ended without a deal.']);
    expect(copy).toMatchObject({ status: 'duplicate', id, duplicateOf: 'near-copy', sourceAdded: true });
    expect((await articles.get(id))?.article.sources.map((s) => s.outlet)).toEqual(['AP', 'Yahoo']);
  });

  it('ingests every format of the fixtures and gives untitled text a title from its first sentence', async () => {
    const results = await ingestAll(await readAll([fixtures]));
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added', 'added', 'added']);
    const titles = results.map((r) => (r.status === 'rejected' ? '' : r.title));
    expect(titles).toContain('Sheinbaum rules out US troops in Mexico');
    // Markdown markup, HTML extraction, JSON: every quote still starts and ends on the same words in the original.
    const stored = await articles.getMany(results.map((r) => (r.status === 'added' ? r.id : '')));
    const quotes = stored.flatMap((s) => s?.quotes.map((quote) => ({ quote, article: s.article })) ?? []);
    expect(quotes.length).toBeGreaterThan(3);
    for (const { quote, article } of quotes) {
      const { start, end } = toOriginalSpan(article.offsetMap, quote.content);
      expect(article.original.slice(start, start + 8)).toBe(quote.content.text.slice(0, 8));
      expect(article.original.slice(end - 8, end)).toBe(quote.content.text.slice(-8));
    }
    const untitled = await ingestParsed(
      deps(),
      articleFromText('U.S. officials said on Tuesday that Gov. Smith would resign. He denied it.', {
        title: null,
        url: null,
        publishedAt: null,
      }),
    );
    expect(untitled).toMatchObject({
      status: 'added',
      title: 'U.S. officials said on Tuesday that Gov. Smith would resign.',
    });
  });

  it('re-ingesting an article whose writer died before logging it puts it in the log', async () => {
    const [parsed] = await readAll([path.join(seeds, '001_f7db4d455873c533.txt')]);
    const elsewhere = new ArticleRepository(await openStore('memory://', { clock }), clock);
    const first = await ingestParsed({ articles: elsewhere, clock }, parsed as ParsedArticle);
    const id = (first as { id: string }).id;
    // The state a crash between the article write and the log append leaves: the article, no log entry.
    const crashed = await openStore('memory://', { clock });
    await crashed.add(`article:${id}`, await elsewhere.get(id));
    articles = new ArticleRepository(crashed, clock);
    expect(await articles.readLog(1, 10)).toEqual([]);
    expect(await ingestParsed(deps(), parsed as ParsedArticle)).toMatchObject({ status: 'duplicate', id });
    expect(await articles.readLog(1, 10)).toEqual([{ seq: 1, articleId: id }]);
  });

  it('an article the pipeline fails on is rejected with its reason and the rest of the run is still ingested', async () => {
    const analyze = (text: string) => {
      if (text.includes('Claudia Sheinbaum has confirmed')) throw new Error('analysis blew up\nstack…');
      return { quotes: [], entities: [] };
    };
    const results = await ingestFiles({ ...deps(), analyze }, [seeds], { maxBytes: 1024 * 1024 });
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added', 'rejected', 'added']);
    expect(results[3]).toEqual({
      status: 'rejected',
      label: path.join(seeds, '003_709c97691079b0b5.txt'),
      reason: 'failed: analysis blew up',
    });
  });

  it('rejects a text that is nothing but page junk', async () => {
    const junk = articleFromText('Advertisement\n\nShare this', { title: 'x', url: null, publishedAt: null });
    expect(await ingestParsed(deps(), junk)).toMatchObject({
      status: 'rejected',
      reason: 'no article text left after removing page junk',
    });
  });
});
