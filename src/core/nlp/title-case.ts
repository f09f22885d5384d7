import type { Token } from './token.ts';

// Words a title leaves in lower case ("Clinton Wins the Race for the Nomination").
const TITLE_SMALL_WORDS = new Set('a an the of to in on at for and or by with as from vs'.split(' '));

/**
 * Whether tokens `first`..`last` (exclusive) are written in title case: at least `minWords` words, small words
 * aside, and three quarters of them capitalised or numbers. Headlines and titles are; ordinary sentences are not.
 */
export function isTitleCaseRun(tokens: Token[], first: number, last: number, minWords: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let i = first; i < last; i++) {
    const t = tokens[i] as Token;
    if (!t.word || TITLE_SMALL_WORDS.has(t.lower)) continue;
    words++;
    if (t.cap || /^\p{N}/u.test(t.text)) capitals++;
  }
  return words >= minWords && capitals >= words * 0.75;
}
