import { join } from 'node:path';
import { ingestParsed } from '../../src/core/ingest/ingest-parsed.ts';
import { readArticleFiles } from '../../src/core/ingest/read-article-files.ts';
import { Newsbot } from '../../src/core/newsbot.ts';
import { type Clock, silentLogger } from '../../src/core/ports.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

/** A clock tests move by hand. */
export function manualClock(start: string): Clock & { set(iso: string): void } {
  let now = Date.parse(start);
  return { now: () => now, set: (iso) => (now = Date.parse(iso)) };
}

/** Ingests article files through the real pipeline (read → clean → analyse → store → change log) at the clock's time. */
export async function ingestFiles(kv: KvStore, clock: Clock, paths: string[]): Promise<string[]> {
  const articles = new ArticleRepository(kv, clock);
  const ids: string[] = [];
  for (const parsed of await readArticleFiles(paths, { maxBytes: 1_000_000 })) {
    if ('reason' in parsed) throw new Error(parsed.reason);
    const result = await ingestParsed({ articles, clock }, parsed);
    if (result.status !== 'rejected') ids.push(result.id);
  }
  return ids;
}

/** The four Friday reports, then the later call with Trump four days on (seed 003). */
export async function seedBot(options: { kv?: KvStore; indexPath?: string } = {}) {
  const clock = manualClock('2026-11-20T15:00:00.000Z');
  const kv = options.kv ?? (await openStore('memory://', { clock }));
  const friday = [
    '000_1ba7f7b49b2fcce1.txt',
    '001_f7db4d455873c533.txt',
    '002_2b6a419fb5f5109c.txt',
    '004_a3af21f984c6ba0f.txt',
  ];
  const fridayIds = await ingestFiles(
    kv,
    clock,
    friday.map((file) => join(SEEDS_DIR, file)),
  );
  clock.set('2026-11-24T12:00:00.000Z');
  const [callId] = await ingestFiles(kv, clock, [join(SEEDS_DIR, '003_709c97691079b0b5.txt')]);
  const bot = new Newsbot({ kv, clock, logger: silentLogger, options: { indexPath: options.indexPath ?? ':memory:' } });
  await bot.start();
  return { bot, kv, clock, fridayIds, callId: callId as string };
}
