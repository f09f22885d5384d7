import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildDigest } from '../../src/core/digest/build-digest.ts';
import { contentWords, overlap } from '../../src/core/digest/content-words.ts';
import { IndexDigestSource } from '../../src/core/digest/index-digest-source.ts';
import { NewsIndex } from '../../src/core/index/news-index.ts';
import { SEED_FILES, seedInput } from './seed-articles.ts';

let index: NewsIndex;
let source: IndexDigestSource;
const FRIDAY = { since: '2026-11-20T00:00:00.000Z', until: '2026-11-21T00:00:00.000Z' };
const WEEK = { since: '2026-11-16T00:00:00.000Z', until: '2026-11-30T00:00:00.000Z' };

beforeEach(() => {
  index = NewsIndex.open(':memory:');
  for (const seed of SEED_FILES) index.add(seedInput(seed));
  source = new IndexDigestSource(index);
});
afterEach(() => index.close());

describe('buildDigest over the seed articles', () => {
  test('the four Friday reports are one story, cited once per outlet, newest first', async () => {
    const digest = await buildDigest(source, FRIDAY);
    expect(digest.stories).toHaveLength(1);
    expect(digest.stories[0]?.articles.map((a) => a.outlet)).toEqual([
      'Outlet Four',
      'Outlet Three',
      'Outlet Two',
      'Outlet One',
    ]);
    expect(digest.moreStories).toBe(0);
  });

  test('the story reported by four outlets ranks above the one-outlet follow-up', async () => {
    const digest = await buildDigest(source, WEEK);
    expect(digest.stories.map((s) => s.articles.length)).toEqual([4, 1]);
  });

  test('the headline is a real headline from one of the outlets, not a truncated lead', async () => {
    const [story] = (await buildDigest(source, FRIDAY)).stories;
    expect(story?.headline).toBe(
      'Mexico Rejects U.S. Military Presence Amid Reports of Trump’s Directive Targeting Drug Cartels',
    );
  });

  test('the summary is two sentences copied verbatim from the articles', async () => {
    const [story] = (await buildDigest(source, FRIDAY)).stories;
    const texts = SEED_FILES.map((seed) => seedInput(seed).article.text);
    const sentences = story?.summary.match(/[^.!?]+(?:\.(?=\s|$)|[!?])["”’]?/g) ?? [];
    expect(story?.summary.length).toBeGreaterThan(80);
    // Split at the join between the two chosen sentences: each half must occur in some article as is.
    const halves = splitAtSentenceJoin(story?.summary ?? '', texts);
    expect(halves).toHaveLength(2);
    // The second sentence adds something: it does not restate the lead in another outlet's words.
    const [lead, more] = halves.map((half) => contentWords(half));
    expect(overlap(lead ?? new Set(), more ?? new Set())).toBeLessThanOrEqual(0.3);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(story?.summary).not.toMatch(/SheinbaumMexico/);
  });

  test('key quotes name the speaker and role and list every outlet that carried the words', async () => {
    const [story] = (await buildDigest(source, FRIDAY)).stories;
    expect(story?.quotes.length).toBeGreaterThan(0);
    expect(story?.quotes.length).toBeLessThanOrEqual(3);
    const first = story?.quotes[0];
    expect(first?.speaker.name).toBe('Claudia Sheinbaum');
    expect(first?.sources.length).toBeGreaterThanOrEqual(2);
    const texts = new Map(SEED_FILES.map((seed) => [seed.file as string, seedInput(seed).article.text]));
    const textOf = (file: string | null) => texts.get(file ?? '') ?? '';
    // As in `ask`: the item lists every outlet that reported the remark; each wording is verbatim in its sources.
    for (const quote of story?.quotes ?? []) {
      expect(quote.sources.some((source) => textOf(source.file).includes(quote.text))).toBe(true);
      for (const variant of quote.variants) {
        for (const source of variant.sources) expect(textOf(source.file)).toContain(variant.text);
      }
    }
  });

  test('the JSON has the contract fields of issue 7', async () => {
    const digest = JSON.parse(JSON.stringify(await buildDigest(source, FRIDAY)));
    const [story] = digest.stories;
    expect(Object.keys(story).sort()).toEqual(['articles', 'headline', 'id', 'quotes', 'summary']);
    expect(Object.keys(story.articles[0]).sort()).toEqual([
      'articleId',
      'file',
      'outlet',
      'publishedAt',
      'title',
      'url',
    ]);
    expect(Object.keys(story.quotes[0]).sort()).toEqual(['kind', 'sources', 'speaker', 'text', 'variants']);
  });

  test('a filter keeps the stories that mention it, matched on whole words and without accents', async () => {
    expect((await buildDigest(source, { ...WEEK, filter: 'pentagon' })).stories).toHaveLength(1);
    expect((await buildDigest(source, { ...WEEK, filter: 'Sheinbaum' })).stories).toHaveLength(2);
    expect((await buildDigest(source, { ...WEEK, filter: 'méxico' })).stories).toHaveLength(2);
    expect((await buildDigest(source, { ...WEEK, filter: 'Mex' })).stories).toHaveLength(0);
  });

  test('stories beyond the limit are counted, not dropped silently', async () => {
    const digest = await buildDigest(source, { ...WEEK, maxStories: 1 });
    expect(digest.stories).toHaveLength(1);
    expect(digest.moreStories).toBe(1);
  });

  test('a window with no articles is a quiet day, and an inverted window is refused', async () => {
    expect(
      (await buildDigest(source, { since: '2026-01-01T00:00:00Z', until: '2026-01-02T00:00:00Z' })).stories,
    ).toEqual([]);
    await expect(buildDigest(source, { since: FRIDAY.until, until: FRIDAY.since })).rejects.toThrow(/window/);
    await expect(buildDigest(source, { since: 'yesterday', until: FRIDAY.until })).rejects.toThrow(/window/);
  });

  test('an article without a publication time counts at its ingestion time', async () => {
    const undated = seedInput({
      file: '003_709c97691079b0b5.txt',
      outlet: 'Undated Wire',
      at: '2026-12-02T09:00:00.000Z',
    });
    undated.article = { ...undated.article, id: 'undated', publishedAt: null, ingestedAt: '2026-12-02T09:00:00.000Z' };
    undated.quotes = [];
    index.add(undated);
    const digest = await buildDigest(source, { since: '2026-12-02T00:00:00Z', until: '2026-12-03T00:00:00Z' });
    expect(digest.stories.flatMap((s) => s.articles.map((a) => a.outlet))).toContain('Undated Wire');
  });
});

/** Splits a summary into the article sentences it was built from (each must appear verbatim in some text). */
function splitAtSentenceJoin(summary: string, texts: string[]): string[] {
  for (let i = summary.indexOf(' '); i > 0; i = summary.indexOf(' ', i + 1)) {
    const [left, right] = [summary.slice(0, i), summary.slice(i + 1)];
    if (texts.some((t) => t.includes(left)) && texts.some((t) => t.includes(right))) return [left, right];
  }
  return [];
}
