/**
 * Constructions of reported speech with their own shape: questions with "asked", "according to X", title-case
 * headlines, nominal reports ("his claim that"), infinitives ("went on to say"), "As reported by X", and a cue that
 * reports the quotation before it.
 */
import { chunkEndingAt, classifyChunk } from '../entities/name-chunk.ts';
import type { Doc } from '../nlp/document.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Sentence } from '../nlp/split-sentences.ts';
import { isTitleCaseRun } from '../nlp/title-case.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { subjectAtStart } from './clause-subject.ts';
import { CLAUSE_END, MODIFIER_STARTS } from './cue-clause.ts';
import { cueBaseOf, cueClassOf } from './cue-words.ts';
import {
  CLAUSE_WORDS,
  clauseBreakAfter,
  contentStartAfter,
  FINITE,
  IMPERSONAL,
  isComma,
  isNounPhrase,
  MAX_CONTENT_CHARS,
  NP_HEADS,
  pastDateline,
  QUESTION_WORDS,
  RELATIVES,
  startsClause,
  trimmedEnd,
  trimmedStart,
  wordsIn,
} from './indirect-clause.ts';
import { pastRelative } from './indirect-subject.ts';
import { nameMention, pronounMention, type SpeakerMention, subjectAfter } from './speaker-mention.ts';

// Verbs a headline uses to report speech ("Sanders Says He’s Already Started Writing", "Clinton Urges Britain To …").
const HEADLINE_CUES = new Set(
  'say tell claim warn ask promise predict insist admit argue vow urge suggest tweet'.split(' '),
);

// A speaker longer than this before a headline's verb is not one name.
const MAX_HEADLINE_SPEAKER = 6;

/** "Bernie Sanders Says He’s Already Started Writing His Inaugural Address": a title-case headline's report. */
export function headlineSpeech(doc: Doc, s: Sentence): Attribution | null {
  const { tokens } = doc;
  if (s.last - s.first > 30 || !isTitleCaseRun(tokens, s.first, s.last, 4)) return null;
  for (let v = s.first + 1; v < s.last && v - s.first <= MAX_HEADLINE_SPEAKER; v++) {
    const t = tokens[v] as Token;
    if (!t.word && t.text !== '’s' && t.text !== "'s" && t.text !== '.') return null;
    // "Trump May Not Have Suggested …", "Tim Allen Just Got Asked …": not a name before a verb.
    if (FINITE.has(t.lower) || CLAUSE_WORDS.has(t.lower) || t.lower === 'got') return null;
    if (!t.cap || cueClassOf(t.lower) !== 'speech' || !HEADLINE_CUES.has(cueBaseOf(t.lower) ?? '')) continue;
    if (wordsIn(doc, v + 1, s.last) < 2) return null;
    const start = trimmedStart(doc, (tokens[v + 1] as Token).start, s.end);
    const end = trimmedEnd(doc, start, s.end);
    const chunk = classifyChunk(tokens, s.first, v);
    const mention: SpeakerMention = { kind: 'name', first: s.first, last: v, chunk, appositive: null };
    return { kind: 'indirect', start, end, cue: [v, v + 1], mention, belief: false, confidence: 0.6 };
  }
  return null;
}

/**
 * Whether the words from `k` carry on the clause interrupted by a source ("…, according to X, was a decision",
 * "…, and there were …") rather than describe the source (", a research firm").
 */
function continuesClause(tokens: Token[], k: number, last: number): boolean {
  const w = tokens[k];
  if (!w || k >= last || RELATIVES.has(w.lower)) return false;
  if (w.lower === 'and' || w.lower === 'but' || FINITE.has(w.lower)) return true;
  if (w.cap || NP_HEADS.has(w.lower) || /^\p{N}/u.test(w.text)) return false;
  return startsClause(tokens, k, last);
}

// Cues whose infinitive ("went out of his way to say that …") still reports the subject's words.
const INFINITIVE_REPORTS = new Set(
  'say tell explain suggest argue insist note warn predict announce declare'.split(' '),
);

