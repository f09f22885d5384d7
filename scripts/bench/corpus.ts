// The answers benchmark corpus: N articles generated deterministically from the PolNeAR train texts.
// Run alone: `node --import tsx scripts/bench/corpus.ts [N] [--write]` analyses the 840 texts once (cached under
// bench/out/, git-ignored) and, with --write, dumps N stored articles as JSON lines for inspection or other benches.
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexInput } from '../../src/core/index/stored-article.ts';
import { toStoredQuotes } from '../../src/core/ingest/article-quotes.ts';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import type { ArticleAnalysis } from '../../src/core/quotes/article-analysis.ts';
import { POLNEAR_DIR } from './harness.ts';

export const BENCH_OUT = fileURLToPath(new URL('../../bench/out/', import.meta.url));
/** Bump when the generation changes, so cached corpora and indexes are rebuilt. */
export const CORPUS_VERSION = 1;

interface BaseArticle {
  name: string;
  publisher: string;
  title: string;
  text: string;
  analysis: ArticleAnalysis;
}

function metadata(): Map<string, { publisher: string; title: string }> {
  const rows = readFileSync(join(POLNEAR_DIR, 'metadata.tsv'), 'utf8').trim().split('\n').slice(1);
  const byName = new Map<string, { publisher: string; title: string }>();
  for (const row of rows) {
    const cols = row.split('\t');
    byName.set(cols[1] ?? '', { publisher: cols[4] ?? 'unknown', title: cols[7] ?? '' });
  }
  return byName;
}

/** The 840 texts with the real quote engine's analysis, computed once and cached. */
export function baseArticles(): BaseArticle[] {
  const cache = join(BENCH_OUT, `polnear-base-v${CORPUS_VERSION}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as BaseArticle[];
  const textDir = join(POLNEAR_DIR, 'text');
  if (!existsSync(textDir)) throw new Error(`PolNeAR texts not found at ${textDir} (set POLNEAR_DIR)`);
  const meta = metadata();
  const files = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const base = files.map((file) => {
    const name = file.slice(0, -4);
    const text = readFileSync(join(textDir, file), 'utf8');
    const info = meta.get(name);
    return {
      name,
      publisher: info?.publisher ?? 'unknown',
      title: info?.title || (text.split('\n')[0] ?? name),
      text,
      analysis: analyzeArticle(text),
    };
  });
  mkdirSync(BENCH_OUT, { recursive: true });
  writeFileSync(cache, JSON.stringify(base));
  return base;
}

/** A small deterministic PRNG (mulberry32), so every run generates the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vu', 'zor', 'pel', 'qui', 'dan', 'sho', 'bri', 'nex', 'mor'];

/** A few made-up words, so the vocabulary keeps growing like a real news stream's names and places do. */
function madeUpParagraph(next: () => number): string {
  const words = Array.from({ length: 8 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''),
  );
  return `Also reported: ${words.join(' ')}.`;
}

const START = Date.parse('2016-01-01T00:00:00Z');
/** Ten minutes apart: 100,000 articles span about two years, so recency windows behave as in a real stream. */
const STEP_MS = 10 * 60 * 1000;

/**
 * Article k of the corpus: PolNeAR text k mod 840 with a paragraph of made-up words appended (the quote offsets stay
 * valid), under its publisher, a copy number in the title, and a time ten minutes after article k-1.
 */
export function* corpusArticles(count: number, base = baseArticles()): Generator<IndexInput> {
  for (let k = 0; k < count; k++) {
    const source = base[k % base.length] as BaseArticle;
    const copy = Math.floor(k / base.length);
    const text = `${source.text.trimEnd()}\n\n${madeUpParagraph(random(k + 1))}`;
    const id = `bench-${k}`;
    const at = new Date(START + k * STEP_MS).toISOString();
    const outlet = source.publisher;
    const url = `https://${outlet}.example/${source.name}/${copy}`;
    yield {
      article: {
        id,
        title: copy === 0 ? source.title : `${source.title} (${copy})`,
        outlet,
        url,
        file: null,
        publishedAt: at,
        ingestedAt: at,
        text,
        original: text,
        offsetMap: [],
        sources: [{ outlet, url, file: null, seenAt: at }],
      },
      quotes: toStoredQuotes(id, source.analysis.quotes),
      entities: source.analysis.entities,
    };
  }
}

async function main(args: string[]): Promise<void> {
  const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
  const started = performance.now();
  const base = baseArticles();
  const quotes = base.reduce((n, b) => n + b.analysis.quotes.length, 0);
  process.stdout.write(
    `PolNeAR base: ${base.length} texts, ${quotes} quotes (${Math.round(performance.now() - started)} ms incl. analysis)\n`,
  );
  if (!args.includes('--write')) return;
  const file = join(BENCH_OUT, `corpus-${count}-v${CORPUS_VERSION}.jsonl`);
  const out = createWriteStream(file);
  for (const article of corpusArticles(count, base)) {
    if (!out.write(`${JSON.stringify(article)}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  process.stdout.write(`wrote ${count} articles to ${file}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
