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
});