/**
 * "He went out of his way to say that …", "Democrats were more likely to say they …", "declined to say who …":
 * the sentence's subject reports the clause after the infinitive. Only a clause ("to say goodbye" is none) and
 * never for "it" ("it is hard to say whether …").
 */
export function infinitiveReport(doc: Doc, s: Sentence, v: number): Attribution | null {
  const { tokens } = doc;
  const t = tokens[v] as Token;
  if (t.cap || !INFINITIVE_REPORTS.has(cueBaseOf(t.lower) ?? '')) return null;
  const first = contentStartAfter(tokens, v, s.last);
  const introduced = tokens[first - 1]?.lower === 'that' || QUESTION_WORDS.has(tokens[first]?.lower ?? '');
  if (first >= s.last || wordsIn(doc, first, s.last) < 3) return null;
  if (!introduced && !startsClause(tokens, first, s.last)) return null;
  const mention = subjectAtStart(tokens, pastDateline(tokens, s), v);
  if (!mention || (mention.kind === 'pronoun' && IMPERSONAL.has((tokens[mention.first] as Token).lower))) return null;
  const start = trimmedStart(doc, (tokens[first] as Token).start, s.end);
  const end = trimmedEnd(doc, start, Math.min(s.end, start + MAX_CONTENT_CHARS));
  if (end <= start) return null;
  return { kind: 'indirect', start, end, cue: [v, v + 1], mention, belief: false, confidence: 0.5 };
}

const BY_PASSIVE_CUES = new Set(['report', 'announce', 'reveal', 'disclose']);
const BY_PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been']);
const BY_PASSIVE_ADVERBS = new Set(['first', 'initially', 'previously', 'also', 'originally']);

/** "The meeting was first reported by Politico.": what was reported is the sentence's subject; "by" names the source. */
export function reportedBy(doc: Doc, s: Sentence, v: number): Attribution | null {
  const { tokens } = doc;
  if (tokens[v + 1]?.lower !== 'by' || !BY_PASSIVE_CUES.has(cueBaseOf((tokens[v] as Token).lower) ?? '')) return null;
  let aux = v - 1;
  if (BY_PASSIVE_ADVERBS.has(tokens[aux]?.lower ?? '')) aux--;
  if (!BY_PASSIVE_AUX.has(tokens[aux]?.lower ?? '')) return null;
  const first = pastDateline(tokens, s);
  // Only a subject noun phrase ("News of the PGA’s move"), not a clause that ends in the passive.
  if (aux - first < 1 || !isNounPhrase(tokens, first, aux)) return null;
  const mention = accordingSource(tokens, v + 2, s.last);
  if (!mention) return null;
  const start = trimmedStart(doc, (tokens[first] as Token).start, (tokens[aux - 1] as Token).end);
  const end = trimmedEnd(doc, start, (tokens[aux - 1] as Token).end);
  if (end <= start) return null;
  return { kind: 'indirect', start, end, cue: [v, v + 2], mention, belief: false, confidence: 0.5 };
}

/** "As reported by Western Journalism, investigators found …": the source after "by", the content after its comma. */
export function asReportedBy(doc: Doc, s: Sentence, v: number): Attribution | null {
  const { tokens } = doc;
  if (
    tokens[v - 1]?.lower !== 'as' ||
    tokens[v + 1]?.lower !== 'by' ||
    cueClassOf((tokens[v] as Token).lower) !== 'speech'
  )
    return null;
  const mention = accordingSource(tokens, v + 2, s.last);
  if (!mention) return null;
  let comma = mention.last;
  while (comma < s.last && comma - v < MAX_SOURCE_TOKENS && !isComma(tokens, comma)) comma++;
  if (comma + 1 >= s.last || wordsIn(doc, comma + 1, s.last) < 3) return null;
  const start = trimmedStart(doc, (tokens[comma + 1] as Token).start, s.end);
  const end = trimmedEnd(doc, start, Math.min(s.end, start + MAX_CONTENT_CHARS));
  if (end <= start) return null;
  return { kind: 'indirect', start, end, cue: [v, v + 2], mention, belief: false, confidence: 0.6 };
}

