import { describe, expect, it } from 'vitest';
import { lastStartingAtOrBefore, spanHolding } from '../../src/core/nlp/offset-search.ts';

describe('searching sorted spans by offset', () => {
  const sentences = [{ start: 0 }, { start: 10 }, { start: 25 }];
  const quoted = [
    { start: 3, end: 8 },
    { start: 12, end: 20 },
  ];

  it('finds the sentence an offset falls in, its first character included', () => {
    expect([0, 9, 10, 24, 25, 999].map((offset) => lastStartingAtOrBefore(sentences, offset))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
    expect(lastStartingAtOrBefore([], 5)).toBe(0);
  });

  it('finds the quoted span holding an offset, its end excluded', () => {
    expect(spanHolding(quoted, 3)).toBe(quoted[0]);
    expect(spanHolding(quoted, 19)).toBe(quoted[1]);
    expect([0, 8, 10, 20, 50].map((offset) => spanHolding(quoted, offset))).toEqual([null, null, null, null, null]);
  });
});
