import { chunkStartingAt } from '../entities/name-chunk.ts';
import { QUOTE_MARKS } from '../nlp/quote-marks.ts';
import type { Token } from '../nlp/token.ts';
import { cueBaseOf, TAKES_HEARER } from './cue-words.ts';
import type { SpeakerMention } from './speaker-mention.ts';

const OBJECT_PRONOUNS = new Set([
  'me',
  'him',
  'her',
  'us',
  'them',
  'you',
  'reporters',
  'journalists',
  'supporters',
  'voters',
  'viewers',
  'listeners',
  'lawmakers',
  'members',
  'the',
  'a',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** "asked Republican politicians.": lower-case nouns after a capitalised modifier, when they end the clause. */
function nounsAfterChunk(tokens: Token[], from: number, last: number): number {
  let j = from;
  while (j < last && j - from < 3) {
    const w = tokens[j] as Token;
    if (!w.word || w.cap || MODIFIER_STARTS.has(w.lower) || DETERMINERS.has(w.lower) || w.lower === 'that') break;
    j++;
  }
  return j > from && (j >= last || CLAUSE_END.has((tokens[j] as Token).text)) ? j : from;
}

/** Past the hearer of "told reporters", "told The Washington Post", "told a crowd" (at most a short phrase). */
export function skipHearer(tokens: Token[], from: number, last: number): number {
  const t = tokens[from];
  if (!t || from >= last) return from;
  const chunk = chunkStartingAt(tokens, from, last);
  // "told CNN’s Jake Tapper", "told Britain’s ITV": the owner's hearer.
  if (chunk && /^['’]s$/.test(tokens[chunk.last]?.text ?? '')) {
    const owned = chunkStartingAt(tokens, chunk.last + 1, last);
    if (owned) return owned.last;
  }
  if (chunk) return nounsAfterChunk(tokens, chunk.last, last);
  // "told POLITICO": an outlet in capitals is not a name chunk (those are datelines) but is a hearer.
  if (t.cap && t.word) {
    let j = from;
    while (j < last && j - from < 4 && (tokens[j] as Token).cap) j++;
    return j;
  }
  if (DETERMINERS.has(t.lower)) {
    const next = chunkStartingAt(tokens, from + 1, last);
    if (next) return next.last;
    let j = from + 1;
    while (
      j < last &&
      j - from < 5 &&
      !(tokens[j] as Token).cap &&
      (tokens[j] as Token).word &&
      (tokens[j] as Token).lower !== 'that'
    )
      j++;
    return j;
  }
  return OBJECT_PRONOUNS.has(t.lower) ? from + 1 : from;
}

/** Punctuation that closes the clause a cue sits in ("…, he said." / "…, he said, adding …"). */
export const CLAUSE_END = new Set(['.', '!', '?', ';', ',', '—', ':', '(', ...QUOTE_MARKS]);

/** Words that start a modifier after a cue ("said on Friday", "said in a statement", "said Thursday"). */
export const MODIFIER_STARTS = new Set([
  'in',
  'on',
  'at',
  'during',
  'with',
  'via',
  'through',
  'after',
  'before',
  'last',
  'this',
  'earlier',
  'late',
  'early',
  'yesterday',
  'today',
  'recently',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'again',
  'also',
  'later',
  'publicly',
  'repeatedly',
  'previously',
  'privately',
  'flatly',
  'firmly',
  'then',
  'by',
  'over',
]);

const MANNER_WORDS = new Set(['here', 'there', 'matter-of-factly', 'back', 'instead']);

/** Past "in a statement", "on Friday", "to reporters" after a cue, to see whether the cue's clause ends there. */
export function skipTrailingModifiers(tokens: Token[], from: number, last: number): number {
  let i = from;
  for (let guard = 0; guard < 3 && i < last; guard++) {
    const t = tokens[i] as Token;
    // "said sarcastically", "said here": a manner or place adverb.
    if (!t.cap && (MANNER_WORDS.has(t.lower) || (t.lower.length > 4 && /[a-z]ly$/.test(t.lower)))) {
      i++;
      continue;
    }
    // "said of the encounter", "said about the plan": what the statement was about.
    if (!MODIFIER_STARTS.has(t.lower) && t.lower !== 'to' && t.lower !== 'of' && t.lower !== 'about') break;
    let j = i + 1;
    while (j < last && j - i < 8 && !CLAUSE_END.has((tokens[j] as Token).text)) j++;
    if (j - i >= 8) break;
    i = j;
  }
  return i;
}

/** Where an inverted subject and its appositive end ("said Buck, a fellow at the Cato Institute"). */
export function appositiveEnd(_tokens: Token[], m: SpeakerMention): number {
  return m.appositive ? m.appositive[1] : m.last;
}

/** Whether nothing is reported after the cue at `verb` (its hearer and modifiers aside), reading from `from`. */
export function cueClauseEnds(tokens: Token[], verb: number, from: number, last: number): boolean {
  const base = cueBaseOf((tokens[verb] as Token).lower) ?? '';
  const i = TAKES_HEARER.has(base) ? skipHearer(tokens, from, last) : from;
  return clauseEndsAt(tokens, i, last);
}

/** Whether the cue's clause ends at token `i` (after its modifiers): nothing more is said after the cue. */
export function clauseEndsAt(tokens: Token[], i: number, last: number): boolean {
  const at = skipTrailingModifiers(tokens, i, last);
  return at >= last || CLAUSE_END.has((tokens[at] as Token).text);
}

// Prepositions and subordinators that open a long modifier of the cue, not a second thing said
// ("…,” Trump said in a long address to delegates on the closing night of …; Tilton said after braving the cold …).
const LONG_MODIFIER_STARTS = new Set(
  'in on at after before during while as when since because about from outside following of with without amid at near inside to'.split(
    ' ',
  ),
);

/** Whether the cue's clause goes on only with a modifier (a prepositional or adverbial phrase) from token `i`. */
export function onlyModifierFollows(tokens: Token[], verb: number, from: number): boolean {
  const base = cueBaseOf((tokens[verb] as Token).lower) ?? '';
  const i = TAKES_HEARER.has(base) ? skipHearer(tokens, from, tokens.length) : from;
  const t = tokens[i];
  if (t === undefined || t.cap || !LONG_MODIFIER_STARTS.has(t.lower)) return false;
  // "said before adding that …", "said when asked whether …": a second report follows, which is its own quote.
  for (let k = i + 1; k < i + 3 && k < tokens.length; k++) if (cueBaseOf((tokens[k] as Token).lower)) return false;
  return true;
}
