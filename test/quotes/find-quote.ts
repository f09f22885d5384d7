import { expect } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import type { ExtractedQuote } from '../../src/core/quotes/article-analysis.ts';

/** The quote of `text` whose content holds `words`; fails the test, listing what was found, when there is none. */
export function findQuote(text: string, words: string): ExtractedQuote {
  const quotes = analyzeArticle(text).quotes;
  const q = quotes.find((x) => x.content.text.includes(words));
  expect(q, `no quote with "${words}": ${quotes.map((x) => x.content.text).join(' | ')}`).toBeDefined();
  return q as ExtractedQuote;
}
