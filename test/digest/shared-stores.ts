import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvRedis from '@keyv/redis';
import type { Clock } from '../../src/core/ports.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';

/**
 * Two handles on one store, as two running instances have: Redis when REDIS_URL is set (unique namespace), else one
 * SQLite file opened twice. `close` closes both and removes what the test wrote.
 */
export async function openSharedStores(clock: Clock): Promise<{ a: KvStore; b: KvStore; close(): Promise<void> }> {
  const redis = process.env.REDIS_URL;
  if (redis) {
    const namespace = `test-digest-${randomUUID()}`;
    const a = await openStore(redis, { clock, namespace });
    const b = await openStore(redis, { clock, namespace });
    return {
      a,
      b,
      close: async () => {
        await Promise.all([a.close(), b.close()]);
        const adapter = new KeyvRedis(redis, { namespace });
        await adapter.clear();
        await adapter.disconnect();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsbot-digest-'));
  const url = `sqlite://${join(dir, 'store.sqlite')}`;
  const a = await openStore(url, { clock });
  const b = await openStore(url, { clock });
  return {
    a,
    b,
    close: async () => {
      await Promise.all([a.close(), b.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
