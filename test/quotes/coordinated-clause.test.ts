import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote.ts';

describe('coordinated reported clauses', () => {
  it('joins "said that “…,” and that, …, “…”" into one mixed quote', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. She also said that "we will not let this bill pass," and that, on taxes, "our plan is fair to every family." The crowd cheered.';
    const q = findQuote(text, 'our plan is fair');
    expect(q.content.text).toContain('we will not let this bill pass');
    expect(q.kind).toBe('mixed');
    expect(q.speaker.name).toBe('Lena Ortiz');
  });

  it('joins "told … that “…,” and she vowed to “…”" when the subject is the same', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. Ortiz told voters on Friday that "the race is close and we can win it," and she vowed to "fight for every vote" in the county.';
    const q = findQuote(text, 'fight for every vote');
    expect(q.content.text).toContain('the race is close');
    expect(q.speaker.name).toBe('Lena Ortiz');
  });

  it('does not join across a sentence end ("… county.” And that, Lee replied, “…”)', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. Ortiz said that "we will win the county." And that, Tom Lee replied, "is the whole problem with her campaign."';
    expect(findQuote(text, 'we will win').content.text).not.toContain('whole problem');
    expect(findQuote(text, 'whole problem').speaker.name).toBe('Tom Lee');
  });
});
