import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote.ts';

describe('sources named by the construction around a quotation', () => {
  it('a statement issued before a colon speaks for its issuer', () => {
    const text =
      'The river rose overnight.\n\nWhen the water receded, Mayor Ana Ruiz released the following statement:\n\n' +
      '“Our thoughts are with every family that lost a home.”\n\nShelters opened at noon.';
    expect(findQuote(text, 'Our thoughts are with').speaker.name).toBe('Ana Ruiz');
    expect(findQuote('The ministry put out a short statement: “We will appeal.”', 'We will appeal').speaker.name).toBe(
      'ministry',
    );
  });

  it('a titled work speaks for the source that issued it', () => {
    const memo = 'On Monday, campaign manager Tom Berg released a memo to the board titled "The Facts on the Race."';
    expect(findQuote(memo, 'The Facts on the Race').speaker.name).toBe('Tom Berg');
    const ad = 'The Acme Fund, which Tom Berg founded, launched a radio ad in Ohio on Monday titled, “Scam.”';
    expect(findQuote(ad, 'Scam').speaker.name).toBe('Acme Fund');
    const column = 'Former aide Ana Ruiz published a column in The Daily Courier, entitled, “Why We Must Act Now.”';
    expect(findQuote(column, 'Why We Must Act').speaker.name).toBe('Ana Ruiz');
  });

  it('a title with no issuer, or one someone else reads, keeps no speaker', () => {
    expect(findQuote('The ad, titled “Unifier?”, ends with a warning.', 'Unifier').speaker.name).toBeNull();
    expect(
      findQuote('Critics loved the editorial, entitled “Not a Brave Man,” when it ran.', 'Brave').speaker.name,
    ).toBeNull();
    expect(findQuote('Tom Berg read a column titled “Sorry, No.” on air.', 'Sorry').speaker.name).toBeNull();
  });
});