// Nouns that report what their owner said ("his claim that …", "Trump’s promise to build a wall").
const NOMINAL_CUES = new Set(['claim', 'claims', 'promise', 'promises', 'assertion', 'insistence']);

const OWNERS = new Set(['his', 'her', 'their', 'its', 'the']);

/**
 * "his claim in November that Obama wants …", "Trump’s promise to build a wall": the clause after "that" (past a
 * short modifier) or the infinitive, up to the first clause break; the owner speaks.
 */
export function nominalReport(doc: Doc, s: Sentence, v: number): Attribution | null {
  const { tokens } = doc;
  const t = tokens[v] as Token;
  const owner = tokens[v - 1];
  if (!NOMINAL_CUES.has(t.lower) || !owner || v - 1 < s.first) return null;
  const possessive = owner.text === '’s' || owner.text === "'s";
  if (!possessive && !OWNERS.has(owner.lower)) return null;
  let first = -1;
  const verb = tokens[v + 2];
  if (tokens[v + 1]?.lower === 'to' && verb?.word && !verb.cap && !NP_HEADS.has(verb.lower)) first = v + 1;
  for (let k = v + 1; first < 0 && k < s.last && k - v <= 8; k++) {
    const w = tokens[k] as Token;
    if (w.lower === 'that') first = k + 1;
    else if (!w.word || (!w.cap && (CLAUSE_WORDS.has(w.lower) || cueClassOf(w.lower) !== null))) break;
  }
  if (first < 0 || first >= s.last) return null;
  const last = clauseBreakAfter(tokens, first, s.last);
  if (wordsIn(doc, first, last) < 3) return null;
  const start = trimmedStart(doc, (tokens[first] as Token).start, (tokens[last - 1] as Token).end);
  const end = trimmedEnd(doc, start, Math.min((tokens[last - 1] as Token).end, start + MAX_CONTENT_CHARS));
  if (end <= start) return null;
  let mention: SpeakerMention | null = null;
  if (possessive) {
    const chunk = chunkEndingAt(tokens, v - 2, s.first);
    if (chunk) mention = nameMention(chunk);
  } else if (owner.lower !== 'the' && owner.lower !== 'its') mention = pronounMention(v - 1);
  return { kind: 'indirect', start, end, cue: [v, v + 1], mention, belief: false, confidence: 0.5 };
}

/**
 * "Noting that the plant had closed, Ruiz called for …": a speech participle opening the sentence reports the clause
 * up to its comma, said by the main clause's subject.
 */
export function openingParticiple(doc: Doc, s: Sentence): Attribution | null {
  const { tokens } = doc;
  const t = tokens[s.first] as Token;
  if (!t.lower.endsWith('ing') || cueClassOf(t.lower) !== 'speech') return null;
  const first = tokens[s.first + 1]?.lower === 'that' ? s.first + 2 : s.first + 1;
  const comma = clauseBreakAfter(tokens, first, s.last);
  if (comma >= s.last || (tokens[comma] as Token).text !== ',' || wordsIn(doc, first, comma) < 3) return null;
  if (first === s.first + 1 && !startsClause(tokens, first, comma)) return null;
  const mention = subjectAtStart(tokens, comma + 1, s.last);
  if (!mention) return null;
  const start = trimmedStart(doc, (tokens[first] as Token).start, (tokens[comma - 1] as Token).end);
  const end = trimmedEnd(doc, start, (tokens[comma - 1] as Token).end);
  if (end <= start) return null;
  return { kind: 'indirect', start, end, cue: [s.first, s.first + 1], mention, belief: false, confidence: 0.6 };
}

