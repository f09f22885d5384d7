import type { Token } from './token.ts';

/** A sentence as a token range `[first, last)` with its character span and paragraph number. */
export interface Sentence {
  first: number;
  last: number;
  start: number;
  end: number;
  paragraph: number;
  /** A title-case line with no final stop (a headline or section title): no one speaks in it. */
  headline?: boolean;
}

// A period after these does not end a sentence ("Sen. Warren", "Jan. 5", "Donald Trump Jr. said").
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st sen rep gov gen lt col sgt jr sr inc corp co ltd no vol vs etc jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec ft mt prof rev hon pres supt capt cmdr adm maj messrs gens sens reps govs mass calif ' +
    'fla ariz conn ill ind kan md mich minn miss mo neb nev okla ore pa penn tenn tex va vt wash wis wyo ala ark ' +
    'colo del ga ky la nd sd nh nj nm ny nc sc ri wva'
  ).split(' '),
);
// Words that start sentences after a dotted abbreviation at the end of one ("... in the U.S. The president ...").
const SENTENCE_OPENERS = new Set(
  'the he she it they we i but and in a an this that his her their there if when while as so yet on at for'.split(' '),
);
const CLOSERS = new Set(['"', '”', '’', "'", "''", ')', ']']);

function hasNewlineBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

const DOTTED_WORD = /^\p{L}(?:\.\p{L})+$/u;

function startsSentence(next: Token | undefined): boolean {
  return next !== undefined && SENTENCE_OPENERS.has(next.lower) && next.cap;
}

function endsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text === '!' || t.text === '?') return true;
  if (t.text === '.') {
    const prev = tokens[i - 1];
    if (!prev || prev.end !== t.start) return true;
    if (ABBREVIATIONS.has(prev.lower)) return false;
    // A single capital is an initial ("John F. Kennedy").
    if (prev.text.length === 1 && prev.cap) return false;
    // "p.m." and "a.m." come as "p.m" + ".": like "U.S.", they end a sentence only before a typical opener.
    if (DOTTED_WORD.test(prev.text)) return startsSentence(tokens[i + 1]);
    return true;
  }
  // "U.S." carries its own period: it ends a sentence only when a typical opener follows.
  if (t.text.length > 2 && t.text.endsWith('.') && t.cap) {
    return startsSentence(tokens[i + 1]);
  }
  return false;
}

/**
 * Splits tokens into sentences. A line break always ends a sentence (and starts a paragraph);
 * otherwise `. ! ?` (plus closing quotes/brackets) end one when the next token starts like a sentence.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let first = 0;
  const close = (last: number) => {
    if (last > first) {
      sentences.push({
        first,
        last,
        start: (tokens[first] as Token).start,
        end: (tokens[last - 1] as Token).end,
        paragraph,
      });
    }
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > 0 && hasNewlineBetween(text, (tokens[i - 1] as Token).end, t.start)) {
      close(i);
      paragraph++;
    }
    if (!endsSentence(tokens, i)) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      CLOSERS.has((tokens[j] as Token).text) &&
      (tokens[j] as Token).start === (tokens[j - 1] as Token).end
    )
      j++;
    const next = tokens[j];
    if (next === undefined) continue;
    if (
      next.cap ||
      next.text === '“' ||
      next.text === '"' ||
      next.text === "''" ||
      /^\p{N}/u.test(next.text) ||
      hasNewlineBetween(text, (tokens[j - 1] as Token).end, next.start)
    ) {
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  return sentences;
}
