import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';

const seed = readFileSync(new URL('../../seeds/002_2b6a419fb5f5109c.txt', import.meta.url), 'utf8');

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Fastest of three runs, so one pause for garbage collection does not decide the test. */
function bestTime(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    analyzeArticle(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Linear time is checked by comparing the same kind of input at 1× and 4× its size: a linear engine takes about 4×
 * as long, a quadratic one about 16×. The bound (10×) leaves room for noise on a busy machine; no wall-clock target.
 */
function expectLinear(make: (size: number) => string, size: number): void {
  analyzeArticle(make(size / 4)); // warm up the JIT
  const small = bestTime(make(size / 4));
  const large = bestTime(make(size));
  // Below a few milliseconds the timer and the scheduler dominate; count such a run as 5 ms.
  expect(large / Math.max(small, 5)).toBeLessThan(10);
}

describe('analyzeArticle runs in linear time on large and hostile input', () => {
  it('a 1 MB article', () => {
    expectLinear((size) => repeatTo(`${seed}\n\n`, size), 1024 * 1024);
    const analysis = analyzeArticle(repeatTo(`${seed}\n\n`, 1024 * 1024));
    expect(analysis.quotes.length).toBeGreaterThan(100);
  });

  it('10,000 unmatched quotation marks (and 40,000)', () => {
    expectLinear((marks) => 'He said “no and '.repeat(marks), 40_000);
    expectLinear((marks) => 'word " '.repeat(marks), 40_000);
  });

  it('a run of 10,000 quotations joined into one quote (and 40,000)', () => {
    expectLinear((n) => `Jane Doe said: ${'“We go on.” '.repeat(n)}`, 40_000);
    expectLinear((n) => `Jane Doe named ${'“Fargo,” '.repeat(n)}as her favourites.`, 40_000);
  });

  it('one 200 KB sentence full of cues, names and pronouns', () => {
    const unit = 'Senator Jane Doe said the plan, which she said Rubio called bad, would fail, she added, and ';
    expectLinear((size) => repeatTo(unit, size), 200 * 1024);
    const analysis = analyzeArticle(repeatTo(unit, 200 * 1024));
    // Content is bounded per attribution, so the output stays proportional to the input.
    const total = analysis.quotes.reduce((sum, q) => sum + q.content.text.length, 0);
    expect(total).toBeLessThan(4 * 200 * 1024);
  });

  it('keeps every offset inside the text for broken input', () => {
    const text = '“Unclosed quote at the start\n\n"straight "mixed” marks” and ‘single’ ones," she said. ”';
    for (const q of analyzeArticle(text).quotes) {
      expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
      expect(q.content.start).toBeGreaterThanOrEqual(0);
      expect(q.content.end).toBeLessThanOrEqual(text.length);
    }
    expect(analyzeArticle('').quotes).toEqual([]);
    expect(analyzeArticle('   \n\n  ').entities).toEqual([]);
  });
});
