import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../src/core/user-facing-error.ts';
import { rssFeed } from './feed-builders.ts';
import { feedHarness, type Harness } from './feed-harness.ts';
import { type FixtureResponse, type FixtureServer, startFixtureServer } from './fixture-server.ts';
import { seed0, seed1, seed3 } from './seed-texts.ts';

const CHANNEL = 'slack:T1:C1';
const MINUTE = 60_000;

let server: FixtureServer;
let h: Harness;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => server.close());
beforeEach(async () => {
  h = await feedHarness({ fetchTimeoutMs: 800 });
});
afterEach(async () => h.close());

const healthy = (path: string, content = seed1): FixtureResponse => ({
  headers: { 'content-type': 'application/rss+xml' },
  body: rssFeed(`Feed ${path}`, [
    { guid: `${path}-1`, url: server.url(`${path}/item`), title: `Item of ${path}`, content },
  ]),
});

const BROKEN: Record<string, { response: FixtureResponse; error: RegExp }> = {
  '/b404': { response: { status: 404 }, error: /^HTTP 404 from / },
  '/b500': { response: { status: 500 }, error: /^HTTP 500 from / },
  '/b429': { response: { status: 429, headers: { 'retry-after': '3600' } }, error: /^HTTP 429 from / },
  '/bhang': { response: { hang: true }, error: /^timed out fetching / },
  '/bloop': { response: { status: 302, headers: { location: '/bloop-2' } }, error: /^more than 5 redirects from / },
  '/bhuge': {
    response: { headers: { 'content-type': 'application/rss+xml' }, streamBytes: 10 * 1024 * 1024 },
    error: /is larger than 2097152 bytes$/,
  },
  '/bmalformed': {
    response: {
      headers: { 'content-type': 'application/rss+xml' },
      body: '<?xml version="1.0"?><rss><channel><item><title>x',
    },
    error: /: malformed feed \(/,
  },
  '/bencoding': {
    response: {
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
      body: iconv.encode(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Año</title></channel></rss>',
        'latin1',
      ),
    },
    error: /declared UTF-8 but the bytes are not valid UTF-8$/,
  },
};

describe('broken feeds', () => {
  it('reports each failure, backs off, and keeps polling the healthy feed', async () => {
    server.route('/bloop-2', { status: 302, headers: { location: '/bloop' } });
    const ids: Record<string, string> = {};
    for (const path of [...Object.keys(BROKEN), '/good']) {
      server.route(path, healthy(path, path === '/good' ? seed0 : seed1));
      ids[path] = (await h.feeds.add(server.url(path), CHANNEL)).source.id;
      await h.feeds.idle();
    }
    for (const [path, { response }] of Object.entries(BROKEN)) server.route(path, response);
    server.route('/good', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rssFeed('Good', [{ guid: 'g2', url: server.url('/good/2'), title: 'Second', content: seed3 }]),
    });

    h.clock.advance(10 * MINUTE);
    const reports = await h.feeds.poller.pollDue();
    expect(reports).toHaveLength(Object.keys(BROKEN).length + 1);
    const now = h.clock.now();
    for (const [path, { error }] of Object.entries(BROKEN)) {
      const state = await h.feeds.registry.state(ids[path] as string, now);
      expect(state.lastError, path).toMatch(error);
      expect(state.consecutiveFailures, path).toBe(1);
      const backoff = path === '/b429' ? 60 * MINUTE : 20 * MINUTE;
      expect(state.nextPollAt - now, path).toBe(backoff);
    }
    const good = await h.feeds.registry.state(ids['/good'] as string, now);
    expect(good).toMatchObject({ itemsAdded: 2, consecutiveFailures: 0, nextPollAt: now + 10 * MINUTE });

    // After one interval only the healthy feed is due; the broken ones wait out their backoff.
    h.clock.advance(10 * MINUTE);
    expect((await h.feeds.poller.pollDue()).map((r) => r.sourceId)).toEqual([ids['/good']]);
    h.clock.advance(10 * MINUTE);
    expect(await h.feeds.poller.pollDue()).toHaveLength(Object.keys(BROKEN).length); // all but the 429 one, plus good
  }, 20_000);

  it('disables a feed after five failures in a row, tells the channel that added it, and comes back when re-added', async () => {
    server.route('/flaky', healthy('/flaky'));
    const { source } = await h.feeds.add(server.url('/flaky'), CHANNEL);
    await h.feeds.idle();
    server.route('/flaky', { status: 500 });
    for (let i = 0; i < 5; i++) {
      const state = await h.feeds.registry.state(source.id, h.clock.now());
      h.clock.advance(state.nextPollAt - h.clock.now());
      await h.feeds.poller.pollDue();
    }
    const disabled = await h.feeds.registry.get(source.id);
    expect(disabled).toMatchObject({ enabled: false });
    expect(disabled?.disabledReason).toBe(`5 failed polls in a row; last error: HTTP 500 from ${server.url('/flaky')}`);
    expect(h.poster.posts).toHaveLength(1);
    expect(h.poster.posts[0]).toMatchObject({ destination: CHANNEL, reply: { title: 'Feed disabled: Feed /flaky' } });
    expect(h.poster.posts[0]?.reply.fallbackText).toContain(`/news source add ${server.url('/flaky')}`);

    h.clock.advance(24 * 60 * MINUTE);
    expect(await h.feeds.poller.pollDue()).toEqual([]);

    server.route('/flaky', healthy('/flaky'));
    const again = await h.feeds.add(server.url('/flaky'), 'discord:G1:C9');
    await h.feeds.idle();
    expect(again).toMatchObject({
      kind: 'feed',
      reenabled: true,
      source: { enabled: true, destinations: [CHANNEL, 'discord:G1:C9'] },
    });
    expect(await h.feeds.registry.state(source.id, h.clock.now())).toMatchObject({
      consecutiveFailures: 0,
      lastError: null,
    });
  });

  it('lets only one instance poll a feed at a time (lease in the shared store)', async () => {
    server.route('/leased', healthy('/leased'));
    const { source } = await h.feeds.add(server.url('/leased'), CHANNEL);
    await h.feeds.idle();
    const other = await feedHarness({}, { kv: h.kv, clock: h.clock });
    try {
      server.route('/leased', { ...healthy('/leased'), hang: false });
      const before = server.requests.filter((r) => r.path === '/leased').length;
      h.clock.advance(10 * MINUTE);
      const [mine, theirs] = await Promise.all([
        h.feeds.poller.pollSource(source.id),
        other.feeds.poller.pollSource(source.id),
      ]);
      expect([mine, theirs].filter((report) => report === null)).toHaveLength(1);
      expect(server.requests.filter((r) => r.path === '/leased').length - before).toBe(1);
      // An instance that found the feed due just before the other one polled it does not poll it again.
      expect(await other.feeds.poller.pollSource(source.id, { onlyIfDue: true })).toBeNull();
      expect(server.requests.filter((r) => r.path === '/leased').length - before).toBe(1);
    } finally {
      await other.close();
    }
  });
});

