import { contentWords, wordTokens } from '../search/word-tokens.ts';

/** Verbs that introduce the phrase in "who called the cartels ..." rather than being part of it. */
const INTRO_WORDS = new Set([
  'call',
  'called',
  'calling',
  'describe',
  'described',
  'claim',
  'claimed',
  'label',
  'labeled',
  'labelled',
  'dubbed',
]);

/**
 * How well a quote matches a remembered phrase, 0..1: the share of the phrase's topic words found in the quote
 * (allowing one typo in longer words), 1 when the phrase appears word for word.
 */
export function phraseMatch(phrase: string, text: string): number {
  const phraseWords = wordTokens(phrase).join(' ');
  const textWords = wordTokens(text);
  if (phraseWords && ` ${textWords.join(' ')} `.includes(` ${phraseWords} `)) return 1;
  let wanted = contentWords(phrase).filter((w) => !INTRO_WORDS.has(w));
  if (wanted.length === 0) wanted = wordTokens(phrase);
  if (wanted.length === 0) return 0;
  const have = new Set(textWords);
  const found = wanted.filter((w) => have.has(w) || (w.length >= 6 && [...have].some((h) => oneEditApart(w, h))));
  return (found.length / wanted.length) * 0.95;
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
