import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DigestService } from '../../src/core/digest/digest-service.ts';
import { IndexDigestSource } from '../../src/core/digest/index-digest-source.ts';
import { NewsIndex } from '../../src/core/index/news-index.ts';
import { silentLogger } from '../../src/core/ports.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { FakeClock } from '../schedule/fake-clock.ts';
import { FarSidePoster, rateLimited } from './far-side-poster.ts';
import { SEED_FILES, seedInput } from './seed-articles.ts';
import { openSharedStores } from './shared-stores.ts';

const CHANNEL = 'slack:T1:C1';
const MINUTE = 60_000;

let clock: FakeClock;
let stores: Awaited<ReturnType<typeof openSharedStores>>;
let index: NewsIndex;

function instance(kv: KvStore, poster: FarSidePoster, instanceId: string): DigestService {
  return new DigestService({
    kv,
    clock,
    logger: silentLogger,
    source: new IndexDigestSource(index),
    poster: () => poster,
    defaultTimeZone: 'UTC',
    instanceId,
  });
}

async function subscribeMadrid(service: DigestService, filter: string | null = null) {
  await service.subscribe({
    destination: CHANNEL,
    time: '08:00',
    timeZone: 'Europe/Madrid',
    filter,
    createdBy: 'U1',
  });
}

beforeEach(async () => {
  clock = FakeClock.at('2026-03-27T12:00:00Z');
  stores = await openSharedStores(clock);
  index = NewsIndex.open(':memory:');
});

afterEach(async () => {
  index.close();
  await stores.close();
});

describe('scheduled digests: the right instant, exactly once', () => {
  test('08:00 Europe/Madrid posts at 07:00 UTC before the DST change and 06:00 UTC after it, once each', async () => {
    const poster = new FarSidePoster();
    const service = instance(stores.a, poster, 'one');
    await subscribeMadrid(service);

    clock.set('2026-03-28T06:59:59Z');
    await service.scheduler.runDue();
    expect(poster.delivered).toHaveLength(0);
    clock.set('2026-03-28T07:00:00Z');
    await service.scheduler.runDue();
    await service.scheduler.runDue();
    expect(poster.delivered).toHaveLength(1);

    clock.set('2026-03-29T05:59:59Z');
    await service.scheduler.runDue();
    expect(poster.delivered).toHaveLength(1);
    clock.set('2026-03-29T06:00:00Z');
    await service.scheduler.runDue();
    expect(poster.delivered).toHaveLength(2);
    expect(poster.delivered.map((d) => d.idempotencyKey.slice(-24))).toEqual([
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T06:00:00.000Z',
    ]);
    expect(poster.delivered.every((d) => d.destination === CHANNEL && d.reply.kind === 'digest')).toBe(true);
  });

  test('two instances sharing one store post one digest between them', async () => {
    const channel = new FarSidePoster();
    const a = instance(stores.a, channel, 'a');
    const b = instance(stores.b, channel, 'b');
    await subscribeMadrid(a);
    clock.set('2026-03-28T07:00:30Z');
    await Promise.all([a.scheduler.runDue(), b.scheduler.runDue(), a.scheduler.runDue(), b.scheduler.runDue()]);
    await Promise.all([a.scheduler.refresh(), b.scheduler.refresh()]);
    expect(channel.delivered).toHaveLength(1);
  });

  test('an instance killed between claim and post: the digest is retried once after the lease, not lost', async () => {
    const dead = new FarSidePoster();
    dead.hang();
    const channel = new FarSidePoster();
    const a = instance(stores.a, dead, 'a');
    const b = instance(stores.b, channel, 'b');
    await subscribeMadrid(a);
    clock.set('2026-03-28T07:00:00Z');
    void a.scheduler.runDue(); // claims, then never finishes posting: the process "dies" here
    await waitFor(() => dead.attempts === 1);

    expect(await b.scheduler.runDue()).toEqual([expect.objectContaining({ status: 'claimed-elsewhere' })]);
    expect(channel.delivered).toHaveLength(0);

    clock.advance(5 * MINUTE + 1000);
    await b.scheduler.runDue();
    await b.scheduler.runDue();
    expect(channel.delivered).toHaveLength(1);
    // Same key as the dead instance's attempt, so the adapter can drop it if that post did reach the platform.
    expect(channel.delivered[0]?.idempotencyKey).toMatch(/^digest:claim:.+:2026-03-28T07:00:00.000Z$/);
  });

  test('a platform 429 is retried after the wait it asked for, and the digest is posted once', async () => {
    const channel = new FarSidePoster();
    channel.failNext(rateLimited(120));
    const service = instance(stores.a, channel, 'one');
    await subscribeMadrid(service);
    clock.set('2026-03-28T07:00:00Z');

    expect(await service.scheduler.runDue()).toEqual([expect.objectContaining({ status: 'failed' })]);
    clock.advance(60_000);
    expect(await service.scheduler.runDue()).toEqual([expect.objectContaining({ status: 'waiting-to-retry' })]);
    expect(channel.delivered).toHaveLength(0);
    clock.advance(61_000);
    await service.scheduler.runDue();
    await service.scheduler.runDue();
    expect(channel.attempts).toBe(2);
    expect(channel.delivered).toHaveLength(1);
  });

  test('failures without a requested wait back off exponentially', async () => {
    const channel = new FarSidePoster();
    channel.failNext(new Error('socket hang up'), new Error('502 Bad Gateway'));
    const service = instance(stores.a, channel, 'one');
    await subscribeMadrid(service);
    clock.set('2026-03-28T07:00:00Z');
    await service.scheduler.runDue(); // fails: next try in 1 min
    clock.advance(MINUTE);
    await service.scheduler.runDue(); // fails: next try in 2 min
    clock.advance(MINUTE);
    expect(await service.scheduler.runDue()).toEqual([expect.objectContaining({ status: 'waiting-to-retry' })]);
    clock.advance(MINUTE);
    expect(await service.scheduler.runDue()).toEqual([expect.objectContaining({ status: 'posted' })]);
    expect(channel.delivered).toHaveLength(1);
  });

  test('after three days of downtime, start posts the missed digest once, marked late', async () => {
    const channel = new FarSidePoster();
    const service = instance(stores.a, channel, 'one');
    await subscribeMadrid(service);
    clock.set('2026-03-31T09:30:00Z');
    await service.scheduler.start();
    await service.scheduler.stop();
    await service.scheduler.runDue();
    expect(channel.delivered).toHaveLength(1);
    const reply = channel.delivered[0]?.reply;
    expect(reply?.lines?.join('\n')).toMatch(/Posted late: this digest was due Tue 31 Mar, 08:00 Europe\/Madrid/);
    expect(channel.delivered[0]?.idempotencyKey).toMatch(/2026-03-31T06:00:00.000Z$/);
  });

  test('a damaged stored subscription is logged and skipped; the other channels still get their digest', async () => {
    const channel = new FarSidePoster();
    const service = instance(stores.a, channel, 'one');
    await subscribeMadrid(service);
    await service.subscriptions.put({
      id: 'broken',
      destination: 'discord:G9:C9',
      time: '99:99',
      timeZone: 'Nowhere/Atlantis',
      filter: null,
      createdAt: '2026-03-01T00:00:00.000Z',
      createdBy: 'U9',
    });
    clock.set('2026-03-28T07:00:00Z');
    await service.scheduler.refresh();
    await service.scheduler.stop();
    expect(channel.delivered.map((d) => d.destination)).toEqual([CHANNEL]);
  });

  test('without a poster nothing is claimed, so the digest goes out once a poster exists', async () => {
    const channel = new FarSidePoster();
    let poster: FarSidePoster | undefined;
    const service = new DigestService({
      kv: stores.a,
      clock,
      logger: silentLogger,
      source: new IndexDigestSource(index),
      poster: () => poster,
      defaultTimeZone: 'UTC',
    });
    await subscribeMadrid(service);
    clock.set('2026-03-28T07:00:00Z');
    expect(await service.scheduler.runDue()).toEqual([]);
    poster = channel;
    await service.scheduler.runDue();
    expect(channel.delivered).toHaveLength(1);
  });
});

