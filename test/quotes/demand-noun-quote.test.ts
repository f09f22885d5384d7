import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote.ts';

describe('a short quotation after a noun of demand that the sentence goes on after', () => {
  it('runs to the end of the noun phrase, said by the noun’s owner', () => {
    const q = findQuote(
      'Mayor Tom Reed spoke on Monday. His support rose after the flood, and his call for “a total ban” on all river imports helped.',
      'a total ban',
    );
    expect(q.content.text).toBe('“a total ban” on all river imports');
    expect(q.kind).toBe('mixed');
    expect(q.speaker.name).toBe('Tom Reed');
  });

  it('stops at a comma or a clause word', () => {
    const q = findQuote(
      'Senator Ana Ruiz spoke on Monday. Her demand for “full access” to the files, which the board refused, stood.',
      'full access',
    );
    expect(q.content.text).toBe('“full access” to the files');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
});
