/**
 * Who speaks in reported speech when the plain subject reader (`speaker-mention.ts`) finds nobody: subjects behind a
 * time phrase, an auxiliary, a long appositive or a dash, of participles, and inverted subjects after the cue.
 */
import { chunkStartingAt, isRoleHead } from '../entities/name-chunk.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import { nearestSubjectBefore, speechCueSubject, subjectAtStart } from './clause-subject.ts';
import { appositiveEnd, CLAUSE_END, skipHearer, skipTrailingModifiers } from './cue-clause.ts';
import { cueBaseOf, cueClassOf, TAKES_HEARER } from './cue-words.ts';
import {
  CLAUSE_WORDS,
  CLOSING_CUE_FORM,
  HEARERS,
  hasVerb,
  isAuxiliaryOrAdverb,
  isComma,
  isNounPhrase,
  isPlainNoun,
  MAX_SUBJECT_TOKENS,
  PHRASE_DETERMINERS,
  pastDateline,
  RELATIVES,
  SENTENCE_ADVERBS,
} from './indirect-clause.ts';
import { type SpeakerMention, subjectAfter, subjectBefore } from './speaker-mention.ts';

/**
 * Where the cue's subject phrase starts: before "the" of "the Guardian", or back to a comma over the rest of a
 * description the speaker readers cut short ("the prime minister’s spokesman", "a source close to him").
 */
