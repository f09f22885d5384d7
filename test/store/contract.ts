import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { StoreError } from '../../src/core/store/store-error.ts';
import { withLock } from '../../src/core/store/with-lock.ts';
import { fakeClock } from './fake-clock.ts';

export interface ContractTarget {
  /** Opens a store on the backend under test; every call in one run must reach the same data. */
  open(clock: ReturnType<typeof fakeClock>): Promise<KvStore>;
  /** False for `memory://`, whose data lives in one store object: the contract then uses one handle for both. */
  sharedAcrossHandles?: boolean;
  /** Removes what the run wrote (a schema, a namespace's keys). */
  cleanUp?(): Promise<void>;
}

/** The behaviour every backend must show; each backend's test file runs it. */
export function storageContract(name: string, target: ContractTarget): void {
  describe(`${name} storage contract`, () => {
    const clock = fakeClock();
    let kv: KvStore;
    let other: KvStore;
    const key = (label: string) => `contract:${label}:${randomUUID()}`;

    beforeAll(async () => {
      kv = await target.open(clock);
      other = target.sharedAcrossHandles === false ? kv : await target.open(clock);
    });
    afterAll(async () => {
      await kv?.close();
      if (other !== kv) await other?.close();
      await target.cleanUp?.();
    });

    it('returns undefined for a missing key', async () => {
      expect(await kv.get(key('missing'))).toBeUndefined();
    });

    it('round-trips JSON values, including strings Keyv escapes', async () => {
      const k = key('json');
      const value = {
        title: ':colon first',
        n: 3.5,
        list: [1, 'two', null],
        nested: { ok: true },
        text: 'Sheinbaum’s “no”',
      };
      await kv.set(k, value);
      expect(await kv.get(k)).toEqual(value);
      expect(await other.get(k)).toEqual(value);
    });

    it('getMany keeps the order of the keys and marks missing ones undefined', async () => {
      const [a, b, missing] = [key('a'), key('b'), key('none')];
      await kv.set(a, 'A');
      await kv.set(b, 'B');
      expect(await kv.getMany([b, missing, a])).toEqual(['B', undefined, 'A']);
      expect(await kv.getMany([])).toEqual([]);
    });

    it('overwrites with set and reports whether delete removed something', async () => {
      const k = key('overwrite');
      await kv.set(k, 1);
      await kv.set(k, 2);
      expect(await kv.get(k)).toBe(2);
      expect(await kv.delete(k)).toBe(true);
      expect(await kv.delete(k)).toBe(false);
      expect(await kv.get(k)).toBeUndefined();
    });

    it('add stores only when the key is absent and never overwrites', async () => {
      const k = key('add');
      expect(await kv.add(k, 'first')).toBe(true);
      expect(await other.add(k, 'second')).toBe(false);
      expect(await kv.get(k)).toBe('first');
    });

    it('expires values after their TTL by the store clock, and add may then take the key', async () => {
      const k = key('ttl');
      await kv.set(k, 'short', 60_000);
      expect(await kv.get(k)).toBe('short');
      expect(await kv.add(k, 'blocked')).toBe(false);
      clock.advance(60_001);
      expect(await kv.get(k)).toBeUndefined();
      expect(await kv.getMany([k])).toEqual([undefined]);
      expect(await other.add(k, 'after expiry', 60_000)).toBe(true);
      expect(await kv.get(k)).toBe('after expiry');
    });

    it('lets exactly one of many concurrent adds from two stores win', async () => {
      const keys = Array.from({ length: 10 }, (_, i) => key(`race${i}`));
      for (const k of keys) {
        const attempts = Array.from({ length: 8 }, (_, i) => (i % 2 ? kv : other).add(k, i));
        const wins = (await Promise.all(attempts)).filter(Boolean);
        expect(wins).toHaveLength(1);
      }
    });

    it('withLock runs for one holder at a time and frees the lock afterwards', async () => {
      const k = key('lock');
      let inside = 0;
      const held = withLock(kv, k, 30_000, async () => {
        inside += 1;
        const second = await withLock(other, k, 30_000, async () => 'second');
        return second;
      });
      expect(await held).toEqual({ acquired: true, result: { acquired: false } });
      expect(inside).toBe(1);
      expect(await withLock(other, k, 30_000, async () => 'again')).toEqual({ acquired: true, result: 'again' });
    });

    it('withLock lets another holder take a lock whose holder died (TTL passed)', async () => {
      const k = key('stale');
      await kv.add(`lock:${k}`, 'crashed holder', 5_000);
      expect((await withLock(other, k, 5_000, async () => 1)).acquired).toBe(false);
      clock.advance(5_001);
      expect(await withLock(other, k, 5_000, async () => 2)).toEqual({ acquired: true, result: 2 });
    });

    it('withLock does not release a lock that expired and was taken by another holder meanwhile', async () => {
      const k = key('overrun');
      await withLock(kv, k, 5_000, async () => {
        clock.advance(5_001); // this holder overran its TTL and another instance took the lock
        expect(await other.add(`lock:${k}`, 'second holder', 60_000)).toBe(true);
      });
      expect(await kv.get(`lock:${k}`)).toBe('second holder');
    });

    it('refuses operations after close with a StoreError naming the store', async () => {
      const closing = await target.open(clock);
      await closing.close();
      const failure = closing.get(key('closed'));
      await expect(failure).rejects.toBeInstanceOf(StoreError);
      await expect(closing.get('x')).rejects.toThrow(closing.displayUrl);
    });
  });
}
