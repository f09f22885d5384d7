// A short aside between two dashes or in brackets inside a clause: `by asserting — in one breath — that …`, `that
// “every senator” - including Lee - favored …`, `“diagnoses” of economic ills (read: the causes) are …`. The clause
// goes on across it, so a reported clause is not cut there.
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Token } from '../nlp/token.ts';

// Longest aside (in tokens) read between its dashes; keeps every look-ahead and look-back bounded.
const MAX_ASIDE = 8;
const DASHES = new Set(['—', '–', '-']);
// An aside holds words (and commas) only: no sentence end, no quotation, no other break.
const NOT_IN_ASIDE = new Set(['.', '!', '?', ';', ':', '(', ')']);

const isDash = (t: Token | undefined) => t !== undefined && DASHES.has(t.text);

/** The aside's other dash run, walking from the dash run at `from` in `step` direction; -1 when there is none. */
function otherDash(tokens: Token[], from: number, step: 1 | -1): number {
  let k = from;
  // "--" is two tokens.
  while (isDash(tokens[k + step]) && Math.abs(k - from) < 2) k += step;
  let words = 0;
  for (let i = k + step, n = 0; i >= 0 && i < tokens.length && n < MAX_ASIDE; i += step, n++) {
    const t = tokens[i] as Token;
    if (isDash(t)) return words > 0 ? i : -1;
    if (isQuoteMark(t) || NOT_IN_ASIDE.has(t.text)) return -1;
    if (t.word) words++;
  }
  return -1;
}

/** When a dash aside opens at token `k`, the first token after it; else -1. */
export function dashAsideEnd(tokens: Token[], k: number): number {
  if (!isDash(tokens[k])) return -1;
  let close = otherDash(tokens, k, 1);
  if (close < 0) return -1;
  while (isDash(tokens[close + 1])) close++;
  return close + 1;
}

/** When a dash aside closes at token `k`, the last token before it; else -1. */
export function dashAsideBefore(tokens: Token[], k: number): number {
  if (!isDash(tokens[k])) return -1;
  let open = otherDash(tokens, k, -1);
  if (open < 0) return -1;
  while (isDash(tokens[open - 1])) open--;
  return open - 1;
}

/**
 * The bracketed aside that opens (`step` 1) or closes (`step` -1) at token `k`: the first token past its other
 * bracket, or -1 when there is no short aside of words there.
 */
function pastBracketAside(tokens: Token[], k: number, step: 1 | -1): number {
  const [here, other] = step === 1 ? ['(', ')'] : [')', '('];
  if (tokens[k]?.text !== here) return -1;
  for (let i = k + step; i > 0 && i < tokens.length && Math.abs(i - k) <= MAX_ASIDE + 1; i += step) {
    const t = tokens[i] as Token;
    if (t.text === other) return Math.abs(i - k) > 1 ? i + step : -1;
    if (isQuoteMark(t) || ['.', '!', '?', ';', here].includes(t.text)) return -1;
  }
  return -1;
}

/** When a bracketed aside opens at token `k` ("(read: the causes)"), the first token after it; else -1. */
export function bracketAsideEnd(tokens: Token[], k: number): number {
  return pastBracketAside(tokens, k, 1);
}

/** When a bracketed aside closes at token `k` ("Ana Ruiz (D-Ohio)"), the token before its "("; else -1. */
export function bracketAsideBefore(tokens: Token[], k: number): number {
  return pastBracketAside(tokens, k, -1);
}
