import type { Token } from './token.ts';

// Dotted capitals ("U.S.", "D.C."), words with inner hyphens/apostrophes/dots ("Farfán-Méndez", "O’Malley", "1.5"),
// doubled apostrophes/backticks (quotation marks in some newspaper archives), or any single non-space character. One pass, no backtracking beyond a word.
const TOKEN = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|''|``|\S/gu;
const POSSESSIVE = /['’]s$/i;
const UPPER_START = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{N}]/u;

function makeToken(text: string, start: number): Token {
  return {
    start,
    end: start + text.length,
    text,
    lower: text.toLowerCase(),
    cap: UPPER_START.test(text),
    word: WORD_START.test(text),
  };
}

/** Splits text into tokens with offsets; possessive "’s" becomes its own token so "Trump’s" yields "Trump". */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    if (raw.length > 2 && POSSESSIVE.test(raw)) {
      tokens.push(makeToken(raw.slice(0, -2), m.index));
      tokens.push(makeToken(raw.slice(-2), m.index + raw.length - 2));
    } else {
      tokens.push(makeToken(raw, m.index));
    }
  }
  return tokens;
}
