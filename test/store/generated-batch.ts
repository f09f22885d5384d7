import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../../src/core/ingest/article-from-source.ts';
import type { ParsedArticle } from '../../src/core/ingest/parsed-article.ts';

const seeds = path.resolve(import.meta.dirname, '../../seeds');
const seedTexts = ['000_1ba7f7b49b2fcce1.txt', '001_f7db4d455873c533.txt', '003_709c97691079b0b5.txt'].map((name) =>
  readFileSync(path.join(seeds, name), 'utf8'),
);

/** `count` distinct realistic articles (a seed text under a numbered dateline), the same on every call. */
export function generatedBatch(count: number): ParsedArticle[] {
  return Array.from({ length: count }, (_, n) =>
    articleFromText(`Dispatch ${n + 1} from the wire desk.\n\n${seedTexts[n % seedTexts.length]}`, {
      title: `Dispatch ${n + 1}`,
      url: null,
      outlet: 'wire',
      publishedAt: null,
    }),
  );
}
