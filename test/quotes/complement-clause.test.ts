import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import { findQuote } from './find-quote.ts';

describe('a quotation inside the complement of a verb outside the speech lexicon', () => {
  it('takes the whole "that" clause ("found that …", "made clear that …", "is sure that …")', () => {
    const found = findQuote('The audit by Mara Levin found that the agency was “badly run” for years.', 'badly run');
    expect(found.kind).toBe('mixed');
    expect(found.content.text).toBe('that the agency was “badly run” for years');
    expect(found.speaker.name).toBe('Mara Levin');
    const clear = findQuote('Governor Ana Ruiz made clear that her staff showed “respect” to the court.', 'respect');
    expect(clear.content.text).toBe('that her staff showed “respect” to the court');
    expect(clear.speaker.name).toBe('Ana Ruiz');
    const sure = findQuote('Tom Reed is sure that the toll will be “a giveaway” to the builder.', 'giveaway');
    expect(sure.content.text).toBe('that the toll will be “a giveaway” to the builder');
  });

  it('skips a short phrase between the verb and "that" ("found in 2019 that")', () => {
    const q = findQuote(
      'Two engineers, Ana Ruiz and Tom Reed, found in 2019 that the dam was “near collapse” then.',
      'near collapse',
    );
    expect(q.content.text).toBe('that the dam was “near collapse” then');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });

  it('takes the object and its "as" description ("waves off the delay as …", "casts Ruiz as …")', () => {
    const off = findQuote('The mayor, Tom Reed, waves off the delay as having “minimal” impact.', 'minimal');
    expect(off.content.text).toBe('the delay as having “minimal” impact');
    expect(off.speaker.name).toBe('Tom Reed');
    const casts = findQuote('The new ad casts Ana Ruiz as a senator who would “unravel” the deal.', 'unravel');
    expect(casts.content.text).toBe('Ana Ruiz as a senator who would “unravel” the deal');
    expect(casts.cue?.text).toBe('casts');
  });

  it('reads a plain verb form after a plural subject or a modal ("Critics see the bill as …")', () => {
    const q = findQuote('Critics see the bill as a “blank check” for the mayor.', 'blank check');
    expect(q.content.text).toBe('the bill as a “blank check” for the mayor');
    expect(q.cue?.text).toBe('see');
  });

  it('goes on past the quotation’s own comma into a reason ("“a rush to judgment,” because …")', () => {
    const q = findQuote(
      'The Ruiz campaign called the ruling a “rush to judgment,” because the count is not over. Officials disagreed.',
      'rush to judgment',
    );
    expect(q.content.text.endsWith('the ruling a “rush to judgment,” because the count is not over')).toBe(true);
  });

  it('reads a hearer between a persuading verb and "that" and a dictum as a noun of speech', () => {
    const q = findQuote(
      'The party is trying to convince the judges that they should restore the "golden week" of voting.',
      'golden week',
    );
    expect(q.content.text).toBe('that they should restore the "golden week" of voting');
    expect(q.cue?.text).toBe('convince');
    const dictum = findQuote(
      'Many voters followed Ana Ruiz’s dictum that the river was a "sacred border" for the city.',
      'sacred border',
    );
    expect(dictum.content.text).toContain('that the river was a "sacred border" for the city');
    expect(dictum.speaker.name).toBe('Ana Ruiz');
  });

  it('leaves a relative "that" and a second "as" alone (no clause is reported there)', () => {
    const relative = analyzeArticle('Tom Reed signed a bill that created the “green plates” last year.').quotes;
    expect(relative.every((q) => !q.content.text.startsWith('that'))).toBe(true);
    const host = analyzeArticle(
      'Tom Reed built his name as a fine reporter as host of “The Morning Hour” on cable.',
    ).quotes;
    expect(host.every((q) => !q.content.text.startsWith('his name'))).toBe(true);
  });

  it('a colon may lead from the "that" clause into the quotation', () => {
    const text =
      'Ana Ruiz spoke first. She is sure that closing the mill will only make the town angrier: “They are making enemies.”';
    const q = findQuote(text, 'making enemies');
    expect(
      q.content.text.startsWith('that closing the mill will only make the town angrier: “They are making enemies.'),
    ).toBe(true);
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
});