describe('what each scheduled digest covers', () => {
  test('each digest covers the news since the previous one: the Friday story, then a quiet day, then the follow-up', async () => {
    for (const seed of SEED_FILES) index.add(seedInput(seed));
    clock.set('2026-11-19T12:00:00Z');
    const channel = new FarSidePoster();
    const service = instance(stores.a, channel, 'one');
    await subscribeMadrid(service);

    for (const day of ['2026-11-21', '2026-11-22', '2026-11-25']) {
      clock.set(`${day}T07:00:00Z`); // 08:00 in Madrid (CET)
      await service.scheduler.runDue();
    }
    const [friday, quiet, followUp] = channel.delivered.map((d) => d.reply);
    expect(friday?.stories).toHaveLength(1);
    expect(friday?.stories?.[0]?.sources).toHaveLength(4);
    expect(quiet?.title).toMatch(/^Quiet day/);
    expect(followUp?.stories).toHaveLength(1);
    expect(followUp?.stories?.[0]?.sources.map((s) => s.outlet)).toEqual(['Outlet Five']);
  });

  test("a channel's filter keeps only stories that mention it", async () => {
    for (const seed of SEED_FILES) index.add(seedInput(seed));
    clock.set('2026-11-19T12:00:00Z');
    const channel = new FarSidePoster();
    const service = instance(stores.a, channel, 'one');
    await subscribeMadrid(service, 'Pentagon');
    clock.set('2026-11-21T07:00:00Z');
    await service.scheduler.runDue();
    clock.set('2026-11-25T07:00:00Z');
    await service.scheduler.runDue();
    const [friday, followUp] = channel.delivered.map((d) => d.reply);
    // Only two Friday reports mention the Pentagon, but the whole story is kept with all its outlets.
    expect(friday?.title).toBe('News digest on “Pentagon”: 1 story');
    expect(friday?.stories?.[0]?.sources).toHaveLength(4);
    expect(followUp?.title).toBe('Quiet day: no new stories on “Pentagon”.');
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition not reached');
}
