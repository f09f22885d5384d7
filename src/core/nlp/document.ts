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

/** Flags sentence-initial capitalised words that the article also uses in lower case (so they are not names). */
function markCommonSentenceStarts(tokens: Token[], sentences: Sentence[]): void {
  const lower = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap) lower.add(t.text);
  for (const s of sentences) {
    let i = s.first;
    // Skip an opening quotation mark or bracket.
    while (i < s.last && !(tokens[i] as Token).word) i++;
    const t = tokens[i];
    if (t?.cap && lower.has(t.lower)) t.commonAtStart = true;
  }
}

export function buildDocument(text: string): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, index) => {
    sentenceOf.fill(index, s.first, s.last);
  });
  markCommonSentenceStarts(tokens, sentences);
  return { text, tokens, sentences, sentenceOf };
}
