import { isPlaceChunk } from '../entities/collect-entities.ts';
import { chunkEndingAt, chunkStartingAt, isRoleHead } from '../entities/name-chunk.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Token } from '../nlp/token.ts';
import { cueBaseOf, cueClassOf, TAKES_HEARER } from './cue-words.ts';
import { nameMention, pronounMention, type SpeakerMention, subjectAfter, subjectBefore } from './speaker-mention.ts';

// Openers of an introductory phrase that ends with a comma ("In a statement, the campaign said …").
const INTRO = new Set(
  'in on at after before during while earlier later speaking asked meanwhile however but and so still also when as since with without for from at'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(
  'the a an this that these those his her its their our one two three some many several most other another both all'.split(
    ' ',
  ),
);
const STOP = new Set(
  'who which that and or but is was are were has have had will would can could should may might did does do not said says to in on at of for with by as'.split(
    ' ',
  ),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
const NOT_VERBS = new Set('and or but of for to in on at with by from as the a an'.split(' '));

function pronounAt(tokens: Token[], i: number): SpeakerMention | null {
  const t = tokens[i];
  return t && PRONOUNS.has(t.lower) ? pronounMention(i) : null;
}

/** A name chunk, or a description when role words follow it ("the Florida senator" is not a name). */
function nounPhraseAt(tokens: Token[], i: number, before: number): SpeakerMention | null {
  const t = tokens[i];
  if (!t) return null;
  const pronoun = pronounAt(tokens, i);
  if (pronoun) return pronoun;
  const start = DETERMINERS.has(t.lower) ? i + 1 : i;
  // "I'm", "We've" are first person (the author or a quotation's speaker), never a name.
  if (/^(I|We)['’]/.test((tokens[start] as Token | undefined)?.text ?? '')) {
    return pronounMention(start);
  }
  const chunk = chunkStartingAt(tokens, start, before);
  if (chunk && chunk.type !== 'role') {
    const after = tokens[chunk.last];
    if (after && !after.cap && isRoleHead(after)) {
      return { kind: 'description', first: i, last: chunk.last + 1, chunk: null, appositive: null };
    }
    if (start === i || chunk.type === 'organization') {
      return nameMention(chunk);
    }
  }
  if (start === i + 1) {
    let end = start;
    while (end < before && end - start < 7) {
      const w = tokens[end] as Token;
      if (!w.word || STOP.has(w.lower) || (!w.cap && cueClassOf(w.lower) !== null)) break;
      end++;
    }
    if (end > start)
      return {
        kind: 'description',
        first: i,
        last: withComplement(tokens, end, before),
        chunk: null,
        appositive: null,
      };
  }
  return null;
}

const COMPLEMENT_LINKS = new Set(['for', 'of', 'at', 'from', 'with']);

/**
 * "A spokesman for Mayor Frank Jackson", "the chairman of the House committee": a role noun keeps the phrase that
 * says whose role it is, so the description names them.
 */
function withComplement(tokens: Token[], end: number, before: number): number {
  const link = tokens[end];
  const head = tokens[end - 1] as Token;
  if (!link || end + 1 >= before || !COMPLEMENT_LINKS.has(link.lower) || !isRoleHead(head)) return end;
  const from = DETERMINERS.has((tokens[end + 1] as Token).lower) ? end + 2 : end + 1;
  const chunk = chunkStartingAt(tokens, from, before);
  return chunk ? chunk.last : end;
}

// How far a leading quotation is followed (a bound, so one long sentence costs the same anywhere).
const QUOTATION_SCAN = 200;
const DASHES = new Set(['—', '–', '-', '--']);

/** Past a dateline ("PARIS, Aug 31 (Reuters) -", "WASHINGTON —"): nobody speaks in it. */
function afterDateline(tokens: Token[], first: number, before: number): number {
  for (let k = first + 1; k < before && k - first < 10; k++) {
    const t = tokens[k] as Token;
    if (DASHES.has(t.text)) {
      const prev = tokens[k - 1] as Token;
      const upper = (tokens[first] as Token).text === (tokens[first] as Token).text.toUpperCase();
      return prev.text === ')' || (upper && k - first <= 3) ? k + 1 : first;
    }
    if (!(t.cap || /^\p{N}/u.test(t.text) || t.text === ',' || t.text === '(' || t.text === ')' || t.text === '.'))
      return first;
  }
  return first;
}

// Sentence adverbs that open an introductory phrase ("Basically, …", "Once he was president, …").
const INTRO_ADVERBS = new Set(
  'back last early late once first then now soon today yesterday tonight here likewise similarly instead indeed finally ultimately together overall again moreover nevertheless nonetheless afterward afterwards separately additionally if although though because unlike like until upon within without whether despite amid among over under through throughout by given'.split(
    ' ',
  ),
);
const PARTICIPLE_OBJECTS = new Set(
  'at on in of to for with from after before by about into through over under the a an his her their its this these those that'.split(
    ' ',
  ),
);
// Last words of a time phrase before the comma ("The day before, …", "Hours later, …").
const TIME_ENDS = new Set(['before', 'after', 'later', 'earlier', 'ago']);

/**
 * Whether the phrase from `i` to the comma at `comma` is introductory, not the clause's subject: a preposition or
 * subordinator, a sentence adverb, a participle ("Speaking at …", "Based on …"), or a time phrase.
 */
function isIntroPhrase(tokens: Token[], i: number, comma: number): boolean {
  const t = tokens[i] as Token;
  if (INTRO.has(t.lower) || INTRO_ADVERBS.has(t.lower)) return true;
  // A participle or adverb, not a name like "Kelly": what follows is a preposition, an article or the comma.
  const next = tokens[i + 1];
  // "Facing mounting criticism, …": an -ing participle with a lower-case object that is no finite verb.
  const object =
    next !== undefined &&
    (next.text === ',' ||
      PARTICIPLE_OBJECTS.has(next.lower) ||
      (t.lower.endsWith('ing') &&
        !next.cap &&
        next.word &&
        cueClassOf(next.lower) === null &&
        !/(ed|s)$/.test(next.lower)));
  if (t.lower.length > 4 && /(ly|ing|ed)$/.test(t.lower) && object) return true;
  return comma - i <= 6 && TIME_ENDS.has((tokens[comma - 1] as Token).lower);
}

/** "…, Iowa," / "…, Tex.," after an introductory phrase: a place (or a state's abbreviation) that continues it. */
function isPlaceSegment(tokens: Token[], i: number, comma: number): boolean {
  if (comma - i > 4 || comma === i) return false;
  for (let k = i; k < comma; k++) {
    const t = tokens[k] as Token;
    if (!(t.cap || t.text === '.')) return false;
  }
  const chunk = chunkStartingAt(tokens, i, comma);
  if (chunk && chunk.last === comma && isPlaceChunk(tokens, chunk)) return true;
  // "Tex.", "N.H.", "Mass.": a short capitalised abbreviation.
  const last = tokens[comma - 1] as Token;
  return comma - i <= 2 && (last.text === '.' || /^(\p{Lu}\.)+$/u.test(last.text));
}

function commaAfter(tokens: Token[], i: number, before: number, limit: number): number {
  let j = i;
  while (j < before && j - i < limit && (tokens[j] as Token).text !== ',') j++;
  return j < before && (tokens[j] as Token).text === ',' ? j : -1;
}

/**
 * The subject at the start of a clause, past a dateline and introductory phrases ("At a campaign event in Ames,
 * Iowa, on Sunday, Mrs. Clinton …"): used for participle cues ("…, saying …") and for quotations embedded in a
 * sentence ("Bush called Trump “unhinged.”").
 */
export function subjectAtStart(tokens: Token[], first: number, before: number): SpeakerMention | null {
  let i = first;
  // "“…,” Manafort continued, referring to …": a quotation that opens the sentence is not its subject.
  if (i < before && isQuoteMark(tokens[i] as Token)) {
    let close = i + 1;
    while (close < before && close - i < QUOTATION_SCAN && !isQuoteMark(tokens[close] as Token)) close++;
    i = close < before && isQuoteMark(tokens[close] as Token) ? close + 1 : i + 1;
    if ((tokens[i] as Token | undefined)?.text === ',') i++;
  }
  while (i < before && isQuoteMark(tokens[i] as Token)) i++;
  if (i >= before) return null;
  i = afterDateline(tokens, i, before);
  for (let guard = 0; guard < 4 && i < before; guard++) {
    const comma = commaAfter(tokens, i, before, 20);
    if (comma < 0) break;
    const intro =
      guard === 0
        ? isIntroPhrase(tokens, i, comma)
        : isIntroPhrase(tokens, i, comma) || isPlaceSegment(tokens, i, comma);
    if (!intro) break;
    i = comma + 1;
  }
  return nounPhraseAt(tokens, afterExpletive(tokens, i, before), before);
}

const EXPLETIVE_VERBS = new Set(['is', 'was', "'s", '’s', 'seems', 'seemed', 'appears', 'appeared']);

/**
 * "It is strange that Trump would denounce …", "It’s a big if, but Sanders was …": a dummy "it" is nobody; the
 * subject is that of the clause after "that" or "but" (within a few words).
 */
function afterExpletive(tokens: Token[], i: number, before: number): number {
  if ((tokens[i] as Token | undefined)?.lower !== 'it' || !EXPLETIVE_VERBS.has(tokens[i + 1]?.lower ?? '')) return i;
  for (let k = i + 2; k < before && k - i < 16; k++) {
    const w = tokens[k] as Token;
    if (w.lower === 'that' || w.lower === 'but') return k + 1;
    if (isQuoteMark(w)) break;
  }
  return i;
}

const NOT_SUBJECT_BEFORE = new Set(
  'the a an his her its their our my your this that these those of in on at to for with from by about into over under against'.split(
    ' ',
  ),
);

/**
 * "… a reaction from Barack Obama, who called the nominee “unfit”": a quotation inside a relative clause is said by
 * the clause's antecedent (a person named right before "who"), not by the sentence's subject. Looks back a few
 * tokens from the quotation only, so long sentences stay linear.
 */
export function relativeSubjectBefore(tokens: Token[], first: number, before: number): SpeakerMention | null {
  for (let w = before - 1; w > first && before - w <= 12; w--) {
    const t = tokens[w] as Token;
    // A comma closes the relative clause before the quotation ("Jane Kim, who is running, “is …”").
    if (isQuoteMark(t) || t.text === ';' || t.text === ',') return null;
    if (t.lower !== 'who' || t.cap) continue;
    // "Rubio, who he dubbed “the little senator”": "who" is the object, the speaker is the clause's own subject.
    const next = tokens[w + 1] as Token;
    if (next.cap || PRONOUNS.has(next.lower) || DETERMINERS.has(next.lower)) return null;
    const end = (tokens[w - 1] as Token).text === ',' ? w - 2 : w - 1;
    const chunk = chunkEndingAt(tokens, end, first);
    if (chunk?.type !== 'person') return null;
    return nameMention(chunk);
  }
  return null;
}

// How far back `subjectShortlyBefore` looks, so long sentences stay linear.
const SUBJECT_WINDOW = 15;

/** The nearest subject in the few tokens before `at` (not before `floor`): the clause of a label or a noun. */
export function subjectShortlyBefore(tokens: Token[], at: number, floor: number): SpeakerMention | null {
  return nearestSubjectBefore(tokens, at - 1, Math.max(floor, at - SUBJECT_WINDOW));
}

/** "Rubio thanked Miami and said …": the nearest name or pronoun before `from` that is followed by a verb. */
export function nearestSubjectBefore(tokens: Token[], from: number, floor: number): SpeakerMention | null {
  for (let i = from; i >= floor; i--) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (!next || next.cap || !next.word || NOT_VERBS.has(next.lower)) continue;
    const pronoun = pronounAt(tokens, i);
    if (pronoun) return pronoun;
    if (t.cap) {
      const chunk = chunkEndingAt(tokens, i, floor);
      // "in the British parliament and suggested", "a Vietnamese prison and says": a name after an article, a
      // possessive or a preposition is inside another phrase, not the subject.
      const before = tokens[(chunk?.first ?? i) - 1];
      const inside = before !== undefined && (NOT_SUBJECT_BEFORE.has(before.lower) || /^['’]s$/.test(before.text));
      if (chunk && chunk.type !== 'role' && !inside) return nameMention(chunk);
      if (chunk) i = chunk.first;
    }
  }
  return null;
}

/** The subject of the speech cue at `cue` ("Christie said", "said Trump"), or null when it is no lower-case speech verb. */
export function speechCueSubject(tokens: Token[], cue: number, floor: number): SpeakerMention | null {
  const t = tokens[cue];
  if (!t || cue <= floor || t.cap || cueClassOf(t.lower) !== 'speech') return null;
  return subjectBefore(tokens, cue, floor) ?? subjectAfter(tokens, cue, cue + 1);
}

const MODALS = new Set(['could', 'can', 'should', 'might', 'may', 'must', 'only']);

/**
 * "a spokesman could only quip: “…”": a modal (and "only") before a cue that leads into a quotation stands between
 * the subject and the verb. Kept to leading cues: elsewhere "could deny him the nomination" reports nothing.
 */
function subjectBeforeModal(tokens: Token[], verb: number, floor: number): SpeakerMention | null {
  let j = verb - 1;
  while (j > floor && verb - j <= 2 && MODALS.has((tokens[j] as Token).lower)) j--;
  return j < verb - 1 ? subjectBefore(tokens, j + 1, floor) : null;
}

const HAVE = new Set(['had', 'has', 'have']);

/** "a paper from the institute had this to say about his plan: “…”": the subject of "had". */
function hadThisToSaySubject(tokens: Token[], verb: number, floor: number): SpeakerMention | null {
  if (tokens[verb - 1]?.lower !== 'to') return null;
  const object = tokens[verb - 2]?.lower;
  if (object !== 'this' && object !== 'following') return null;
  let have = verb - 3;
  if (object === 'following' && tokens[have]?.lower === 'the') have--;
  return have > floor && HAVE.has((tokens[have] as Token).lower) ? subjectBefore(tokens, have, floor) : null;
}

/**
 * The subject of a cue that leads into a quotation ("Rubio said, “…”", "…, telling Reuters, “…”"). A participle's
 * subject is its clause's; after "and/but" it is the first verb's ("… but told his supporters, “…”"); only a plain
 * verb can invert ("Said Stone: “…”"), and the noun phrase after "told"/"telling" is the hearer, never the speaker.
 */
export function leadingCueSubject(
  tokens: Token[],
  verb: number,
  floor: number,
  ceiling: number,
): SpeakerMention | null {
  const t = tokens[verb] as Token;
  const prev = tokens[verb - 1];
  // "could only quip: “…”": only a cue right before the quotation's colon or comma ("can add a title to …: “…”").
  const before =
    subjectBefore(tokens, verb, floor) ??
    (verb === ceiling - 1 ? subjectBeforeModal(tokens, verb, floor) : null) ??
    hadThisToSaySubject(tokens, verb, floor);
  // "…, saying that “…” …": the quotation is part of a reported clause, which the indirect pass reports.
  if (tokens[ceiling]?.lower === 'that') return before;
  if (t.lower.endsWith('ing') && prev?.text === ',') {
    // "“…,” Trump said, adding, “…”": the participle shares the subject of the cue before it.
    const cue = tokens[verb - 2];
    const shared =
      cue && !cue.cap && cueClassOf(cue.lower) === 'speech' ? subjectBefore(tokens, verb - 2, floor) : null;
    return shared ?? subjectAtStart(tokens, floor, verb);
  }
  if (before) return before;
  if (prev?.lower === 'and' || prev?.lower === 'but')
    return nearestSubjectBefore(tokens, verb - 2, floor) ?? subjectAtStart(tokens, floor, verb);
  if (t.lower.endsWith('ing') || TAKES_HEARER.has(cueBaseOf(t.lower) ?? '')) return null;
  // Inversion ("Said Stone: “…”") puts the verb first in its clause; elsewhere the phrase after it is its object.
  const opens = verb === floor || prev === undefined || prev.text === ',' || isQuoteMark(prev);
  return opens ? subjectAfter(tokens, verb, ceiling) : null;
}
