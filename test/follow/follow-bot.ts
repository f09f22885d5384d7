import { join } from 'node:path';
import { ingestParsed } from '../../src/core/ingest/ingest-parsed.ts';
import { readArticleFiles } from '../../src/core/ingest/read-article-files.ts';
import type { Invocation } from '../../src/core/model/invocation.ts';
import { Newsbot } from '../../src/core/newsbot.ts';
import { type Clock, silentLogger } from '../../src/core/ports.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import type { FarSidePoster } from '../digest/far-side-poster.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** Marco Rubio is quoted in these three Friday reports; 002 quotes only Sheinbaum. */
export const RUBIO_SEEDS = ['001_f7db4d455873c533.txt', '004_a3af21f984c6ba0f.txt', '000_1ba7f7b49b2fcce1.txt'];

/** Ingests one seed file through the real pipeline (read → clean → analyse → store → change log) at the clock's time. */
export async function ingestSeed(kv: KvStore, clock: Clock, file: string): Promise<void> {
  const articles = new ArticleRepository(kv, clock);
  for (const parsed of await readArticleFiles([join(SEEDS, file)], { maxBytes: 1_000_000 })) {
    if ('reason' in parsed) throw new Error(parsed.reason);
    const result = await ingestParsed({ articles, clock }, parsed);
    if (result.status === 'rejected') throw new Error(result.reason);
  }
}

/** A core on `kv` posting to the far side, with alerts batched for 5 minutes and at most one per hour. */
export function followBot(kv: KvStore, clock: Clock, poster: FarSidePoster): Newsbot {
  return new Newsbot({
    kv,
    clock,
    logger: silentLogger,
    poster,
    options: { indexPath: ':memory:', followAlertIntervalMs: 60 * 60_000 },
  });
}

export function command(command: string[], args: Record<string, string> = {}, canManageChannel = true): Invocation {
  return {
    platform: 'discord',
    destination: 'discord:G1:C1',
    user: { id: 'U1', canManageChannel },
    command,
    args,
  };
}
