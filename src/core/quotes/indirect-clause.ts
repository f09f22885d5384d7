/**
 * Reading helpers for reported speech: where a reported clause starts and ends, whether words form a noun phrase or a
 * clause, and the word lists they rely on. Pure functions over tokens, each bounded to a few words (linear time).
 */
import type { Doc } from '../nlp/document.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import { MODIFIER_STARTS, skipHearer } from './cue-clause.ts';
import { cueBaseOf, cueClassOf, TAKES_HEARER } from './cue-words.ts';

export const QUESTION_WORDS = new Set(['if', 'whether', 'why', 'how', 'what', 'who', 'when', 'where', 'which']);

/** Whether token k is a comma between words, not the thousands separator of "1,400" (which the tokenizer splits). */
export function isComma(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.text !== ',') return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return !(
    before &&
    after &&
    before.end === t.start &&
    after.start === t.end &&
    /\d$/.test(before.text) &&
    /^\d/.test(after.text)
  );
}

export function trimmedEnd(doc: Doc, start: number, end: number): number {
  let e = end;
  while (e > start && END_PUNCT.test(doc.text[e - 1] as string)) e--;
  return e;
}

export function trimmedStart(doc: Doc, start: number, end: number): number {
  let s = start;
  while (s < end && /[\s"“‘',]/.test(doc.text[s] as string)) s++;
  return s;
}

export function wordsIn(doc: Doc, first: number, last: number): number {
  return last <= first ? 0 : (doc.wordsBefore[last] as number) - (doc.wordsBefore[first] as number);
}

// Reported speech longer than this in one sentence is a run-on or broken text; cutting it keeps the work linear.
export const MAX_CONTENT_CHARS = 1500;

// Words that show a clause, not a noun phrase, between a comma and a cue ("…, and then he said").
export const CLAUSE_WORDS = new Set(
  'and or but that which who whom whose is was are were has have had will would not could should can may might do does did he she they we it i'.split(
    ' ',
  ),
);

// Past tenses and "says": the forms that close "…, a source close to him said." (not nouns like "remarks").
export const CLOSING_CUE_FORM = /^(said|says|told|wrote|\w+ed)$/;

export const PHRASE_DETERMINERS = new Set(['the', 'a', 'an']);

// Capitalised at a sentence start, these open a modifier or a clause, not a noun phrase.
const NOT_NP_HEADS = new Set(
  'in on at for with from after before during while as by since to of when if although though because'.split(' '),
);

export const NP_HEADS = new Set(
  'the a an some many several most other these those his her their its our two three four five few all both each one'.split(
    ' ',
  ),
);

// Prepositions that may join a second noun inside a subject ("a spokesman for the campaign").
const NP_LINKS = new Set(['of', 'for', 'to', 'at', 'with', 'from', 'in', 'on', 'close', 'near']);

// A subject noun phrase longer than this between a comma and its cue is not read as one.
export const MAX_SUBJECT_TOKENS = 12;

/** Whether tokens `[from, to)` can be one noun phrase: words, possessives, initials and brackets, no clause words. */
export function isNounPhrase(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_SUBJECT_TOKENS) return false;
  const head = tokens[from] as Token;
  if (!(head.cap || NP_HEADS.has(head.lower) || /^\p{N}/u.test(head.text)) || NOT_NP_HEADS.has(head.lower))
    return false;
  for (let k = from; k < to; k++) {
    const w = tokens[k] as Token;
    if (!w.word && !/^(['’]s|['’]|\.|\(|\)|-)$/.test(w.text)) return false;
    if (!w.cap && (CLAUSE_WORDS.has(w.lower) || cueClassOf(w.lower) !== null || /n['’]t$/.test(w.lower))) return false;
    if (k > from && PHRASE_DETERMINERS.has(w.lower) && !NP_LINKS.has((tokens[k - 1] as Token).lower)) return false;
  }
  return true;
}

export const RELATIVES = new Set(['who', 'which', 'whose']);

/** A lower-case word that may end a hearer's noun phrase ("a Senate panel"), not a verb or a clause word. */
export function isPlainNoun(t: Token): boolean {
  return (
    t.word &&
    !t.cap &&
    !CLAUSE_WORDS.has(t.lower) &&
    !MODIFIER_STARTS.has(t.lower) &&
    !NP_LINKS.has(t.lower) &&
    cueClassOf(t.lower) === null
  );
}

export const HEARERS = new Set(['reporters', 'journalists', 'me', 'him', 'her', 'us', 'them', 'you']);

const LIGHT_ADVERBS = new Set(['only', 'now', 'just', 'even', 'still', 'never', 'ever', 'simply', 'merely', 'also']);

export function isAuxiliaryOrAdverb(t: Token): boolean {
  if (t.cap || !t.word) return false;
  return FINITE.has(t.lower) || LIGHT_ADVERBS.has(t.lower) || /n['’]t$/.test(t.lower) || /.{3}ly$/.test(t.lower);
}

/** Whether a verb (a finite auxiliary, a past form or a subject pronoun) shows within a few words from `from`. */
export function hasVerb(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < last && k - from < 12; k++) {
    const w = tokens[k] as Token;
    if (!w.cap && (FINITE.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower) || /ed$/.test(w.lower))) return true;
  }
  return false;
}

export const NOTHING_SAID = new Set(['little', 'nothing']);

export const IMPERSONAL = new Set(['it', 'there']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);

export const FINITE = new Set(
  'is was are were has have had will would can could should may might must does did do won’t wouldn’t can’t isn’t wasn’t'.split(
    ' ',
  ),
);

/** Whether a reported clause starts at `first`: a subject pronoun, or a finite verb within a few words. */
export function startsClause(tokens: Token[], first: number, last: number): boolean {
  if (SUBJECT_PRONOUNS.has((tokens[first] as Token).lower)) return true;
  for (let k = first + 1; k < last && k - first < 7; k++) {
    const w = tokens[k] as Token;
    if (FINITE.has(w.lower)) return true;
    if (!w.word && w.text !== '’s' && w.text !== "'s") return false;
  }
  return false;
}

/** The first comma, semicolon or dash after `first` (the end of an object phrase), else `last`. */
export function clauseBreakAfter(tokens: Token[], first: number, last: number): number {
  const limit = withinContent(tokens, first, last);
  for (let k = first + 1; k < limit; k++) if (/^[;—–]$/.test((tokens[k] as Token).text) || isComma(tokens, k)) return k;
  return last;
}

/** The end of a scan from `first` that stays within the longest content read (so cues in a huge sentence stay linear). */
export function withinContent(tokens: Token[], first: number, last: number): number {
  const from = (tokens[first] as Token).start;
  let k = first;
  while (k < last && (tokens[k] as Token).start - from < MAX_CONTENT_CHARS) k++;
  return k;
}

/** "PORTLAND, Maine — …": where the sentence's own words start, past a dateline. */
export function pastDateline(tokens: Token[], s: Sentence): number {
  for (let k = s.first; k < s.last && k - s.first < 6; k++) {
    const w = tokens[k] as Token;
    if (w.text === '—' || w.text === '–' || w.text === '-') return k > s.first ? k + 1 : s.first;
    if (!(w.cap || w.text === ',' || w.text === '.')) return s.first;
  }
  return s.first;
}

const END_PUNCT = /[\s.,;:!?"”’')\]]/;

// Sentence adverbs set off by commas ("Officials, however, said …", "now says, however, that …").
export const SENTENCE_ADVERBS = new Set([
  'however',
  'though',
  'meanwhile',
  'too',
  'also',
  'instead',
  'moreover',
  'indeed',
  'again',
]);

// "in a guest column in Saturday’s New York Times": a modifier between a cue and "that" is at most this long.
const MAX_MODIFIER_TOKENS = 12;

/** Skips "on Friday", "in a statement to Newsweek", "reporters" and "that" between a cue and its content. */
export function contentStartAfter(tokens: Token[], verb: number, last: number): number {
  let i = verb + 1;
  const base = cueBaseOf((tokens[verb] as Token).lower) ?? '';
  if (TAKES_HEARER.has(base)) i = skipHearer(tokens, i, last);
  // Prepositional and time phrases up to "that" or a comma.
  for (let guard = 0; guard < 3 && i < last; guard++) {
    const t = tokens[i] as Token;
    // "has said for weeks he …", "wrote to the senator's office that …": only up to "that" or a subject.
    const weak =
      !MODIFIER_STARTS.has(t.lower) && WEAK_MODIFIER_STARTS.has(t.lower) && (t.lower !== 'to' || SAID_TO.has(base));
    if (!MODIFIER_STARTS.has(t.lower) && !weak) break;
    let j = i + 1;
    while (j < last && j - i < MAX_MODIFIER_TOKENS) {
      const w = tokens[j] as Token;
      if (w.lower === 'that' || w.text === ',' || w.text === ':' || isQuoteMark(w) || CLAUSE_SUBJECTS.has(w.lower))
        break;
      j++;
    }
    const stop = tokens[j];
    if (stop === undefined || j >= last) break;
    // "said in a statement Thursday night they pulled …": a subject pronoun starts the reported clause.
    if (stop.lower === 'that' || CLAUSE_SUBJECTS.has(stop.lower)) i = j;
    else if (weak) break;
    else if (stop.text === ',' || stop.text === ':') i = j;
    else if (j - i === 1) i = j;
    else break;
  }
  // "now says, however, that …": a sentence adverb between commas.
  if (tokens[i]?.text === ',' && SENTENCE_ADVERBS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.text === ',')
    i += 3;
  while (
    i < last &&
    ((tokens[i] as Token).lower === 'that' || (tokens[i] as Token).text === ',' || (tokens[i] as Token).text === ':')
  )
    i++;
  return i;
}

const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'it', 'i']);

const WEAK_MODIFIER_STARTS = new Set(['for', 'from', 'to']);

// Cues whose "to" names the addressee ("wrote to the senator that …"), unlike "agreed to" or "responded to".
const SAID_TO = new Set(['say', 'write', 'explain', 'complain', 'admit', 'report', 'announce', 'declare', 'mention']);

// After a comma these open the narrator's comparison or source, not more of what was said.
const TAIL_OPENERS = new Set(['compared', 'according', 'whereas']);

/** "…, compared with 41 percent for Clinton": where the narrator's own comment takes over after a comma, else `last`. */
export function narratorTail(tokens: Token[], first: number, last: number): number {
  const limit = Math.min(withinContent(tokens, first, last), last - 1);
  for (let k = first + 3; k < limit; k++)
    if (isComma(tokens, k) && TAIL_OPENERS.has((tokens[k + 1] as Token).lower)) return k;
  return last;
}
