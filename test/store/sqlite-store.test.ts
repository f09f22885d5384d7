import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/core/store/open-store.ts';
import { StoreError } from '../../src/core/store/store-error.ts';
import { storageContract } from './contract.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storageContract('sqlite://', {
  open: (clock) => openStore(`sqlite://${path.join(dir, 'contract.sqlite')}`, { clock }),
});

describe('sqlite store', () => {
  it('creates the folder of a relative path under the working directory and keeps data across reopen', async () => {
    const url = 'sqlite://./nested/data/newsbot.sqlite';
    const first = await openStore(url, { cwd: dir });
    await first.set('article:1', { title: 'kept' });
    await first.close();
    const again = await openStore(url, { cwd: dir });
    expect(await again.get('article:1')).toEqual({ title: 'kept' });
    await again.close();
    expect(readFileSync(path.join(dir, 'nested/data/newsbot.sqlite')).subarray(0, 15).toString()).toBe(
      'SQLite format 3',
    );
  });

  it('opens when several instances start on the same new file at once (no SQLITE_BUSY at startup)', async () => {
    // Before the retry this failed about once in 30 rounds of six openers.
    for (let round = 0; round < 60; round += 1) {
      const url = `sqlite://${path.join(dir, `startup-${round}.sqlite`)}`;
      const stores = await Promise.all(Array.from({ length: 6 }, () => openStore(url)));
      await stores[0]?.set('article:1', { round });
      expect(await stores[5]?.get('article:1')).toEqual({ round });
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('lets exactly one of two stores opened on the same file win each add', async () => {
    const url = `sqlite://${path.join(dir, 'race.sqlite')}`;
    const [a, b] = await Promise.all([openStore(url), openStore(url)]);
    for (let i = 0; i < 20; i += 1) {
      const results = await Promise.all([
        a.add(`claim:${i}`, 'a'),
        b.add(`claim:${i}`, 'b'),
        a.add(`claim:${i}`, 'a2'),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
    }
    await Promise.all([a.close(), b.close()]);
  });

  it('refuses a corrupted file with one clear line and leaves the file untouched', async () => {
    const file = path.join(dir, 'corrupt.sqlite');
    const junk = Buffer.from('this is not a database, it is a shopping list\n'.repeat(200));
    writeFileSync(file, junk);
    const opening = openStore(`sqlite://${file}`);
    await expect(opening).rejects.toBeInstanceOf(StoreError);
    await expect(opening).rejects.toThrow(
      /^store sqlite:\/\/.*corrupt\.sqlite is not a readable SQLite database .*will not reset it/,
    );
    expect(readFileSync(file).equals(junk)).toBe(true);
  });

  it('reports a damaged page inside a valid file when it is read, without resetting', async () => {
    const file = path.join(dir, 'damaged.sqlite');
    const store = await openStore(`sqlite://${file}`);
    for (let i = 0; i < 200; i += 1) await store.set(`article:${i}`, { text: 'x'.repeat(2000) });
    await store.close();
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 4096 * 3, 4096 * 12); // scribble over a run of pages, keep the header
    writeFileSync(file, bytes);
    const reading = (async () => {
      const reopened = await openStore(`sqlite://${file}`);
      try {
        for (let i = 0; i < 200; i += 1) await reopened.get(`article:${i}`);
      } finally {
        await reopened.close().catch(() => {});
      }
    })();
    await expect(reading).rejects.toThrow(/SQLITE_CORRUPT|malformed/);
  });

  it('writes in the Keyv format and namespace, so a plain Keyv reads our values and we read its', async () => {
    const uri = `sqlite://${path.join(dir, 'interop.sqlite')}`;
    const store = await openStore(uri);
    await store.set('article:1', { title: 'ours', note: ':colon' });
    const keyv = new Keyv({ store: new KeyvSqlite(uri), namespace: 'newsbot' });
    expect(await keyv.get('article:1')).toEqual({ title: 'ours', note: ':colon' });
    await keyv.set('claim:x', 'theirs');
    expect(await store.get('claim:x')).toBe('theirs');
    expect(await store.add('claim:x', 'ours')).toBe(false);
    await keyv.disconnect();
    await store.close();
  });

  it('uses WAL so readers do not block the writer', async () => {
    const file = path.join(dir, 'wal.sqlite');
    const store = await openStore(`sqlite://${file}`);
    await store.set('k', 'v');
    expect(readFileSync(file).readUInt8(18)).toBe(2); // header byte 18: 2 = WAL
    await store.close();
  });
});
