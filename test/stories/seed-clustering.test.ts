import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsIndex } from '../../src/core/index/news-index.ts';
import type { IndexInput } from '../../src/core/index/stored-article.ts';
import { toStoredQuotes } from '../../src/core/ingest/article-quotes.ts';
import type { Article } from '../../src/core/model/article.ts';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');
const FRIDAY = [
  '000_1ba7f7b49b2fcce1.txt',
  '001_f7db4d455873c533.txt',
  '002_2b6a419fb5f5109c.txt',
  '004_a3af21f984c6ba0f.txt',
];
const CALL = '003_709c97691079b0b5.txt';

/** A seed as stored, all at the same time: dates cannot separate the stories, only their text and quotes. */
function seed(file: string): IndexInput {
  const text = readFileSync(join(SEEDS, file), 'utf8').trim();
  const at = '2026-11-20T15:00:00.000Z';
  const article: Article = {
    id: file.slice(4, 20),
    title: (text.split('\n')[0] ?? '').slice(0, 120),
    outlet: file,
    url: null,
    file,
    publishedAt: null,
    ingestedAt: at,
    text,
    original: text,
    offsetMap: [],
    sources: [{ outlet: file, url: null, file, seenAt: at }],
  };
  const analysis = analyzeArticle(text);
  return { article, quotes: toStoredQuotes(article.id, analysis.quotes), entities: analysis.entities };
}

function storiesOf(order: string[]): Map<string, string> {
  const index = NewsIndex.open(':memory:');
  for (const file of order) index.add(seed(file));
  const rows = index.db.prepare('SELECT file, story_id FROM articles').all() as { file: string; story_id: string }[];
  index.close();
  return new Map(rows.map((row) => [row.file, row.story_id]));
}

describe('story clustering of the seeds', () => {
  const orders = {
    'as numbered': [...FRIDAY.slice(0, 3), CALL, FRIDAY[3] as string],
    'follow-up first': [CALL, ...FRIDAY],
    reversed: [FRIDAY[3] as string, CALL, ...FRIDAY.slice(0, 3).reverse()],
  };
  for (const [name, order] of Object.entries(orders)) {
    it(`the four reports of Friday's statement are one story, the later call another (${name})`, () => {
      const stories = storiesOf(order);
      const friday = new Set(FRIDAY.map((file) => stories.get(file)));
      expect(friday.size).toBe(1);
      expect(friday.has(stories.get(CALL))).toBe(false);
    });
  }

  it('a story keeps every article and its headline from the first report', () => {
    const index = NewsIndex.open(':memory:');
    for (const file of FRIDAY) index.add(seed(file));
    const story = index.db.prepare('SELECT headline, article_count FROM stories').all() as {
      headline: string;
      article_count: number;
    }[];
    expect(story).toEqual([{ headline: seed(FRIDAY[0] as string).article.title, article_count: 4 }]);
    index.close();
  });

  it('reports more than three days apart are not one story, however alike', () => {
    const index = NewsIndex.open(':memory:');
    const first = seed(FRIDAY[0] as string);
    const later = seed(FRIDAY[1] as string);
    later.article.publishedAt = '2026-12-01T10:00:00.000Z';
    index.add(first);
    index.add(later);
    const count = (index.db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    expect(count).toBe(2);
    index.close();
  });
});