/** The quotation closed by `,”` right before token `at` in the same sentence: its content's offsets, or null. */
export function quotationBefore(
  doc: Doc,
  at: number,
  s: Sentence,
  inQuote: Int32Array,
): { start: number; end: number } | null {
  const { tokens } = doc;
  const close = at - 1;
  const q = inQuote[close] ?? -1;
  if (q < 0 || close - 1 <= s.first || !isQuoteMark(tokens[close] as Token) || tokens[close - 1]?.text !== ',')
    return null;
  let open = close - 1;
  const from = (tokens[close] as Token).start;
  while (open > 0 && inQuote[open - 1] === q && from - (tokens[open] as Token).start < MAX_CONTENT_CHARS) open--;
  if (open > 0 && inQuote[open - 1] === q) return null;
  // A short quotation inside the sentence is a title ("Sunday on Fox’s “Hannity,” Gingrich said …").
  if (open > s.first + 1 && wordsIn(doc, open, close) < 5) return null;
  const start = trimmedStart(doc, (tokens[open] as Token).end, (tokens[close] as Token).start);
  const end = trimmedEnd(doc, start, (tokens[close] as Token).start);
  return end > start ? { start, end } : null;
}

const PASSIVE_QUESTION_LEADS = new Set(['when', 'was', 'were', 'after', 'if', 'being', ',']);

const ASKED_ABOUT = new Set(['whether', 'if', 'about', 'how', 'what', 'why', 'who', 'where']);

/**
 * "When asked whether D.C. should have a vote, Clinton …": a passive question reports what was asked, by someone
 * the sentence does not name, so it has no speaker. The content runs to the end of the clause.
 */
export function passiveQuestion(doc: Doc, s: Sentence, v: number): Attribution | null {
  const { tokens } = doc;
  const t = tokens[v] as Token;
  const prev = tokens[v - 1];
  if (t.lower !== 'asked' || !(v === s.first || (prev && PASSIVE_QUESTION_LEADS.has(prev.lower)))) return null;
  // "Asked on Fox News who leads …", "asked by a reporter whether …": a modifier or the asker may come first.
  const q = questionAfter(tokens, v + 1, s.last);
  if (q < 0 || (q > v + 1 && !PASSIVE_MODIFIERS.has((tokens[v + 1] as Token).lower))) return null;
  // "was asked to be the best man" is a request to the subject; "asked by Lauer to respond" names the asker.
  if ((tokens[q] as Token).lower === 'to' && tokens[v + 1]?.lower !== 'by') return null;
  let last = q + 1;
  while (last < s.last && last - v < 60 && !CLAUSE_END.has((tokens[last] as Token).text)) last++;
  if (wordsIn(doc, q, last) < 3) return null;
  const start = (tokens[q] as Token).start;
  const end = trimmedEnd(doc, start, (tokens[last - 1] as Token).end);
  if (end <= start) return null;
  const asker = tokens[v + 1]?.lower === 'by' ? subjectAfter(tokens, v + 1, q) : null;
  return { kind: 'indirect', start, end, cue: [v, v + 1], mention: asker, belief: false, confidence: 0.5 };
}

const ASKED_WHAT = new Set([...ASKED_ABOUT, 'when', 'which', 'to', 'for']);

const PASSIVE_MODIFIERS = new Set([...MODIFIER_STARTS, 'by', 'again', 'recently', 'specifically']);

// The person asked and a short modifier ("asked the 2016 contender on Monday if"), not a clause.
const MAX_ASKED_TOKENS = 9;

