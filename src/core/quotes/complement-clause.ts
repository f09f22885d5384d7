// A quotation inside the complement of a verb outside the speech lexicon: "The report found that the agency was
// “badly run”", "He waved off the delay as having “minimal” impact". The construction reports someone's words or
// view, so the quote is the whole complement (mixed), said by the verb's subject. Looks back a bounded window only.
import type { Doc } from '../nlp/document.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { dashAsideBefore } from './clause-aside.ts';
import { nearestSubjectBefore, subjectAtStart } from './clause-subject.ts';
import { type SpeakerMention, subjectBefore } from './speaker-mention.ts';
import { quoteClauseEnd } from './verb-clauses.ts';
import { looksLikeVerb } from './verb-shape.ts';

// How far back from the quotation the "that" or "as" may stand.
const WINDOW = 20;
// The complement does not cross these.
const BREAKS = new Set([',', ';', ':', '—', '–', '(', ')']);
// After "that", these make it a relative pronoun or a subject ("a bill that would …", "that’s"), not a complementizer.
const RELATIVE_NEXT = new Set(
  "is was are were has have had will would can could may might should must did does do ’s 's".split(' '),
);
// Words before "that" that look like verbs but open no reported clause ("given that", "so that").
const NOT_COMPLEMENT_VERBS = new Set('given provided assuming seeing means meant ensures ensured'.split(' '));
// "pointed out that", "made clear that": a particle or adjective between the verb and "that".
const THAT_PARTICLES = new Set(['out', 'clear', 'plain']);
// "is sure that …": an adjective of certainty after a copula.
const CERTAIN = new Set(['sure', 'convinced', 'certain', 'confident', 'adamant']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', '’s', "'s", '’m', "'m", 'am']);
// "found in 2014 that", "noted on Twitter that": a short phrase between the verb and "that".
const PP_OPENERS = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'earlier']);
// Words that make a noun of the word after them ("the policies that …").
const NOUN_MARKERS = new Set("the a an his her its their our my this these those ’s 's".split(' '));
// "waves off the delay as", "brushed aside the report as".
const AS_PARTICLES = new Set(['off', 'aside', 'up', 'down', 'out']);
// Object pronouns and determiners that open the object of "VERB OBJ as …".
const OBJECT_OPENERS = new Set(
  'the a an his her its their our my this these those him them it himself herself itself themselves'.split(' '),
);
// "as well", "as if", "as part of": "as" that does not introduce a description of the object.
const NOT_AS_COMPLEMENT = new Set('well if though soon long much many far part of usual expected such to'.split(' '));

// Before these a plain form is a verb ("Critics see", "tried to frame", "they cast").
const BASE_FORM_MARKERS = new Set(
  'to will would can could may might should must did does do not i we you they'.split(' '),
);

/** A plain form after a plural subject or a modal ("Critics see the bill as …", "they cast"). */
function isBaseFormVerb(tokens: Token[], v: number): boolean {
  const before = tokens[v - 1];
  if (!before) return false;
  return BASE_FORM_MARKERS.has(before.lower) || (before.cap && before.lower.length > 3 && before.lower.endsWith('s'));
}

function isVerbAt(tokens: Token[], v: number, floor: number): boolean {
  const t = tokens[v];
  if (!t || v < floor || t.cap || !t.word || NOT_COMPLEMENT_VERBS.has(t.lower)) return false;
  if (!looksLikeVerb(t.lower) && !isBaseFormVerb(tokens, v)) return false;
  return !NOUN_MARKERS.has(tokens[v - 1]?.lower ?? '');
}

// Verbs that take a hearer before their "that" clause ("convince the courts that …", "reminded voters that …").
const PERSUADING = new Set(
  'convince convinces convinced convincing persuade persuades persuaded persuading remind reminds reminded reminding reassure reassures reassured reassuring'.split(
    ' ',
  ),
);

/** "trying to convince the courts that …": the persuading verb a few words before "that", or -1. */
function persuadedObjectBefore(tokens: Token[], that: number, floor: number): number {
  for (let v = that - 2; v >= floor && that - v <= 5; v--) {
    const t = tokens[v] as Token;
    if (!t.word) return -1;
    if (PERSUADING.has(t.lower)) return v;
  }
  return -1;
}

/** The verb whose "that" clause starts at `that`, or -1: "found that", "pointed out that", "is sure that". */
function verbBeforeThat(tokens: Token[], that: number, floor: number): number {
  const next = tokens[that + 1];
  if (!next || RELATIVE_NEXT.has(next.lower) || (!next.cap && next.lower.endsWith('ed'))) return -1;
  // "asserting — in one breath — that …": the verb stands before a dash aside.
  const aside = dashAsideBefore(tokens, that - 1);
  return aside > floor ? verbBeforeLead(tokens, aside + 1, floor) : verbBeforeLead(tokens, that, floor);
}

