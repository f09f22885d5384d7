import type { Token } from './token.ts';

// Dotted capitals ("U.S.", "D.C."), words with inner hyphens/apostrophes/dots ("Farfán-Méndez", "O’Malley", "1.5"),
// doubled apostrophes/backticks (quotation marks in some newspaper archives), or any single non-space character.
// One pass, no backtracking beyond a word.
const TOKEN = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|''|``|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{N}]/u;

// ASCII fast paths: most characters in news text are ASCII, and a char-code test is much cheaper than a regex.
function isUpperStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
}

function isWordStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START.test(text);
}

function makeToken(text: string, start: number): Token {
  const cap = isUpperStart(text);
  return {
    start,
    end: start + text.length,
    text,
    lower: cap ? text.toLowerCase() : text,
    cap,
    word: isWordStart(text),
  };
}

function isPossessive(raw: string): boolean {
  const n = raw.length;
  const s = raw.charCodeAt(n - 1);
  const q = raw.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/** Splits text into tokens with offsets; possessive "’s" becomes its own token so "Trump’s" yields "Trump". */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    if (raw.length > 2 && isPossessive(raw)) {
      tokens.push(makeToken(raw.slice(0, -2), m.index));
      tokens.push(makeToken(raw.slice(-2), m.index + raw.length - 2));
    } else {
      tokens.push(makeToken(raw, m.index));
    }
  }
  return tokens;
}
