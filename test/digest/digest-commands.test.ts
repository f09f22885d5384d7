import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { routeInvocation } from '../../src/core/commands/route.ts';
import { digestHandlers } from '../../src/core/digest/digest-handlers.ts';
import { DigestService } from '../../src/core/digest/digest-service.ts';
import { IndexDigestSource } from '../../src/core/digest/index-digest-source.ts';
import { NewsIndex } from '../../src/core/index/news-index.ts';
import type { Invocation } from '../../src/core/model/invocation.ts';
import { silentLogger } from '../../src/core/ports.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { FakeClock } from '../schedule/fake-clock.ts';
import { SEED_FILES, seedInput } from './seed-articles.ts';

let clock: FakeClock;
let kv: KvStore;
let index: NewsIndex;
let service: DigestService;

function run(command: string[], args: Record<string, string> = {}, extra: Partial<Invocation> = {}) {
  const invocation: Invocation = {
    platform: 'slack',
    destination: 'slack:T1:C1',
    user: { id: 'U1', canManageChannel: true },
    command,
    args,
    ...extra,
  };
  return routeInvocation(invocation, digestHandlers(service), (error) => {
    throw error;
  });
}

beforeEach(async () => {
  clock = FakeClock.at('2026-11-20T19:00:00Z');
  kv = await openStore('memory://', { clock });
  index = NewsIndex.open(':memory:');
  for (const seed of SEED_FILES) index.add(seedInput(seed));
  service = new DigestService({
    kv,
    clock,
    logger: silentLogger,
    source: new IndexDigestSource(index),
    poster: () => undefined,
    defaultTimeZone: 'UTC',
  });
});
afterEach(async () => {
  index.close();
  await kv.close();
});

describe('/news digest subscribe', () => {
  test('with no arguments: 08:00 in UTC, and the reply says both are defaults', async () => {
    const reply = await run(['digest', 'subscribe']);
    expect(reply.kind).toBe('info');
    expect(reply.visibility).toBe('ephemeral');
    expect(reply.title).toBe('Daily digest here every day at 08:00 UTC.');
    expect(reply.fallbackText).toContain("Time: 08:00 (default); time zone: UTC (newsbot's default).");
    expect(reply.fallbackText).toContain('Next digest: Sat 21 Nov, 08:00 UTC.');
  });

  test("the workspace's time zone is used when the platform knows it, and the reply says so", async () => {
    const reply = await run(['digest', 'subscribe'], {}, { timeZone: 'America/Mexico_City' });
    expect(reply.title).toBe('Daily digest here every day at 08:00 America/Mexico_City.');
    expect(reply.fallbackText).toContain("(this workspace's time zone)");
  });

  test('time, zone and topic as typed; subscribing again replaces and says what it replaced', async () => {
    await run(['digest', 'subscribe'], { time: '7:30', timezone: 'europe/madrid' });
    const reply = await run(['digest', 'subscribe'], { time: '08:00', timezone: 'Europe/Madrid', filter: 'mexico' });
    expect(reply.title).toBe('Daily digest here every day at 08:00 Europe/Madrid on “mexico”.');
    expect(reply.fallbackText).toContain('This replaces the previous subscription (every day at 07:30 Europe/Madrid).');
    expect(await service.subscriptions.list()).toHaveLength(1);
  });

  test('a platform time zone this runtime does not know falls back to the default, and the reply says so', async () => {
    const reply = await run(['digest', 'subscribe'], {}, { timeZone: 'Mars/Olympus_Mons' });
    expect(reply.title).toBe('Daily digest here every day at 08:00 UTC.');
    expect(reply.fallbackText).toContain("(newsbot's default)");
  });

  test.each([
    [{ filter: 'x'.repeat(101) }, /topic is too long/],
    [{ time: '25:00' }, /not a time of day/],
    [{ timezone: 'Europe/Madird' }, /Unknown time zone “Europe\/Madird”/],
  ])('%o is refused with one clear line and nothing is stored', async (args, message) => {
    const reply = await run(['digest', 'subscribe'], args);
    expect(reply.kind).toBe('error');
    expect(reply.title).toMatch(message);
    expect(await service.subscriptions.list()).toEqual([]);
  });

  test('people who cannot manage the channel are refused', async () => {
    const reply = await run(['digest', 'subscribe'], {}, { user: { id: 'U2', canManageChannel: false } });
    expect(reply.kind).toBe('error');
    expect(reply.title).toMatch(/Only people who can manage this channel/);
    expect(await service.subscriptions.list()).toEqual([]);
  });
});

describe('/news digest list, unsubscribe and now', () => {
  test('list shows the schedule and next time; unsubscribe stops it; list then says there is none', async () => {
    await run(['digest', 'subscribe'], { time: '08:00', timezone: 'Europe/Madrid', filter: 'mexico' });
    const listed = await run(['digest', 'list']);
    expect(listed.title).toBe('Daily digest here every day at 08:00 Europe/Madrid on “mexico”.');
    expect(listed.fallbackText).toContain('Next: Sat 21 Nov, 08:00 Europe/Madrid.');
    expect((await run(['digest', 'unsubscribe'])).title).toMatch(/^Stopped the daily digest here/);
    expect((await run(['digest', 'list'])).title).toBe('This channel has no daily digest.');
    expect((await run(['digest', 'unsubscribe'])).title).toBe('This channel has no daily digest; nothing to stop.');
  });

  test("digest now answers in the channel with the last 24 hours' stories", async () => {
    const reply = await run(['digest', 'now']);
    expect(reply.kind).toBe('digest');
    expect(reply.visibility).toBe('channel');
    expect(reply.title).toBe('News digest: 1 story');
    expect(reply.stories?.[0]?.sources).toHaveLength(4);
    expect(reply.fallbackText).toContain('Outlet One');
  });

  test("digest now uses the channel's filter", async () => {
    await run(['digest', 'subscribe'], { filter: 'Olympics' });
    const reply = await run(['digest', 'now']);
    expect(reply.title).toBe('Quiet day: no new stories on “Olympics”.');
  });
});