/** The verb right before the "that" at `that` (or before the aside that ends there), or -1. */
function verbBeforeLead(tokens: Token[], that: number, floor: number): number {
  const before = tokens[that - 1];
  if (!before || that - 1 < floor) return -1;
  if (CERTAIN.has(before.lower) && COPULAS.has(tokens[that - 2]?.lower ?? '')) return that - 1;
  if (THAT_PARTICLES.has(before.lower)) return isVerbAt(tokens, that - 2, floor) ? that - 2 : -1;
  if (isVerbAt(tokens, that - 1, floor)) return that - 1;
  const persuaded = persuadedObjectBefore(tokens, that, floor);
  if (persuaded >= 0) return persuaded;
  for (let j = that - 1; j > floor && that - j <= 4; j--) {
    const t = tokens[j] as Token;
    if (!t.word) return -1;
    if (PP_OPENERS.has(t.lower)) return isVerbAt(tokens, j - 1, floor) ? j - 1 : -1;
  }
  return -1;
}

/** "casts Trump as …", "waves off the delay as …": where the object before `as` starts and its verb, or null. */
function objectBeforeAs(tokens: Token[], as: number, floor: number): { object: number; verb: number } | null {
  if (NOT_AS_COMPLEMENT.has(tokens[as + 1]?.lower ?? '')) return null;
  for (let j = as - 1; j > floor && as - j <= 8; j--) {
    const t = tokens[j] as Token;
    // "built his name as a host as …": the object does not hold another "as".
    if ((!t.word && t.text !== '’s' && t.text !== "'s") || t.lower === 'as') return null;
    if (!(t.cap || OBJECT_OPENERS.has(t.lower))) continue;
    let v = j - 1;
    if (AS_PARTICLES.has(tokens[v]?.lower ?? '')) v--;
    if (isVerbAt(tokens, v, floor)) return { object: j, verb: v };
  }
  return null;
}

/** "that he hires … and that …": the earlier "that" (with a verb before it) a few words back, or -1. */
function coordinatedThatBefore(tokens: Token[], that: number, floor: number): number {
  for (let j = that - 2; j > floor && that - j <= WINDOW; j--) {
    const t = tokens[j] as Token;
    if (isQuoteMark(t) || BREAKS.has(t.text)) return -1;
    if (t.lower === 'that') return verbBeforeThat(tokens, j, floor) >= 0 ? j : -1;
  }
  return -1;
}

// How far back the subject of "… by asserting that" may stand.
const BY_GERUND_WINDOW = 12;

function subjectOf(tokens: Token[], verb: number, floor: number): SpeakerMention | null {
  const own = subjectBefore(tokens, verb, floor) ?? subjectAtStart(tokens, floor, verb);
  if (own || tokens[verb - 1]?.lower !== 'by' || !(tokens[verb] as Token).lower.endsWith('ing')) return own;
  // "Ruiz answered a question by asserting that …": the gerund's subject is the clause's.
  return nearestSubjectBefore(tokens, verb - 2, Math.max(floor, verb - BY_GERUND_WINDOW));
}

/**
 * The complement clause holding a quotation that no reporting verb introduces, from "that" (or from the object of
 * "VERB OBJ as") to the end of the quotation's clause; null when no such construction with a subject stands before it.
 */
export function complementClause(doc: Doc, a: Attribution, sentence: Sentence): Attribution | null {
  const { tokens } = doc;
  const open = a.openToken ?? -1;
  const floor = sentence.first;
  // "is sure that jailing him will only make him louder: “…”": a colon may lead from the clause into the quotation.
  const from = tokens[open - 1]?.text === ':' ? open - 2 : open - 1;
  for (let k = from; k > floor && open - k <= WINDOW; k--) {
    const t = tokens[k] as Token;
    if (isQuoteMark(t) || BREAKS.has(t.text)) return null;
    if (t.cap) continue;
    let first = -1;
    let verb = -1;
    if (t.lower === 'that') {
      // "asserting that he hires … and that such visas are “…”": the clause starts at the first "that".
      first = tokens[k - 1]?.lower === 'and' ? coordinatedThatBefore(tokens, k, floor) : -1;
      if (first < 0) first = k;
      verb = verbBeforeThat(tokens, first, floor);
    } else if (t.lower === 'as') {
      const found = objectBeforeAs(tokens, k, floor);
      verb = found?.verb ?? -1;
      first = found?.object ?? k;
    }
    if (first < 0) continue;
    // A nearer "that" or "as" of another kind (a relative, "as host of …") closes the search.
    if (verb < 0) return null;
    const mention = subjectOf(tokens, verb, floor);
    if (!mention) return null;
    const start = (tokens[first] as Token).start;
    return { ...a, kind: 'mixed', start, end: quoteClauseEnd(doc, a), mention, cue: [verb, verb + 1], confidence: 0.4 };
  }
  return null;
}
