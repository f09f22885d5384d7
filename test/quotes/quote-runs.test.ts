import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import { findQuote } from './find-quote.ts';

describe('runs of quotations', () => {
  it('quotations with only commas or "and" between them are one quote', () => {
    const text = 'The Hartfield crowd chanted “Fix the roads,” and “Open the library.”';
    const q = findQuote(text, 'Fix the roads');
    expect(q.content.text).toBe('“Fix the roads,” and “Open the library.');
    expect(q.content.text).toBe(text.slice(q.content.start, q.content.end));
  });

  it('takes in the titles of a list that were dropped as scare quotes', () => {
    const text = 'Paula Brandt named “Night Harbor,” “Cold Fields” and “Glass Town” as her favourite novels.';
    const q = findQuote(text, 'Night Harbor');
    expect(q.content.text).toContain('Glass Town');
    expect(analyzeArticle(text).quotes.filter((x) => x.content.text.includes('Cold Fields'))).toHaveLength(1);
  });

  it('quotations that follow each other with only spaces between them are one quote', () => {
    const text = 'Coach Dan Mercer spoke after the game.\n“We will win.” “We always do.”';
    const q = findQuote(text, 'We will win');
    expect(q.content.text).toBe('We will win.” “We always do.');
  });

  it('a quotation continued after its cue in the same sentence is one quote', () => {
    const text = 'Mayor Lena Ortiz spoke on Friday. “The number one thing,” she said, “is that we stay together.”';
    const q = findQuote(text, 'The number one thing');
    expect(q.content.text).toBe('The number one thing,” she said, “is that we stay together.');
    expect(q.speaker.name).toBe('Lena Ortiz');
  });

  it("a quoted clause that goes on after its cue in the writer's words runs to the sentence end", () => {
    const text = 'Ana Ruiz wrote to him. “Only you, Tom,” she said, would thank the voters after such a defeat.';
    const q = findQuote(text, 'Only you, Tom');
    expect(q.content.text).toBe('Only you, Tom,” she said, would thank the voters after such a defeat');
    expect(q.speaker.name).toBe('Ana Ruiz');
    // "as …" after the cue is the writer's setting, not the quotation's clause.
    expect(findQuote('Ana Ruiz spoke. “We lost,” she said, as the crowd left.', 'We lost').content.text).toBe(
      'We lost',
    );
  });

  it('keeps a quote split by its attribution into two sentences as two quotes', () => {
    const text = 'Mayor Lena Ortiz spoke on Friday. “We will vote no,” she said. “The bill is a mistake.”';
    expect(findQuote(text, 'We will vote no').content.text).toBe('We will vote no');
    expect(findQuote(text, 'The bill is a mistake').content.text).toBe('The bill is a mistake.');
  });

  it('does not join quotations of two speakers', () => {
    const text = 'Tom Reed met Ana Ruiz on Monday. Reed said, “We will sign today.” “We will not,” Ruiz replied.';
    expect(findQuote(text, 'We will sign').content.text).toBe('We will sign today.');
    expect(findQuote(text, 'We will not').speaker.name).toBe('Ana Ruiz');
  });
});
