import { fileURLToPath } from 'node:url';
import type { Newsbot } from '../core/newsbot.ts';

/** The sample articles shipped with newsbot, so a first run answers at once. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/** Ingests the seed articles when the store has none yet; resolves to how many were added. */
export async function ingestSeedsIfEmpty(bot: Newsbot, seedsDir = SEEDS_DIR): Promise<number> {
  if ((await bot.articles.head()) > 0) return 0;
  const results = await bot.ingestFiles([seedsDir]);
  return results.filter((result) => result.status === 'added').length;
}
