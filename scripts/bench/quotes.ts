// Quote engine speed on the PolNeAR texts: articles per second through the whole per-article pipeline
// (tokens → sentences → entities → quotes → coreference), and its ratio to a plain /\p{L}+/gu pass over the same text.
// Run alone: `node --import tsx scripts/bench/quotes.ts [--quick]`. One core: everything runs on the main thread.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import { type BenchFigure, type BenchOptions, POLNEAR_DIR } from './harness.ts';

function loadTexts(): string[] {
  const dir = join(POLNEAR_DIR, 'text');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

let sink = 0;

/** Articles per second for one pass of `work` over all texts. */
function passRate(texts: string[], work: (text: string) => number): number {
  const started = performance.now();
  for (const text of texts) sink += work(text);
  return texts.length / ((performance.now() - started) / 1000);
}

/**
 * Alternates the two passes so both see the same machine load; returns each one's best rate and the median of the
 * per-round ratios (a ratio from one round compares like with like). The first round only warms the JIT.
 */
function compare(texts: string[], rounds: number, base: (t: string) => number, subject: (t: string) => number) {
  let bestBase = 0;
  let bestSubject = 0;
  const ratios: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const rateBase = passRate(texts, base);
    const rateSubject = passRate(texts, subject);
    if (round === 0) continue;
    bestBase = Math.max(bestBase, rateBase);
    bestSubject = Math.max(bestSubject, rateSubject);
    ratios.push(rateBase / rateSubject);
  }
  ratios.sort((x, y) => x - y);
  return { base: bestBase, subject: bestSubject, ratio: ratios[Math.floor(ratios.length / 2)] ?? 0 };
}

function regexPass(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\p{L}+/gu)) count++;
  return count;
}

export async function benchQuotes(options: Partial<BenchOptions> = {}): Promise<BenchFigure[]> {
  const all = loadTexts();
  const texts = options.quick ? all.slice(0, 200) : all;
  const rounds = options.quick ? 3 : 7;
  const measured = compare(texts, rounds, regexPass, (text) => analyzeArticle(text).quotes.length);
  const engine = measured.subject;
  const baseline = measured.base;
  const bytes = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
  if (sink < 0) process.stderr.write('');
  return [
    {
      name: 'quote engine (whole per-article pipeline)',
      value: Math.round(engine),
      unit: 'articles/s',
      ratio: Math.round(measured.ratio * 10) / 10,
      ratioTo: 'the regex pass time',
      target: '≥ 400 articles/s, ≤ 25×',
    },
    { name: '/\\p{L}+/gu tokenization baseline', value: Math.round(baseline), unit: 'articles/s' },
    { name: 'mean PolNeAR article size', value: Math.round(bytes), unit: 'chars' },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await benchQuotes({ quick: process.argv.includes('--quick') });
  for (const f of figures) {
    process.stdout.write(
      `${f.name.padEnd(44)} ${String(f.value).padStart(8)} ${f.unit}${f.ratio ? `  (${f.ratio}× the regex pass)` : ''}\n`,
    );
  }
}
