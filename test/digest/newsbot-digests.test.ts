import { describe, expect, test } from 'vitest';
import { Newsbot } from '../../src/core/newsbot.ts';
import { silentLogger } from '../../src/core/ports.ts';
import { command, ingestSeed } from '../follow/follow-bot.ts';
import { FakeClock } from '../schedule/fake-clock.ts';
import { FarSidePoster } from './far-side-poster.ts';
import { openSharedStores } from './shared-stores.ts';

const FRIDAY = [
  '000_1ba7f7b49b2fcce1.txt',
  '001_f7db4d455873c533.txt',
  '002_2b6a419fb5f5109c.txt',
  '004_a3af21f984c6ba0f.txt',
];

describe('digests through two Newsbot cores sharing one store', () => {
  test('subscribed on one core, posted once by the two, with the four Friday reports as one story', async () => {
    const clock = FakeClock.at('2026-11-20T12:00:00Z');
    const stores = await openSharedStores(clock);
    const channel = new FarSidePoster();
    const core = (kv: typeof stores.a) =>
      new Newsbot({ kv, clock, logger: silentLogger, poster: channel, options: { indexPath: ':memory:' } });
    const [a, b] = [core(stores.a), core(stores.b)];
    try {
      const subscribed = await a.handle(command(['digest', 'subscribe'], { time: '08:00', timezone: 'Europe/Madrid' }));
      expect(subscribed.kind).toBe('info');
      for (const [i, file] of FRIDAY.entries()) {
        clock.set(`2026-11-20T1${5 + i}:00:00Z`);
        await ingestSeed(stores.b, clock, file);
      }

      const preview = await a.handle(command(['digest', 'now']));
      expect(preview.stories?.[0]?.sources).toHaveLength(4);
      expect(channel.delivered).toHaveLength(0); // `now` answers the person; it does not post on the schedule

      clock.set('2026-11-21T07:00:05Z'); // 08:00 in Madrid
      await Promise.all([a.digests.scheduler.refresh(), b.digests.scheduler.refresh()]);
      await Promise.all([a.digests.scheduler.runDue(), b.digests.scheduler.runDue()]);
      expect(channel.delivered).toHaveLength(1);
      const [digest] = channel.delivered;
      expect(digest?.destination).toBe('discord:G1:C1');
      expect(digest?.reply.stories).toHaveLength(1);
      expect(digest?.reply.stories?.[0]?.sources).toHaveLength(4);
      expect(digest?.reply.stories?.[0]?.summary?.length).toBeGreaterThan(80);
    } finally {
      for (const bot of [a, b]) {
        await bot.digests.scheduler.stop();
        bot.index.close();
      }
      await stores.close();
    }
  });
});
