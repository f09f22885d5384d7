import { describe, expect, test } from 'vitest';
import { sentenceSpans } from '../../src/core/nlp/sentence-spans.ts';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans: summary sentences are whole sentences', () => {
  test('abbreviations inside a sentence do not end it', () => {
    expect(
      sentences(
        'Sheinbaum said U.S. troops will not enter Mexico. Mr. Rubio spoke at 3 p.m. Eastern on Thursday. Done.',
      ),
    ).toEqual([
      'Sheinbaum said U.S. troops will not enter Mexico.',
      'Mr. Rubio spoke at 3 p.m. Eastern on Thursday.',
      'Done.',
    ]);
  });

  test('"a.m." and "p.m." end a sentence only when a new sentence clearly starts', () => {
    expect(sentences('Polls close at 8 p.m. Eastern time. Counting starts at 9 a.m. The results follow.')).toEqual([
      'Polls close at 8 p.m. Eastern time.',
      'Counting starts at 9 a.m.',
      'The results follow.',
    ]);
  });

  test('quoted sentences and paragraph breaks split where a reader would', () => {
    const text = '"There will be no invasion," she said. "It is ruled out."\n\nThe White House did not comment.';
    expect(sentences(text)).toEqual([
      '"There will be no invasion," she said.',
      '"It is ruled out."',
      'The White House did not comment.',
    ]);
  });

  test('spans index the original text exactly, so summaries stay verbatim', () => {
    const text = '  Lead sentence here.   Second one follows!  ';
    for (const span of sentenceSpans(text)) expect(text.slice(span.start, span.end)).not.toMatch(/^\s|\s$/);
    expect(sentences(text)).toEqual(['Lead sentence here.', 'Second one follows!']);
  });
});
