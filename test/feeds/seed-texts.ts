import { readdirSync, readFileSync } from 'node:fs';

const seedDir = new URL('../../seeds/', import.meta.url);

/** The five seed articles: 0–3 are four outlets' own reports of one story, 4 is a follow-up. */
export const [seed0, seed1, seed2, seed3, seed4] = readdirSync(seedDir)
  .sort()
  .map((name) => readFileSync(new URL(name, seedDir), 'utf8')) as [string, string, string, string, string];

/** The same wire story as another site republishes it: its own headline, a byline and a footer. */
export function wireCopy(text: string): string {
  return `By the Wire desk\n\n${text}\n\nCopyright 2025 The Wire. Republished with permission.`;
}