/** The question word, "about" or "to" that opens what was asked, within a short phrase from `from`; else -1. */
export function questionAfter(tokens: Token[], from: number, last: number): number {
  for (let k = from; k < last && k - from <= MAX_ASKED_TOKENS; k++) {
    const w = tokens[k] as Token;
    if (ASKED_WHAT.has(w.lower) && !w.cap) return k;
    if (!w.word && !/^(['’]s|\.|-)$/.test(w.text)) return -1;
    if (!w.cap && (CLAUSE_WORDS.has(w.lower) || cueClassOf(w.lower) !== null)) return -1;
  }
  return -1;
}

// "according to early results of exit polls conducted for the AP and the networks by Edison Research, …"
const MAX_SOURCE_TOKENS = 24;

/** The source after "according to": a name, or any noun phrase up to the next comma ("a new Gallup poll"). */
export function accordingSource(tokens: Token[], from: number, last: number): SpeakerMention | null {
  const named = subjectAfter(tokens, from - 1, last);
  let end = from;
  while (
    end < last &&
    end - from < MAX_SOURCE_TOKENS &&
    (tokens[end] as Token).text !== ',' &&
    (tokens[end] as Token).text !== '.'
  )
    end++;
  const fits = end > from && end - from < MAX_SOURCE_TOKENS;
  // "according to a letter to Facebook from the chairman of the Senate committee": a described source runs to the
  // clause end; a name stays as found.
  if (named && !(named.kind === 'description' && named.last < end && fits)) return named;
  if (!fits) return named;
  return { kind: 'description', first: from, last: end, chunk: null, appositive: null };
}

// How long "writing for the Valley Ledger" may be.
const MAX_PLACING_PHRASE = 12;

/** "writing for the Globe:", "speaking on CNN:": an -ing phrase from `from` up to a colon; returns the colon's index. */
function participleBeforeColon(tokens: Token[], from: number, last: number): number | null {
  const t = tokens[from];
  if (!t || t.cap || !t.lower.endsWith('ing')) return null;
  for (let k = from + 1; k < last && k - from <= MAX_PLACING_PHRASE; k++) {
    const text = (tokens[k] as Token).text;
    if (text === ':') return k;
    if (text === ',' || text === ';' || isQuoteMark(tokens[k] as Token)) return null;
  }
  return null;
}

export function accordingTo(doc: Doc, s: Sentence, v: number): Attribution | null {
  const { tokens } = doc;
  const mention = accordingSource(tokens, v + 2, s.last);
  if (!mention) return null;
  const cue: [number, number] = [v, v + 2];
  const make = (startOffset: number, endOffset: number): Attribution | null => {
    const start = trimmedStart(doc, startOffset, endOffset);
    const end = trimmedEnd(doc, start, Math.min(endOffset, start + MAX_CONTENT_CHARS));
    return end > start ? { kind: 'indirect', start, end, cue, mention, belief: false, confidence: 0.7 } : null;
  };
  // "According to X, …": the content follows the comma after the source.
  // "But, according to the poll, …" / "In addition, according to …": a short connective before it changes nothing.
  const connective = (tokens[v - 1] as Token | undefined)?.text === ',' && wordsIn(doc, s.first, v - 1) <= 2;
  if (v === s.first || (v - 1 === s.first && !(tokens[v - 1] as Token).word) || connective) {
    let i = mention.last;
    while (i < s.last && (tokens[i] as Token).text !== ',') i++;
    // "According to X, writing for the Globe: …": the participle phrase that places the source is not content.
    i = participleBeforeColon(tokens, i + 1, s.last) ?? i;
    if (i + 1 >= s.last) return null;
    return make((tokens[i + 1] as Token).start, s.end);
  }
  // "…, according to X." / "… according to X": the content is what comes before.
  const before = (tokens[v - 1] as Token).text === ',' ? v - 2 : v - 1;
  const openerWords = before < s.first ? 0 : wordsIn(doc, s.first, before + 1);
  // "At the heart of the trouble, according to X, was a decision …": the content goes on after the source.
  let sourceEnd = mention.last;
  while (sourceEnd < s.last && sourceEnd - v < 30 && (tokens[sourceEnd] as Token).text !== ',') sourceEnd++;
  const rest = pastRelative(tokens, sourceEnd, s.last);
  if (
    (tokens[v - 1] as Token).text === ',' &&
    rest === sourceEnd &&
    wordsIn(doc, rest, s.last) >= 3 &&
    continuesClause(tokens, rest + 1, s.last)
  )
    return make(openerWords < 3 ? (tokens[rest + 1] as Token).start : s.start, s.end);
  if (openerWords < 3) return null;
  return make(s.start, (tokens[before] as Token).end);
}
