import { type Sentence, splitSentences } from './split-sentences.ts';
import type { Token } from './token.ts';
import { tokenize } from './tokenize.ts';

/** An article prepared once for every later pass: tokens, sentences, and each token's sentence. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** `sentenceOf[i]` is the index in `sentences` of token i. */
  sentenceOf: Int32Array;
}

export function buildDocument(text: string): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, index) => {
    sentenceOf.fill(index, s.first, s.last);
  });
  return { text, tokens, sentences, sentenceOf };
}
