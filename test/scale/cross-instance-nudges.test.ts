import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { announcingStore } from '../../src/core/coordination/announcing-store.ts';
import { catchUpOnNudge } from '../../src/core/coordination/catch-up-on-nudge.ts';
import { ARTICLES_TOPIC, type ChangeNudges } from '../../src/core/coordination/change-nudges.ts';
import { createLocalNudges } from '../../src/core/coordination/local-nudges.ts';
import { createRedisNudges } from '../../src/core/coordination/redis-nudges.ts';
import { silentLogger } from '../../src/core/ports.ts';
import { openStore } from '../../src/core/store/open-store.ts';

const REDIS_URL = process.env.REDIS_URL;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function nudgesOn(url: string, namespace: string, coalesceMs = 10): Promise<ChangeNudges> {
  const nudges = await createRedisNudges(url, { namespace, logger: silentLogger, coalesceMs });
  cleanups.push(() => nudges.close());
  return nudges;
}

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('not within time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe.skipIf(!REDIS_URL)('Redis nudges between instances', () => {
  it('an announcement on one instance reaches the other', async () => {
    const namespace = `nudge-test-${randomUUID()}`;
    const [a, b] = [await nudgesOn(REDIS_URL as string, namespace), await nudgesOn(REDIS_URL as string, namespace)];
    let heard = 0;
    await b.listen(ARTICLES_TOPIC, () => heard++);
    a.announce(ARTICLES_TOPIC);
    await until(() => heard === 1);
    await settle();
    expect(heard).toBe(1);
  });

  it('a burst of announcements is sent as one, and other namespaces hear nothing', async () => {
    const namespace = `nudge-test-${randomUUID()}`;
    const a = await nudgesOn(REDIS_URL as string, namespace, 50);
    const b = await nudgesOn(REDIS_URL as string, namespace);
    const stranger = await nudgesOn(REDIS_URL as string, `nudge-test-${randomUUID()}`);
    let heard = 0;
    let strangerHeard = 0;
    await b.listen(ARTICLES_TOPIC, () => heard++);
    await stranger.listen(ARTICLES_TOPIC, () => strangerHeard++);
    for (let i = 0; i < 200; i++) a.announce(ARTICLES_TOPIC);
    await until(() => heard >= 1);
    await settle();
    expect([heard, strangerHeard]).toEqual([1, 0]);
  });

  it('announcements still waiting at close are sent, not dropped', async () => {
    const namespace = `nudge-test-${randomUUID()}`;
    const a = await createRedisNudges(REDIS_URL as string, { namespace, logger: silentLogger, coalesceMs: 10_000 });
    const b = await nudgesOn(REDIS_URL as string, namespace);
    let heard = 0;
    await b.listen(ARTICLES_TOPIC, () => heard++);
    a.announce(ARTICLES_TOPIC);
    await a.close();
    await until(() => heard === 1);
  });

  it('an unreachable Redis fails with one line naming it, password hidden', async () => {
    await expect(
      createRedisNudges('redis://:hunter2@127.0.0.1:1', { namespace: 'x', logger: silentLogger }),
    ).rejects.toThrow(/^cannot reach Redis redis:\/\/:\*\*\*@127\.0\.0\.1:1 for cross-instance nudges: /);
  });
});

describe('the store announces change-log slots', () => {
  it('a new log slot nudges; a slot someone else took, and ordinary keys, do not', async () => {
    const nudges = createLocalNudges();
    const kv = announcingStore(await openStore('memory://'), nudges);
    cleanups.push(() => kv.close());
    let heard = 0;
    await nudges.listen(ARTICLES_TOPIC, () => heard++);
    expect(await kv.add('log:1', 'article-a')).toBe(true);
    await settle();
    expect(heard).toBe(1);
    expect(await kv.add('log:1', 'article-b')).toBe(false);
    await kv.set('article:a', { title: 'x' });
    await kv.add('digest:claim:s1:2026-11-21', 'me');
    await kv.set('log:head', 1);
    await settle();
    expect(heard).toBe(1);
    expect(await kv.get('log:1')).toBe('article-a'); // the wrapper stores through
  });
});

describe('catching up on a nudge', () => {
  it('a nudge during a running catch-up triggers one more, so nothing waits for the poll', async () => {
    const nudges = createLocalNudges();
    let logLength = 1;
    let seen = 0;
    let calls = 0;
    const target = {
      async catchUp() {
        calls++;
        const visible = logLength; // what this read of the log sees
        await new Promise((resolve) => setTimeout(resolve, 30));
        const applied = visible - seen;
        seen = visible;
        return applied;
      },
    };
    const service = catchUpOnNudge(nudges, target, silentLogger);
    await service.start();
    nudges.announce(ARTICLES_TOPIC);
    await new Promise((resolve) => setTimeout(resolve, 10)); // the first catch-up is now reading
    logLength = 2;
    nudges.announce(ARTICLES_TOPIC);
    await until(() => seen === 2);
    await service.idle();
    await service.stop();
    expect(seen).toBe(2);
    expect(calls).toBeLessThanOrEqual(4);
  });
});
