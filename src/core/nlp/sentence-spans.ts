import type { Span } from '../model/span.ts';
import { splitSentences } from './split-sentences.ts';
import { tokenize } from './tokenize.ts';

/** Character spans of the sentences of `text`, as the quote engine splits them (so digests and quotes agree). */
export function sentenceSpans(text: string): Span[] {
  return splitSentences(text, tokenize(text)).map(({ start, end }) => ({ start, end }));
}