describe('SSRF through sources', () => {
  it('refuses to add loopback, metadata and private addresses when private networks are not allowed', async () => {
    const strict = await feedHarness({ allowPrivateNetwork: false });
    try {
      for (const url of [
        server.url('/good'),
        'http://169.254.169.254/latest/meta-data/',
        'http://[::1]/feed',
        'http://10.1.2.3/rss',
      ]) {
        const error = await strict.feeds.add(url, CHANNEL).catch((e: unknown) => e);
        expect(error, url).toBeInstanceOf(UserFacingError);
        expect((error as Error).message, url).toMatch(/private or local address/);
      }
      expect(await strict.feeds.registry.list()).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('skips a feed item whose link redirects to the metadata address, without following it', async () => {
    const guarded = await feedHarness({ addressPolicy: (address) => address === '127.0.0.1' });
    try {
      server.route('/to-metadata', {
        status: 302,
        headers: { location: 'http://169.254.169.254/latest/meta-data/iam' },
      });
      server.route('/ssrf-feed', {
        headers: { 'content-type': 'application/rss+xml' },
        body: rssFeed('Sneaky', [
          { guid: 's1', url: server.url('/to-metadata'), title: 'Innocent headline', summary: 'Teaser' },
        ]),
      });
      const { source } = await guarded.feeds.add(server.url('/ssrf-feed'), CHANNEL);
      await guarded.feeds.idle();
      const state = await guarded.feeds.registry.state(source.id, guarded.clock.now());
      expect(state.recentSkips[0]).toMatchObject({ reason: 'fetch-error', title: 'Innocent headline' });
      expect(state.recentSkips[0]?.detail).toMatch(
        /refused http:\/\/169\.254\.169\.254\/latest\/meta-data\/iam: .*private or local address/,
      );
    } finally {
      await guarded.close();
    }
  });
});
