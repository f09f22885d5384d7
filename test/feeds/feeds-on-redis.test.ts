import { randomUUID } from 'node:crypto';
import KeyvRedis from '@keyv/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/core/feeds/canonical-url.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { atomFeed, rssFeed } from './feed-builders.ts';
import { FakeClock, feedHarness, type Harness } from './feed-harness.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';
import { seed2, wireCopy } from './seed-texts.ts';

const redisUrl = process.env.REDIS_URL;
const namespace = `newsbot-test-feeds-${randomUUID()}`;

/** Two newsbot instances, each with its own Redis connection, sharing one store: leases and dedupe must hold. */
describe.skipIf(!redisUrl)('feeds on a shared Redis store (two instances)', () => {
  let server: FixtureServer;
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    server = await startFixtureServer();
    const clock = new FakeClock();
    a = await feedHarness({}, { kv: await openStore(redisUrl as string, { clock, namespace }), clock });
    b = await feedHarness({}, { kv: await openStore(redisUrl as string, { clock, namespace }), clock });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await a.kv.close();
    await b.kv.close();
    const adapter = new KeyvRedis(redisUrl as string, { namespace });
    await adapter.clear();
    await adapter.disconnect();
    await server.close();
  });

  it('polls a feed from one instance only, and stores one wire story seen by both instances once', async () => {
    const recent = new Date(a.clock.now() - 3_600_000).toISOString();
    server.route('/redis-a', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rssFeed('A', [{ guid: 'a', url: server.url('/ra/1'), title: 'Original', date: recent, content: seed2 }]),
    });
    server.route('/redis-b', {
      headers: { 'content-type': 'application/atom+xml' },
      body: atomFeed('B', [
        { guid: 'b', url: server.url('/rb/1'), title: 'Copy', date: recent, content: wireCopy(seed2) },
      ]),
    });
    const first = await a.feeds.add(server.url('/redis-a'), 'slack:T1:C1');
    await a.feeds.idle();
    const second = await b.feeds.add(server.url('/redis-b'), 'discord:G1:C1');
    await b.feeds.idle();
    const id = await a.articles.findByUrl(canonicalUrl(server.url('/ra/1')) as string);
    const stored = id ? await b.articles.get(id) : undefined;
    expect(stored?.article.sources.map((source) => source.sourceId)).toEqual([first.source.id, second.source.id]);
    // Stored once (the log may list it again when another outlet carries it).
    expect(new Set((await a.articles.readLog(1, 50)).map((entry) => entry.articleId)).size).toBe(1);

    a.clock.advance(10 * 60_000);
    const before = server.requests.filter((r) => r.path === '/redis-a').length;
    const [fromA, fromB] = await Promise.all([a.feeds.poller.pollDue(), b.feeds.poller.pollDue()]);
    expect(server.requests.filter((r) => r.path === '/redis-a').length - before).toBe(1);
    expect([...fromA, ...fromB].filter((r) => r.sourceId === first.source.id)).toHaveLength(1);
  });
});