export function subjectPhraseStart(tokens: Token[], speaker: SpeakerMention, v: number, floor: number): number {
  let first = speaker.first;
  if (PHRASE_DETERMINERS.has(tokens[first - 1]?.lower ?? '')) first--;
  if (tokens[first - 1]?.text === ',' || speaker.kind === 'pronoun') return first;
  // "an arrangement the campaign has criticized", "a word Trump repeated": a relative clause, not a subject.
  const joint = tokens[first - 1];
  if (!joint || PHRASE_DETERMINERS.has(joint.lower) || !(joint.cap || isRoleHead(joint) || /^['’]s?$/.test(joint.text)))
    return first;
  for (let c = first - 1; c > floor && v - c <= MAX_SUBJECT_TOKENS; c--) {
    if (isComma(tokens, c)) return isNounPhrase(tokens, c + 1, first) ? c + 1 : first;
  }
  return first;
}

/** "And Trump, said Sunshine, who remains friendly with him, doesn't forgive": past the speaker's relative clause. */
export function pastRelative(tokens: Token[], at: number, last: number): number {
  if (tokens[at]?.text !== ',' || !RELATIVES.has(tokens[at + 1]?.lower ?? '')) return at;
  for (let k = at + 2; k < last && k - at < 25; k++) if ((tokens[k] as Token).text === ',') return k;
  return at;
}

/** "…, a spokesman told The Associated Press.": past a hearer that ends the cue's clause, else right after the cue. */
export function hearerClosesClause(tokens: Token[], v: number, last: number): number {
  const next = tokens[v + 1];
  if (!next || !TAKES_HEARER.has(cueBaseOf((tokens[v] as Token).lower) ?? '')) return v + 1;
  // A named hearer or "reporters"; "told a joke" has an object, not a hearer.
  const named = next.cap || (PHRASE_DETERMINERS.has(next.lower) && tokens[v + 2]?.cap === true);
  if (!named && !HEARERS.has(next.lower)) return v + 1;
  // "told POLITICO" (a name the chunker leaves alone), "told a Senate panel Wednesday".
  let after = Math.max(skipHearer(tokens, v + 1, last), named ? v + 2 : v + 1);
  if (PHRASE_DETERMINERS.has(next.lower))
    while (after < last && after - v < 6 && isPlainNoun(tokens[after] as Token)) after++;
  const end = skipTrailingModifiers(tokens, after, last);
  return end >= last || CLAUSE_END.has((tokens[end] as Token).text) ? after : v + 1;
}

/** "…, a source close to him said.": the noun phrase between a comma and a cue that ends the sentence. */
export function phraseBeforeClosingCue(tokens: Token[], v: number, after: number, s: Sentence): SpeakerMention | null {
  if (!CLOSING_CUE_FORM.test((tokens[v] as Token).lower)) return null;
  const end = skipTrailingModifiers(tokens, after, s.last);
  if (end < s.last && !CLAUSE_END.has((tokens[end] as Token).text)) return null;
  for (let c = v - 1; c > s.first && v - c <= MAX_SUBJECT_TOKENS; c--) {
    if (!isComma(tokens, c)) continue;
    if (!isNounPhrase(tokens, c + 1, v)) return null;
    return { kind: 'description', first: c + 1, last: v, chunk: null, appositive: null };
  }
  return null;
}

const OBJECT_PREPOSITIONS = new Set(['among', 'from', 'with', 'by', 'to', 'for']);

const SHARE_UNITS = new Set(['%', 'percent']);

const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week weekend month year yesterday today tonight earlier recently'.split(
    ' ',
  ),
);

const TIME_LEADS = new Set(['on', 'last', 'this', 'late', 'early', 'earlier', 'later']);

const ADVERBS_AFTER_CONJUNCTION = new Set(['then', 'also', 'later', 'now', 'still', 'instead']);

/** Past "Last month," or "On Tuesday morning," opening a sentence, else `start`. */
function pastOpeningTime(tokens: Token[], start: number, v: number): number {
  let k = start;
  while (
    k < v &&
    k - start < 4 &&
    (TIME_WORDS.has((tokens[k] as Token).lower) || TIME_LEADS.has((tokens[k] as Token).lower))
  )
    k++;
  return k > start && isComma(tokens, k) ? k + 1 : start;
}

/** Where a time phrase that ends right before `v` starts ("on Thursday evening", "last week"), else `v`. */
function timePhraseStart(tokens: Token[], v: number, floor: number): number {
  let k = v;
  while (k - 1 >= floor && v - k < 4 && TIME_WORDS.has((tokens[k - 1] as Token).lower)) k--;
  if (k === v) return v;
  while (k - 1 >= floor && v - k < 5 && TIME_LEADS.has((tokens[k - 1] as Token).lower)) k--;
  return k;
}

/**
 * The subject of a cue the plain reader misses because something stands between them: a time phrase ("Clinton on
 * Tuesday said"), a coordinated verb phrase ("… refused to answer but said", "…, then says") or "who" after a
 * preposition ("among voters who said").
 */
export function subjectAcrossModifier(tokens: Token[], v: number, s: Sentence): SpeakerMention | null {
  let j = v - 1;
  if (ADVERBS_AFTER_CONJUNCTION.has(tokens[j]?.lower ?? '')) j--;
  const t = tokens[j];
  if (!t || j < s.first) return null;
  if (t.lower === 'but' || (t.lower === 'and' && j < v - 1) || (t.text === ',' && j < v - 1))
    return subjectAtStart(tokens, s.first, j) ?? nearestSubjectBefore(tokens, j - 1, s.first);
  // "Clinton won among voters who said …": a relative clause on a prepositional object runs to the clause's end
  // ("Those who said X were divided" goes on with its main verb, so a subject's relative clause is not read).
  if (t.lower === 'who' && !t.cap) {
    let p = j - 1;
    while (
      p > s.first &&
      j - p <= 4 &&
      (tokens[p] as Token).word &&
      !CLAUSE_WORDS.has((tokens[p] as Token).lower) &&
      !OBJECT_PREPOSITIONS.has((tokens[p] as Token).lower)
    )
      p--;
    if (p < j - 1 && OBJECT_PREPOSITIONS.has((tokens[p] as Token).lower))
      return { kind: 'description', first: p + 1, last: j, chunk: null, appositive: null };
  }
  // "Officials, however, said …"
  if (t.text === ',' && SENTENCE_ADVERBS.has(tokens[j - 1]?.lower ?? '') && tokens[j - 2]?.text === ',')
    return subjectBefore(tokens, j - 2, s.first);
  // "42% say …", "A third of independents, 33%, say …"
  const share = t.text === ',' ? j - 1 : j;
  if (SHARE_UNITS.has(tokens[share]?.lower ?? '')) {
    let k = share;
    while (k > s.first && share - k < 3 && !/^\p{N}/u.test((tokens[k] as Token).text)) k--;
    if (/^\p{N}/u.test((tokens[k] as Token).text))
      return { kind: 'description', first: k, last: share + 1, chunk: null, appositive: null };
  }
  const k = timePhraseStart(tokens, v, s.first);
  if (k < v && k > s.first) return subjectBefore(tokens, k, s.first);
  // "would only say", "wouldn’t say", "now says": auxiliaries and adverbs the plain reader does not skip.
  let a = v;
  while (a - 1 > s.first && v - a < 3 && isAuxiliaryOrAdverb(tokens[a - 1] as Token)) a--;
  return a < v ? subjectBefore(tokens, a, s.first) : null;
}

/** "A person familiar with the planning says …": everything before the cue is one noun phrase too long to read back. */
export function wholeSubject(tokens: Token[], v: number, s: Sentence): SpeakerMention | null {
  const start = pastDateline(tokens, s);
  const t = tokens[v] as Token;
  // A finite verb form ("says", "said", "warned"); "Editor’s note", "The tweet" are nouns.
  if (!(CLOSING_CUE_FORM.test(t.lower) || t.lower === 'say') || /['’]s?$/.test(tokens[v - 1]?.text ?? '')) return null;
  if (v - start < 2 || !isNounPhrase(tokens, start, v)) return null;
  return { kind: 'description', first: start, last: v, chunk: null, appositive: null };
}

const APPOSITIVE_OPENERS = new Set([',', '—', '–', '(', '-']);

// An appositive longer than this is not read back to the sentence's subject.
const MAX_APPOSITIVE_TOKENS = 40;

const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so', 'still']);

/**
 * "Mrs. Clinton's campaign, which has been shadowed by …, said", "Yet Democratic economists, like …, say": the noun
 * phrase from the clause's start (past a dateline and a conjunction) to its first comma.
 */
function phraseBeforeFirstComma(tokens: Token[], v: number, s: Sentence): SpeakerMention | null {
  let start = pastDateline(tokens, s);
  if (LEADING_CONJUNCTIONS.has((tokens[start] as Token).lower)) start++;
  // "Last month, the Independent, a British newspaper, revealed …"
  start = pastOpeningTime(tokens, start, v);
  let k = start;
  while (k < v - 1 && k - start <= MAX_SUBJECT_TOKENS && !isComma(tokens, k)) k++;
  if (k >= v - 1 || !isComma(tokens, k) || !isNounPhrase(tokens, start, k)) return null;
  const m = subjectBefore(tokens, k, start);
  if (m && m.last === k) return m;
  return { kind: 'description', first: start, last: k, chunk: null, appositive: null };
}

/**
 * "Jillian Chase, 27, a user in New York, said …", "Joyce — who is listed as an attorney — told …": the sentence's
 * subject, when an appositive too long or too varied for the plain reader stands between it and the cue.
 */
export function subjectBeforeAppositive(tokens: Token[], v: number, s: Sentence): SpeakerMention | null {
  const prev = tokens[v - 1];
  const opener = prev?.text === ')' ? '(' : prev?.text;
  if (!opener || !APPOSITIVE_OPENERS.has(opener) || v - s.first > MAX_APPOSITIVE_TOKENS) return null;
  // "One of the authors of the report, Ari Fleischer, said": the name between the last two commas.
  if (opener === ',') {
    let c = v - 2;
    while (c > s.first && v - c <= MAX_SUBJECT_TOKENS && (tokens[c] as Token).text !== ',') c--;
    const named = (tokens[c] as Token).text === ',' ? chunkStartingAt(tokens, c + 1, v - 1) : null;
    if (named?.type === 'person' && named.last === v - 1)
      return { kind: 'name', first: named.first, last: named.last, chunk: named, appositive: null };
  }
  // "Many speakers at the service — including Muslims and Jews — said": the phrase before the first dash.
  let m: SpeakerMention | null = null;
  if (opener !== ',') {
    let k = s.first;
    while (k < v - 1 && (tokens[k] as Token).text !== opener) k++;
    m = k < v - 1 && k > s.first ? subjectBefore(tokens, k, s.first) : null;
  } else m = subjectAtStart(tokens, s.first, v);
  // "…, said lobbyist and strategist Charlie Black, …": no verb after the cue, so what follows is its subject.
  if (opener === ',' && (!m || !APPOSITIVE_OPENERS.has(tokens[m.last]?.text ?? '')))
    m = hasVerb(tokens, v + 1, s.last) ? phraseBeforeFirstComma(tokens, v, s) : null;
  if (!m || m.last >= v - 1 || !APPOSITIVE_OPENERS.has((tokens[m.last] as Token).text)) return null;
  // "Humphrey, who calls Trump a “sociopath,” said …": a named speaker's relative clause may quote and report.
  const relative = m.kind === 'name' && tokens[m.last + 1]?.lower === 'who';
  for (let k = m.last; k < v - 1; k++) {
    const w = tokens[k] as Token;
    if (w.text === ';' || (!relative && (isQuoteMark(w) || (!w.cap && cueClassOf(w.lower) !== null)))) return null;
  }
  return m;
}

// Words that attach a participle cue to the clause before it ("…, saying", "and suggesting", "while noting").
const PARTICIPLE_LEADS = new Set([',', 'and', '—', '–', 'while', 'by', 'before', 'after']);

const PARTICIPLE_ADVERBS = new Set(['then', 'also', 'later', 'even', 'just', 'not']);

const QUANTITY = /^(\p{N}[\p{N},.]*%?|percent|%|half|majority|third|quarter)$/u;

/** Whether the sentence ends at `from` or goes on only with an appositive (", director of the Center"). */
export function onlyAppositiveFollows(tokens: Token[], from: number, last: number): boolean {
  if (from >= last - 1) return true;
  if ((tokens[from] as Token).text !== ',' || last - from > MAX_APPOSITIVE_TOKENS) return false;
  for (let k = from + 1; k < last - 1; k++) {
    const w = tokens[k] as Token;
    if (!w.word && !/^(['’]s|,|\.|-)$/.test(w.text)) return false;
    if (!w.cap && (CLAUSE_WORDS.has(w.lower) || cueClassOf(w.lower) !== null)) return false;
  }
  return true;
}

/** "said the company's chief executive": a description cut at the possessive goes on to its head noun. */
export function pastPossessive(tokens: Token[], m: SpeakerMention | null): SpeakerMention | null {
  if (m?.kind !== 'description' || !/^['’]s$/.test(tokens[m.last]?.text ?? '')) return m;
  let last = m.last + 1;
  while (last - m.last <= 4 && isPlainNoun(tokens[last] as Token)) last++;
  return last > m.last + 1 ? { ...m, last } : m;
}

/** "said an official who was briefed": a description read past "who" ends before it. */
export function beforeRelative(tokens: Token[], m: SpeakerMention | null): SpeakerMention | null {
  if (m?.kind !== 'description') return m;
  for (let k = m.first + 1; k < m.last; k++) if (RELATIVES.has((tokens[k] as Token).lower)) return { ...m, last: k };
  return m;
}

/** Where an inverted subject ends: past its appositive, and past a relative clause ("said an official who …"). */
export function invertedEnd(tokens: Token[], m: SpeakerMention, last: number): number {
  const end = appositiveEnd(tokens, m);
  const relative = tokens[end]?.text === ',' ? end + 1 : end;
  return RELATIVES.has(tokens[relative]?.lower ?? '') || (relative > end && onlyAppositiveFollows(tokens, end, last))
    ? last
    : end;
}

/** "Both parents stiffened their denunciation": the noun phrase before the sentence's first verb-like word. */
function leadingSubject(tokens: Token[], first: number, v: number): SpeakerMention | null {
  for (let k = first + 1; k < v && k - first < 12; k++) {
    const w = tokens[k] as Token;
    if (!w.word) return null;
    if (!w.cap && (/ed$/.test(w.lower) || CLAUSE_WORDS.has(w.lower))) return subjectBefore(tokens, k, first);
  }
  return null;
}

/**
 * The subject of a participle cue: "…, saying …", "… and suggesting …", "… while noting …", "…, eventually
 * saying …" take the clause's subject; "with 62 percent of voters saying …" takes the quantity before it.
 */
export function participleSubject(tokens: Token[], v: number, s: Sentence): SpeakerMention | null {
  let lead = v - 1;
  const adverb = tokens[lead];
  if (adverb && !adverb.cap && (PARTICIPLE_ADVERBS.has(adverb.lower) || /ly$/.test(adverb.lower))) lead--;
  // "… what had been called the “Golden Week,” saying …": the comma sits inside the quotation.
  if (isQuoteMark(tokens[lead] as Token) && tokens[lead - 1]?.text === ',') lead--;
  const t = tokens[lead];
  if (!t || lead < s.first) return null;
  if (PARTICIPLE_LEADS.has(t.lower)) {
    const start = pastDateline(tokens, s);
    const before = t.text === ',' ? cueSubjectBefore(tokens, lead - 1, s.first) : null;
    const atStart = before ?? invertedAfterQuotation(tokens, s.first, lead) ?? subjectAtStart(tokens, start, lead);
    // "It was a potent punch, as Mrs. Clinton echoed the criticism, saying …": a dummy "it" says nothing; the
    // participle goes with the nearest clause's subject.
    const dummy = atStart?.kind === 'pronoun' && (tokens[atStart.first] as Token).lower === 'it';
    const nearer = dummy ? nearestSubjectBefore(tokens, lead - 1, Math.max(start, lead - 20)) : null;
    return nearer ?? atStart ?? leadingSubject(tokens, start, lead) ?? phraseBeforeFirstComma(tokens, lead, s);
  }
  // "with 47 percent of Cuban Americans saying …": a share a few words back.
  if (lead !== v - 1) return null;
  for (let k = v - 1; k >= s.first && v - k <= 6; k--) {
    const w = tokens[k] as Token;
    if (!w.word && w.text !== '%') return null;
    if (QUANTITY.test(w.lower)) return { kind: 'description', first: k, last: v, chunk: null, appositive: null };
  }
  return null;
}

/**
 * "“…,” said Tommy Vietor, a former spokesman, recalling …": in a sentence that opens with a quotation and an
 * inverted cue, the participle shares the cue's subject (not a word inside the quotation). Looks a bounded stretch.
 */
function invertedAfterQuotation(tokens: Token[], first: number, lead: number): SpeakerMention | null {
  if (!isQuoteMark(tokens[first] as Token)) return null;
  let close = first + 1;
  while (close < lead && close - first < 200 && !isQuoteMark(tokens[close] as Token)) close++;
  // An archive-style inner single mark may follow the closing one (",''' said").
  let cue = close + 1;
  while (cue < lead && /^[,']$/.test((tokens[cue] as Token).text)) cue++;
  const t = tokens[cue];
  if (close >= lead || !t || t.cap || cueClassOf(t.lower) !== 'speech') return null;
  return subjectAfter(tokens, cue, lead);
}

/** "“…,” Christie said, adding that …": the subject of the cue right before the participle's comma. */
function cueSubjectBefore(tokens: Token[], end: number, floor: number): SpeakerMention | null {
  // "Manafort said Thursday night, suggesting …": past a time phrase after the cue.
  return speechCueSubject(tokens, timePhraseStart(tokens, end + 1, floor) - 1, floor);
}
