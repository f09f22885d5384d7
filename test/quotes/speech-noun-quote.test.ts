import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import { findQuote } from './find-quote.ts';

describe('a short quotation inside a noun phrase of speech', () => {
  it('keeps the words an attack or appeal quotes, said by the noun’s owner or the clause’s subject', () => {
    const money = findQuote(
      'Economists were split. But Ana Ruiz’s broadside against “easy money” drew praise.',
      'easy money',
    );
    expect(money.speaker.name).toBe('Ana Ruiz');
    expect(money.content.text).toBe('easy money');
    const values = findQuote(
      'Tom Reed was asked to defend his criticism of “coastal elites.” He did.',
      'coastal elites',
    );
    expect(values.speaker.name).toBe('Tom Reed');
  });

  it('keeps the value of an owned answer or pick after a copula', () => {
    const show = findQuote(
      'Mayor Ana Ruiz is busy, but her guilty pleasure is “Dancing Nights.” She never misses it.',
      'Dancing',
    );
    expect(show.speaker.name).toBe('Ana Ruiz');
    const no = findQuote('Tom Reed was asked twice about the deal. His answer was “no.”', 'no.');
    expect(no.speaker.name).toBe('Tom Reed');
  });

  it('leaves an unowned copula or an unknown noun alone', () => {
    expect(
      analyzeArticle('The vote was close. The answer is “no.” The primary was a “closed” one.').quotes,
    ).toHaveLength(0);
  });
});
