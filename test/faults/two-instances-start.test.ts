import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/model/reply.ts';
import { Newsbot } from '../../src/core/newsbot.ts';
import { type Poster, silentLogger } from '../../src/core/ports.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { rssFeed } from '../feeds/feed-builders.ts';
import { startFixtureServer } from '../feeds/fixture-server.ts';
import { seed0, seed1 } from '../feeds/seed-texts.ts';
import { clearRedisNamespace } from '../scale/clear-namespace.ts';
import { FakeClock } from '../schedule/fake-clock.ts';

const REDIS_URL = process.env.REDIS_URL;
const CHANNEL = 'slack:T1:C1';
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** What reached the chat platform: the far side of `Poster`. */
class RecordingChannel implements Poster {
  readonly posts: { destination: string; reply: Reply; idempotencyKey: string }[] = [];
  async post(destination: string, reply: Reply, options: { idempotencyKey: string }): Promise<void> {
    this.posts.push({ destination, reply, idempotencyKey: options.idempotencyKey });
  }
}

/** A store URL every instance can open: Redis (own namespace) when configured, else one SQLite file. */
function sharedStoreUrl(): { url: string; namespace: string } {
  const namespace = `two-start-${randomUUID()}`;
  if (REDIS_URL) {
    cleanups.push(() => clearRedisNamespace(REDIS_URL, namespace));
    return { url: REDIS_URL, namespace };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-two-start-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { url: `sqlite://${path.join(dir, 'store.sqlite')}`, namespace };
}

async function instance(
  store: { url: string; namespace: string },
  clock: FakeClock,
  channel: Poster,
  wrap: (kv: KvStore) => KvStore = (kv) => kv,
) {
  const kv = wrap(await openStore(store.url, { clock, namespace: store.namespace }));
  const bot = new Newsbot({
    kv,
    clock,
    logger: silentLogger,
    poster: channel,
    options: {
      indexPath: ':memory:',
      allowPrivateNetwork: true,
      feeds: { poller: { tickMs: 100, perHostMinTimeMs: 0 } },
    },
  });
  cleanups.push(() => bot.close());
  return bot;
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('not within time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('two instances started at the same moment after downtime', () => {
  it('post the missed digest once and poll the due feed once between them', async () => {
    const server = await startFixtureServer();
    cleanups.push(() => server.close());
    const feedPath = '/world.xml';
    server.route(feedPath, {
      headers: { 'content-type': 'application/rss+xml' },
      body: rssFeed('World desk', [
        {
          guid: 'w-1',
          url: server.url('/a1'),
          title: 'Sheinbaum rules out US troops',
          date: '2026-03-27T10:00:00Z',
          content: seed0,
        },
        {
          guid: 'w-2',
          url: server.url('/a2'),
          title: 'Rubio on cartels',
          date: '2026-03-27T11:00:00Z',
          content: seed1,
        },
      ]),
    });
    const store = sharedStoreUrl();
    const clock = FakeClock.at('2026-03-27T12:00:00Z');

    // Before the downtime: a channel subscribed to an 08:00 UTC digest and added the feed.
    const setup = await instance(store, clock, new RecordingChannel());
    await setup.digests.subscribe({
      destination: CHANNEL,
      time: '08:00',
      timeZone: 'UTC',
      filter: null,
      createdBy: 'U1',
    });
    await setup.sources.add(server.url(feedPath), CHANNEL);
    await setup.sources.idle();
    await setup.stop();
    const fetchesBefore = server.requests.filter((r) => r.path === feedPath).length;

    // Both come back the next morning, after 08:00 and after the feed's next poll time, at the same instant.
    clock.set('2026-03-28T08:05:00Z');
    const channelA = new RecordingChannel();
    const channelB = new RecordingChannel();
    const [a, b] = [await instance(store, clock, channelA), await instance(store, clock, channelB)];
    await Promise.all([a.start(), b.start()]);

    const feedFetches = () => server.requests.filter((r) => r.path === feedPath).length - fetchesBefore;
    const digests = () => [...channelA.posts, ...channelB.posts].filter((post) => post.reply.kind === 'digest');
    await until(() => feedFetches() >= 1 && digests().length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 800)); // several poller ticks on both instances
    await Promise.all([a.digests.scheduler.runDue(), b.digests.scheduler.runDue()]);

    expect(digests()).toHaveLength(1);
    expect(digests()[0]?.destination).toBe(CHANNEL);
    expect(feedFetches()).toBe(1);
  });
});

/** The store as seen over a slow link: `add` of a matching key waits until `release()`; everything else is direct. */
function slowAdds(kv: KvStore, matches: (key: string) => boolean) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reached: () => void = () => undefined;
  const waiting = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const store: KvStore = {
    get kind() {
      return kv.kind;
    },
    get displayUrl() {
      return kv.displayUrl;
    },
    get: (key) => kv.get(key),
    getMany: (keys) => kv.getMany(keys),
    set: (key, value, ttlMs) => kv.set(key, value, ttlMs),
    delete: (key) => kv.delete(key),
    close: () => kv.close(),
    async add(key, value, ttlMs) {
      if (matches(key)) {
        reached();
        await gate;
      }
      return kv.add(key, value, ttlMs);
    },
  };
  return { store, release, waiting };
}

describe('a poller that saw a feed as due, on a slow link', () => {
  // pollDue() picks the due feeds, then asks for each lease. Its lease request may arrive just after another instance
  // finished the same poll (slow link, GC pause): it must see the feed is no longer due and not poll it again.
  it('does not poll the feed again right after another instance polled it', async () => {
    const server = await startFixtureServer();
    cleanups.push(() => server.close());
    const feedPath = '/world.xml';
    server.route(feedPath, {
      headers: { 'content-type': 'application/rss+xml' },
      body: rssFeed('World desk', [
        {
          guid: 'w-1',
          url: server.url('/a1'),
          title: 'Sheinbaum rules out US troops',
          date: '2026-03-27T10:00:00Z',
          content: seed0,
        },
      ]),
    });
    const store = sharedStoreUrl();
    const clock = FakeClock.at('2026-03-27T12:00:00Z');
    const setup = await instance(store, clock, new RecordingChannel());
    await setup.sources.add(server.url(feedPath), CHANNEL);
    await setup.sources.idle();
    await setup.stop();
    const fetchesBefore = server.requests.filter((r) => r.path === feedPath).length;
    clock.set('2026-03-27T13:00:00Z');

    const a = await instance(store, clock, new RecordingChannel());
    let slow: ReturnType<typeof slowAdds> | undefined;
    const b = await instance(store, clock, new RecordingChannel(), (kv) => {
      slow = slowAdds(kv, (key) => key.startsWith('source:lease:'));
      return slow.store;
    });
    const late = b.sources.poller.pollDue(); // B has read the feed as due and is asking for the lease
    await slow?.waiting;
    await a.sources.poller.pollDue(); // meanwhile A polls it completely
    slow?.release();
    await late;
    expect(server.requests.filter((r) => r.path === feedPath).length - fetchesBefore).toBe(1);
  });
});
