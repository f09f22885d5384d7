import { chunkEndingAt } from '../entities/name-chunk.ts';
import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { subjectShortlyBefore } from './clause-subject.ts';

/**
 * "mocking Ruiz (“Little Ana”) and Reed (“Lyin’ Tom”)": a quotation in parentheses right after a name is the label
 * the clause's subject gave that person, so it is the subject's words. A defined term that only repeats the name
 * ("Acme Corp. (“Acme”)") is the writer's shorthand and is left alone.
 */
export function nicknameQuote(tokens: Token[], text: string, a: Attribution, sentence: Sentence): Attribution | null {
  const open = a.openToken ?? -1;
  if (tokens[open - 1]?.text !== '(') return null;
  const chunk = chunkEndingAt(tokens, open - 2, sentence.first);
  // Nicknames are of people: "the Trans-Pacific Partnership (“TPP”)" is an abbreviation.
  if (chunk?.type !== 'person' || chunk.first <= sentence.first) return null;
  // The closing parenthesis follows the closing mark.
  let close = open + 1;
  while (close < tokens.length && close - open <= 12 && (tokens[close] as Token).start < a.end) close++;
  if (tokens[close + 1]?.text !== ')') return null;
  const name = new Set(tokens.slice(chunk.first, chunk.last).map((t) => t.lower));
  const words =
    text
      .slice(a.start, a.end)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.every((w) => name.has(w))) return null;
  const mention = subjectShortlyBefore(tokens, chunk.first, sentence.first);
  return { ...a, kind: 'direct', mention, cue: [open - 1, open], confidence: 0.5 };
}
