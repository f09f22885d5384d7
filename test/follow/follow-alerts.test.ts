import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Newsbot } from '../../src/core/newsbot.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { FarSidePoster, rateLimited } from '../digest/far-side-poster.ts';
import { openSharedStores } from '../digest/shared-stores.ts';
import { FakeClock } from '../schedule/fake-clock.ts';
import { command, followBot, ingestSeed, RUBIO_SEEDS } from './follow-bot.ts';

const MINUTE = 60_000;
let clock: FakeClock;
let channel: FarSidePoster;
let bots: Newsbot[];

beforeEach(() => {
  clock = FakeClock.at('2026-11-20T14:00:00Z');
  channel = new FarSidePoster();
  bots = [];
});
afterEach(async () => {
  for (const bot of bots) await bot.close();
});

async function oneBot() {
  const kv = await openStore('memory://', { clock });
  const bot = followBot(kv, clock, channel);
  bots.push(bot);
  await bot.follows.alerts.tick(); // first run on this store: starts from the current end of the change log
  return { kv, bot };
}

describe('follow alerts', () => {
  test('a followed person newly quoted gets one batched alert, then at most one per interval', async () => {
    const { kv, bot } = await oneBot();
    const followed = await bot.handle(command(['follow'], { name: 'Marco Rubio' }));
    expect(followed.title).toBe('Following Marco Rubio: new quotes will be posted here.');
    expect(followed.fallbackText).toContain('I have no quotes from Marco Rubio yet');

    clock.set('2026-11-20T15:00:00Z');
    await ingestSeed(kv, clock, RUBIO_SEEDS[0] as string);
    await bot.follows.alerts.tick();
    expect(channel.delivered).toHaveLength(0); // waiting a few minutes for other outlets to report it too

    clock.set('2026-11-20T15:02:00Z');
    await ingestSeed(kv, clock, RUBIO_SEEDS[1] as string);
    clock.set('2026-11-20T15:06:00Z');
    await bot.follows.alerts.tick();
    expect(channel.delivered).toHaveLength(1);
    const [alert] = channel.delivered;
    expect(alert?.destination).toBe('discord:G1:C1');
    expect(alert?.reply.kind).toBe('alert');
    expect(alert?.reply.title).toMatch(/^New quotes? from Marco Rubio$/);
    expect(alert?.reply.quotes?.every((q) => q.speaker === 'Marco Rubio')).toBe(true);
    const outlets = new Set(alert?.reply.quotes?.flatMap((q) => q.sources.map((s) => s.articleId)));
    expect(outlets.size).toBe(2); // both articles in one alert

    clock.set('2026-11-20T15:10:00Z');
    await ingestSeed(kv, clock, RUBIO_SEEDS[2] as string);
    clock.set('2026-11-20T15:30:00Z');
    await bot.follows.alerts.tick();
    expect(channel.delivered).toHaveLength(1); // within the hour: held back
    clock.set('2026-11-20T16:06:00Z');
    await bot.follows.alerts.tick();
    await bot.follows.alerts.tick();
    expect(channel.delivered).toHaveLength(2);
    expect(new Set(channel.delivered.map((d) => d.idempotencyKey)).size).toBe(2);
  });

  test('an article listed again in the change log (a new outlet carried it) does not repeat its alert', async () => {
    const { kv, bot } = await oneBot();
    await bot.handle(command(['follow'], { name: 'Marco Rubio' }));
    clock.set('2026-11-20T15:00:00Z');
    await ingestSeed(kv, clock, RUBIO_SEEDS[0] as string);
    await bot.follows.alerts.tick();
    clock.set('2026-11-20T15:06:00Z');
    await bot.follows.alerts.tick();
    expect(channel.delivered).toHaveLength(1);

    const articleId = (await bot.articles.readLog(1, 1))[0]?.articleId as string;
    const outlet = {
      outlet: 'wire-copy',
      url: 'https://wire.example/rubio',
      file: null,
      seenAt: new Date(clock.now()).toISOString(),
    };
    expect(await bot.articles.addSource(articleId, outlet)).toBe(true);
    clock.set('2026-11-20T17:00:00Z'); // past the interval: a repeat would be allowed to post
    await bot.follows.alerts.tick();
    clock.set('2026-11-20T17:10:00Z');
    await bot.follows.alerts.tick();
    expect(channel.delivered).toHaveLength(1);
  });

  test('quotes by people nobody follows, and articles from before the follow, post nothing', async () => {
    const { kv, bot } = await oneBot();
    clock.set('2026-11-20T15:00:00Z');
    await ingestSeed(kv, clock, RUBIO_SEEDS[0] as string);
    await bot.follows.alerts.tick();
    clock.set('2026-11-20T15:01:00Z');
    await bot.handle(command(['follow'], { name: 'Rubio' }));
    await ingestSeed(kv, clock, '002_2b6a419fb5f5109c.txt'); // quotes Sheinbaum, not Rubio
    clock.set('2026-11-20T16:00:00Z');
    await bot.follows.alerts.tick();
    expect(channel.delivered).toEqual([]);
  });

  test('a surname finds the person the index knows; following lists them; unfollow stops the alerts', async () => {
    const { kv, bot } = await oneBot();
    clock.set('2026-11-20T15:00:00Z');
    await ingestSeed(kv, clock, RUBIO_SEEDS[0] as string);
    const followed = await bot.handle(command(['follow'], { name: 'rubio' }));
    expect(followed.title).toBe('Following Marco Rubio: new quotes will be posted here.');
    expect((await bot.handle(command(['follow'], { name: 'Marco Rubio' }))).title).toBe(
      'This channel already follows Marco Rubio.',
    );
    expect((await bot.handle(command(['following']))).lines).toEqual(['Marco Rubio']);

    clock.set('2026-11-20T15:01:00Z');
    await ingestSeed(kv, clock, RUBIO_SEEDS[1] as string);
    await bot.follows.alerts.tick();
    expect((await bot.handle(command(['unfollow'], { name: 'Rubio' }))).title).toBe(
      'Stopped following Marco Rubio here.',
    );
    clock.set('2026-11-20T16:00:00Z');
    await bot.follows.alerts.tick();
    expect(channel.delivered).toEqual([]);
    expect((await bot.handle(command(['following']))).title).toBe('This channel follows nobody.');
    expect((await bot.handle(command(['unfollow'], { name: 'Rubio' }))).title).toBe(
      'This channel does not follow Rubio.',
    );
  });

  test('a platform 429 holds the alert until the wait it asked for, then posts it once', async () => {
    const { kv, bot } = await oneBot();
    await bot.handle(command(['follow'], { name: 'Marco Rubio' }));
    clock.set('2026-11-20T15:00:00Z');
    await ingestSeed(kv, clock, RUBIO_SEEDS[0] as string);
    await bot.follows.alerts.tick();
    channel.failNext(rateLimited(90));
    clock.set('2026-11-20T15:06:00Z');
    await bot.follows.alerts.tick();
    clock.advance(MINUTE);
    await bot.follows.alerts.tick();
    expect(channel.delivered).toHaveLength(0);
    clock.advance(MINUTE);
    await bot.follows.alerts.tick();
    await bot.follows.alerts.tick();
    expect(channel.attempts).toBe(2);
    expect(channel.delivered).toHaveLength(1);
  });

  test('bad input: empty or overlong names get one clear line; people who cannot manage the channel are refused', async () => {
    const { bot } = await oneBot();
    expect((await bot.handle(command(['follow'], { name: '“”' }))).title).toMatch(/Give a person’s name/);
    expect((await bot.handle(command(['follow'], { name: 'x'.repeat(101) }))).title).toMatch(/too long/);
    const refused = await bot.handle(command(['follow'], { name: 'Marco Rubio' }, false));
    expect(refused.kind).toBe('error');
    expect(refused.title).toMatch(/Only people who can manage this channel/);
    expect((await bot.handle(command(['following']))).title).toBe('This channel follows nobody.');
  });
});

describe('follow alerts with two instances on one store', () => {
  test('the same new quote is announced once, whichever instance sees it', async () => {
    const stores = await openSharedStores(clock);
    try {
      const a = followBot(stores.a, clock, channel);
      const b = followBot(stores.b, clock, channel);
      await a.follows.alerts.tick();
      await a.handle(command(['follow'], { name: 'Marco Rubio' }));
      clock.set('2026-11-20T15:00:00Z');
      await ingestSeed(stores.b, clock, RUBIO_SEEDS[0] as string);
      await Promise.all([a.follows.alerts.tick(), b.follows.alerts.tick()]);
      clock.set('2026-11-20T15:06:00Z');
      await Promise.all([a.follows.alerts.tick(), b.follows.alerts.tick()]);
      await Promise.all([a.follows.alerts.tick(), b.follows.alerts.tick()]);
      expect(channel.delivered).toHaveLength(1);
      await a.follows.alerts.stop();
      await b.follows.alerts.stop();
      a.index.close();
      b.index.close();
    } finally {
      await stores.close();
    }
  });
});
