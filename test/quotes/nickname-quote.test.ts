import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import { findQuote } from './find-quote.ts';

describe('a quotation in parentheses right after a name', () => {
  it('is the nickname the clause’s subject gave that person', () => {
    const text = 'Tom Reed spent the rally mocking Ana Ruiz (“Little Ana”) and Carl Diaz (“Sleepy Carl”).';
    expect(findQuote(text, 'Little Ana').speaker.name).toBe('Tom Reed');
    expect(findQuote(text, 'Sleepy Carl').speaker.name).toBe('Tom Reed');
  });

  it('leaves a defined term that repeats the name, and abbreviations of organisations', () => {
    const quotes = analyzeArticle(
      'The filing names Maria Lopez (“Lopez”) as a witness. Lawmakers debated the Pacific Trade Pact (“PTP”) again.',
    ).quotes;
    expect(quotes.map((q) => q.content.text).filter((t) => t === 'Lopez' || t === 'PTP')).toHaveLength(0);
  });
});
