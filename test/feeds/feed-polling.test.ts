import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/core/feeds/canonical-url.ts';
import type { Source } from '../../src/core/feeds/source.ts';
import { articlePage, atomFeed, jsonFeed, rdfFeed, rssFeed } from './feed-builders.ts';
import { feedHarness, type Harness } from './feed-harness.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';
import { seed0, seed1, seed2, seed3, seed4, wireCopy } from './seed-texts.ts';

const CHANNEL = 'slack:T1:C1';
const HOUR = 3_600_000;

let server: FixtureServer;
let h: Harness;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => server.close());
beforeEach(async () => {
  h = await feedHarness();
});
afterEach(async () => h.close());

const recent = () => new Date(h.clock.now() - HOUR).toISOString();
const xml = (body: string) => ({ headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body });

async function addFeed(path: string): Promise<Source> {
  const result = await h.feeds.add(server.url(path), CHANNEL);
  await h.feeds.idle();
  return result.source;
}

async function articleAt(path: string) {
  const id = await h.articles.findByUrl(canonicalUrl(server.url(path)) as string);
  return id ? h.articles.get(id) : undefined;
}

describe('polling feeds into articles', () => {
  it('reads RSS 2.0, Atom, RSS 1.0 and JSON Feed items into articles that name their source', async () => {
    const builders = { rss: rssFeed, atom: atomFeed, rdf: rdfFeed, json: jsonFeed };
    const texts = [seed0, seed1, seed2, seed3];
    const sources: Source[] = [];
    for (const [i, [format, build]] of Object.entries(builders).entries()) {
      const item = {
        guid: `${format}-1`,
        url: server.url(`/fmt/${format}/story`),
        title: `${format} story`,
        date: recent(),
        content: texts[i],
      };
      server.route(`/fmt/${format}`, xml(build(`${format} news`, [item])));
      sources.push(await addFeed(`/fmt/${format}`));
    }
    for (const [i, format] of Object.keys(builders).entries()) {
      const stored = await articleAt(`/fmt/${format}/story`);
      expect(stored?.article.title, format).toBe(`${format} story`);
      expect(stored?.article.sources[0]?.sourceId).toBe(sources[i]?.id);
      const state = await h.feeds.registry.state(sources[i]?.id as string, h.clock.now());
      expect(state).toMatchObject({ itemsSeen: 1, itemsAdded: 1, lastError: null });
    }
  });

  it('fetches the article page for summary-only items and says why each other item was skipped', async () => {
    server.route('/robots.txt', { body: 'User-agent: *\nDisallow: /private/\n' });
    server.route('/pages/follow-up', {
      headers: { 'content-type': 'text/html' },
      body: articlePage('Follow-up story', seed4),
    });
    const items = [
      { guid: 'p1', url: server.url('/pages/follow-up'), title: 'Follow-up', date: recent(), summary: 'Short teaser.' },
      { guid: 'p2', url: server.url('/private/story'), title: 'Private one', date: recent(), summary: 'Teaser.' },
      { guid: 'p3', url: server.url('/pages/missing'), title: 'Missing page', date: recent(), summary: 'Teaser.' },
      { guid: 'p4', url: server.url('/pages/old'), title: 'Old news', date: '2020-01-01T00:00:00Z', summary: 'Old.' },
      { guid: 'p5', title: 'Link-less teaser', date: recent(), summary: 'Just a teaser.' },
    ];
    server.route('/summaries', xml(rssFeed('Summaries', items)));
    const source = await addFeed('/summaries');
    const stored = await articleAt('/pages/follow-up');
    expect(stored?.article.text).toContain(seed4.split('\n')[1]?.slice(0, 80));
    expect(stored?.article.text).not.toContain('All rights reserved');
    expect(server.requests.find((r) => r.path === '/pages/follow-up')?.headers['user-agent']).toBe(
      'newsbot-test/1 (+mailto:ops@example.org)',
    );
    expect(server.requests.some((r) => r.path === '/private/story')).toBe(false);

    const state = await h.feeds.registry.state(source.id, h.clock.now());
    expect(state).toMatchObject({ itemsSeen: 5, itemsAdded: 1 });
    expect(state.skipped).toEqual({ filtered: 1, 'fetch-error': 1, 'too-old': 1, 'not-an-article': 1 });
    const why = Object.fromEntries(state.recentSkips.map((skip) => [skip.title, skip.detail]));
    expect(why['Private one']).toBe('robots.txt disallows fetching the article page');
    expect(why['Missing page']).toBe(`HTTP 404 from ${server.url('/pages/missing')}`);
    expect(why['Old news']).toBe('published 2020-01-01, older than the 7-day window');
    expect(why['Link-less teaser']).toBe('no link and only a short summary');

    // The page that failed to load is tried again on the next poll; the others are not.
    server.route('/pages/missing', {
      headers: { 'content-type': 'text/html' },
      body: articlePage('Found later', seed3),
    });
    h.clock.advance(10 * 60_000);
    await h.feeds.poller.pollDue();
    const after = await h.feeds.registry.state(source.id, h.clock.now());
    expect(after.itemsAdded).toBe(2);
    expect(server.requests.filter((r) => r.path === '/private/story')).toHaveLength(0);
  });

  it('sends ETag / Last-Modified on the next poll and treats 304 as nothing new', async () => {
    const body = rssFeed('Conditional', [
      { guid: 'c1', url: server.url('/c/1'), title: 'One', date: recent(), content: seed1 },
    ]);
    server.route('/conditional', (req) =>
      req.headers['if-none-match'] === '"rev-1"'
        ? { status: 304 }
        : {
            headers: {
              'content-type': 'application/rss+xml',
              etag: '"rev-1"',
              'last-modified': 'Sat, 02 Aug 2025 17:00:00 GMT',
            },
            body,
          },
    );
    const source = await addFeed('/conditional');
    h.clock.advance(10 * 60_000);
    const reports = await h.feeds.poller.pollDue();
    expect(reports).toEqual([{ sourceId: source.id, report: { status: 'not-modified' } }]);
    const last = server.requests.filter((r) => r.path === '/conditional').at(-1);
    expect(last?.headers['if-modified-since']).toBe('Sat, 02 Aug 2025 17:00:00 GMT');
    expect(await h.feeds.registry.state(source.id, h.clock.now())).toMatchObject({ itemsSeen: 1, itemsAdded: 1 });
  });

  it('stores the same wire story from two feeds once, with both outlets as sources', async () => {
    server.route(
      '/wire-a',
      xml(
        rssFeed('Outlet A', [
          {
            guid: 'a1',
            url: server.url('/a/sheinbaum'),
            title: 'Sheinbaum rules out troops',
            date: recent(),
            content: seed0,
          },
        ]),
      ),
    );
    server.route(
      '/wire-b',
      xml(
        atomFeed('Outlet B', [
          {
            guid: 'b1',
            url: server.url('/b/mexico-no-invasion'),
            title: 'Mexico: no invasion',
            date: recent(),
            content: wireCopy(seed0),
          },
        ]),
      ),
    );
    const a = await addFeed('/wire-a');
    const b = await addFeed('/wire-b');
    const stored = await articleAt('/a/sheinbaum');
    expect(stored?.article.sources.map((s) => s.sourceId)).toEqual([a.id, b.id]);
    // Stored once (the log may list it again when another outlet carries it).
    expect(new Set((await h.articles.readLog(1, 50)).map((entry) => entry.articleId)).size).toBe(1);
    const state = await h.feeds.registry.state(b.id, h.clock.now());
    expect(state.recentSkips[0]).toMatchObject({
      reason: 'duplicate',
      detail: `duplicate of “Sheinbaum rules out troops” (${stored?.article.id}), near-identical text`,
    });
  });

  it('does not repost an item that comes back with a new GUID, under its old URL or a new one', async () => {
    const first = { guid: 'v1', url: server.url('/u/story'), title: 'Story', date: recent(), content: seed2 };
    server.route('/updates', xml(rssFeed('Updates', [first])));
    const source = await addFeed('/updates');
    const edited = seed2.replace('On Friday', 'On Saturday');
    expect(edited).not.toBe(seed2);
    server.route('/updates', xml(rssFeed('Updates', [{ ...first, guid: 'v2', content: edited }])));
    h.clock.advance(10 * 60_000);
    await h.feeds.poller.pollDue();
    server.route(
      '/updates',
      xml(rssFeed('Updates', [{ ...first, guid: 'v3', url: server.url('/u/story-updated'), content: edited }])),
    );
    h.clock.advance(10 * 60_000);
    await h.feeds.poller.pollDue();
    // Stored once (the log may list it again when another outlet carries it).
    expect(new Set((await h.articles.readLog(1, 50)).map((entry) => entry.articleId)).size).toBe(1);
    const state = await h.feeds.registry.state(source.id, h.clock.now());
    expect(state).toMatchObject({ itemsSeen: 3, itemsAdded: 1, skipped: { duplicate: 2 } });
    expect(state.recentSkips.map((skip) => skip.detail.split(', ').at(-1))).toEqual([
      'near-identical text',
      'same URL',
    ]);
  });

  it('polls due feeds in the background once started, and stops cleanly', async () => {
    const timed = await feedHarness({ poller: { perHostMinTimeMs: 0, tickMs: 20 } });
    try {
      server.route(
        '/timed',
        xml(rssFeed('Timed', [{ guid: 't1', url: server.url('/t/1'), title: 'One', date: recent(), content: seed3 }])),
      );
      const { source } = await timed.feeds.add(server.url('/timed'), CHANNEL);
      await timed.feeds.idle();
      const polls = () => server.requests.filter((r) => r.path === '/timed').length;
      const before = polls();
      timed.clock.advance(10 * 60_000);
      await timed.feeds.start();
      for (let i = 0; i < 100 && polls() === before; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      await timed.feeds.stop();
      expect(polls()).toBe(before + 1);
      const state = await timed.feeds.registry.state(source.id, timed.clock.now());
      expect(state.nextPollAt).toBe(timed.clock.now() + 10 * 60_000);
    } finally {
      await timed.close();
    }
  });
});
