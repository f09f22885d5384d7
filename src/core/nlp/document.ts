import { type Sentence, splitSentences } from './split-sentences.ts';
import { isTitleCaseRun } from './title-case.ts';
import type { Token } from './token.ts';
import { tokenize } from './tokenize.ts';

/** An article prepared once for every later pass: tokens, sentences, and each token's sentence. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** `sentenceOf[i]` is the index in `sentences` of token i. */
  sentenceOf: Int32Array;
  /** `wordsBefore[i]` counts word tokens before token i, so any range's word count is O(1). */
  wordsBefore: Int32Array;
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

/** Marks one-sentence paragraphs written in title case without a final stop. */
function markHeadlines(tokens: Token[], sentences: Sentence[]): void {
  sentences.forEach((s, index) => {
    const alone = sentences[index - 1]?.paragraph !== s.paragraph && sentences[index + 1]?.paragraph !== s.paragraph;
    if (!alone) return;
    const lastToken = tokens[s.last - 1] as Token;
    if (['.', '!', '?', '”', '"', ':'].includes(lastToken.text)) return;
    if (isTitleCaseRun(tokens, s.first, s.last, 3)) s.headline = true;
  });
}

export function buildDocument(text: string): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, index) => {
    sentenceOf.fill(index, s.first, s.last);
  });
  markCommonSentenceStarts(tokens, sentences);
  markHeadlines(tokens, sentences);
  const wordsBefore = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++)
    wordsBefore[i + 1] = (wordsBefore[i] as number) + ((tokens[i] as Token).word ? 1 : 0);
  return { text, tokens, sentences, sentenceOf, wordsBefore };
}
