import { randomUUID } from 'node:crypto';
import KeyvRedis from '@keyv/redis';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/core/store/open-store.ts';
import { StoreError } from '../../src/core/store/store-error.ts';
import { storageContract } from './contract.ts';
import { startCutProxy } from './tcp-cut-proxy.ts';

const redisUrl = process.env.REDIS_URL;
const namespace = `newsbot-test-${randomUUID()}`;

async function clearNamespace(url: string) {
  const adapter = new KeyvRedis(url, { namespace });
  await adapter.clear();
  await adapter.disconnect();
}

describe.skipIf(!redisUrl)('redis store', () => {
  const url = redisUrl as string;
  afterAll(() => clearNamespace(url));

  storageContract('redis://', { open: (clock) => openStore(url, { clock, namespace }) });

  it('stores keys under the Keyv namespace so a plain Keyv Redis adapter reads them', async () => {
    const store = await openStore(url, { namespace });
    await store.set('article:ns', { title: 'T' });
    const adapter = new KeyvRedis(url, { namespace });
    expect(JSON.parse((await adapter.get('article:ns')) as string)).toEqual({ value: { title: 'T' } });
    await adapter.disconnect();
    await store.close();
  });

  it('fails operations clearly while Redis is away, then recovers with the committed data', async () => {
    const target = new URL(url);
    const proxy = await startCutProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port());
    const store = await openStore(proxied.toString(), { namespace });
    try {
      await store.set('article:committed', 'kept');
      await proxy.cut();
      const started = Date.now();
      const failure = store.get('article:committed');
      await expect(failure).rejects.toBeInstanceOf(StoreError);
      await expect(store.set('article:during', 'x')).rejects.toThrow(`store ${store.displayUrl} failed to write`);
      expect(Date.now() - started).toBeLessThan(2_000);
      await proxy.restore();
      await expect
        .poll(() => store.get('article:committed').catch(() => 'still down'), { timeout: 8_000 })
        .toBe('kept');
      expect(await store.add('article:after', 'ok')).toBe(true);
    } finally {
      await store.close();
      await proxy.stop();
    }
  });
});
