// The issuer of a text speaks through it: "Ruiz released the following statement: “…”", "the campaign launched an
// ad titled “Scam.”" — the subject of a verb of issuing whose object is a statement, an ad, a memo or a column.
import { chunkStartingAt } from '../entities/name-chunk.ts';
import type { Token } from '../nlp/token.ts';
import { subjectAtStart } from './clause-subject.ts';
import { SPEECH_NOUNS } from './cue-words.ts';
import { ownerOfPossessive, pronounMention, type SpeakerMention, subjectBefore } from './speaker-mention.ts';

// Verbs by which a source puts out its own words; not "quoted", "read", "obtained" or "cited", whose object is
// someone else's text.
const ISSUING_VERBS = new Set(
  (
    'released issued posted published sent delivered gave made offered tweeted wrote added launched unveiled aired ' +
    'penned authored ran issues releases posts sends launches unveils publishes writes pens issuing releasing ' +
    'posting sending putting publishing launching unveiling'
  ).split(' '),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'its', 'their']);
// Texts a source puts out under a title, besides the nouns of speech.
const WORK_NOUNS = new Set(
  'ad ads advertisement commercial spot video column op-ed editorial essay article piece book paper blog'.split(' '),
);

/** A verb of issuing at `v`, or one with "out" ("put out", "sent out"). Returns the verb's index, or -1. */
function issuingVerbEndingAt(tokens: Token[], v: number, floor: number): number {
  const t = tokens[v];
  if (!t || v < floor || t.cap) return -1;
  const verb = t.lower === 'out' ? v - 1 : v;
  const w = tokens[verb];
  if (!w || verb < floor || w.cap) return -1;
  return ISSUING_VERBS.has(w.lower) || (verb < v && w.lower === 'put') ? verb : -1;
}

/** The subject of an issuing verb; "…, putting out a statement": a participle after a comma is the clause subject's. */
export function issuingSubject(tokens: Token[], verb: number, floor: number): SpeakerMention | null {
  const participle = (tokens[verb] as Token).lower.endsWith('ing');
  if (!participle) return subjectBefore(tokens, verb, floor);
  return tokens[verb - 1]?.text === ',' ? subjectAtStart(tokens, floor, verb - 1) : null;
}

/** Texts a source speaks through: nouns of speech ("statement", "memo") and titled works ("ad", "editorial"). */
export function isDocumentNoun(lower: string): boolean {
  return SPEECH_NOUNS.has(lower) || WORK_NOUNS.has(lower);
}

// How far back the sentence that issued a document may stand ("X sent an email. … “…,” the email read.").
const ISSUER_WINDOW = 120;

/**
 * "The Ruiz campaign sent out an email on Friday. … “…,” the email read.": the subject of the nearest verb of
 * issuing, before `at` (bounded), whose object is a `noun` of the same kind. `sentenceStart(i)` gives the first token
 * of token i's sentence.
 */
export function issuerOfDocument(
  tokens: Token[],
  noun: string,
  at: number,
  sentenceStart: (i: number) => number,
): SpeakerMention | null {
  const stem = noun.replace(/s$/, '');
  for (let i = at - 1; i > 1 && at - i <= ISSUER_WINDOW; i--) {
    const t = tokens[i] as Token;
    if (t.cap || t.lower.replace(/s$/, '') !== stem) continue;
    // Up to two modifiers between the determiner and the noun ("a fundraising email").
    for (let d = i - 1; d >= 1 && i - d <= 3; d--) {
      const w = tokens[d] as Token;
      if (!w.word || w.cap) break;
      if (!DETERMINERS.has(w.lower)) continue;
      const floor = sentenceStart(d);
      const verb = issuingVerbEndingAt(tokens, d - 1, floor);
      return verb >= 0 ? issuingSubject(tokens, verb, floor) : null;
    }
  }
  return null;
}

/**
 * "Ruiz released the following statement:", "the ministry put out a brief statement:": a verb of issuing whose
 * object, a speech noun, is the last word before the colon. Returns the verb's index, or -1.
 */
export function issuingVerbBeforeColon(tokens: Token[], colon: number, floor: number): number {
  const noun = tokens[colon - 1];
  if (tokens[colon]?.text !== ':' || !noun || noun.cap || !SPEECH_NOUNS.has(noun.lower)) return -1;
  // Up to two modifiers between the determiner and the noun ("the following short statement").
  for (let d = colon - 2; d >= floor && d >= colon - 4; d--) {
    const t = tokens[d] as Token;
    if (!t.word || t.cap) return -1;
    if (DETERMINERS.has(t.lower)) return issuingVerbEndingAt(tokens, d - 1, floor);
  }
  return -1;
}

const PREPOSITIONS = new Set(['in', 'on', 'for', 'at', 'to', 'with', 'from', 'about']);
// How far back from a title word the verb of issuing may stand ("launched a radio ad in Iowa on Monday titled").
const TITLED_WINDOW = 12;

/**
 * "Mook released a memo titled “…”", "Ruiz published a column in the Globe, entitled “…”": the subject of the verb
 * that issued the titled work, or null (a title with no issuer named: "The ad, titled “Unifier?”, …").
 */
export function issuerOfTitledWork(tokens: Token[], titled: number, floor: number): SpeakerMention | null {
  let noun = false;
  for (let j = titled - 1; j >= floor && titled - j <= TITLED_WINDOW; j--) {
    const t = tokens[j] as Token;
    // Only a comma right before the title word: "…, entitled, “…”".
    if ((t.text === ',' && j !== titled - 1) || (!t.word && t.text !== ',')) return null;
    if (!t.cap && (WORK_NOUNS.has(t.lower) || SPEECH_NOUNS.has(t.lower))) noun = true;
    if (!noun || !DETERMINERS.has(t.lower)) continue;
    const verb = issuingVerbEndingAt(tokens, j - 1, floor);
    if (verb >= 0) return issuingSubject(tokens, verb, floor);
    // "a memo to the board titled": the determiner of a modifier's noun; the work's own is further back.
    if (!PREPOSITIONS.has(tokens[j - 1]?.lower ?? '')) return null;
  }
  return null;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/** Where the owner of the noun at `noun` ends ("Bush’s Facebook post", "his famous demand"), past ≤2 modifiers. */
function ownerBefore(tokens: Token[], noun: number, floor: number): number {
  for (let j = noun - 1; j >= floor && noun - j <= 3; j--) {
    const t = tokens[j] as Token;
    if (POSSESSIVE_PRONOUNS.has(t.lower)) return j;
    if (t.text === '’s' || t.text === "'s") return j;
    if (!t.word || DETERMINERS.has(t.lower)) return -1;
  }
  return -1;
}

const PAST_FORMS = new Set(['said', 'told', 'wrote', 'written']);

/**
 * A speech word used as a noun: right after an owner ("his demand", "Trump’s claims"), or a document noun after an
 * owner and a modifier ("Bush’s Facebook post"); never a past form ("Trump’s campaign said", "He’s said").
 */
export function isOwnedNoun(tokens: Token[], i: number, floor: number): boolean {
  const t = tokens[i] as Token;
  if (PAST_FORMS.has(t.lower) || /(ed|ing)$/.test(t.lower)) return false;
  const owner = ownerBefore(tokens, i, floor);
  // "his famous demand": a base form after the owner's modifiers is a noun (a verb there would take -s).
  return owner === i - 1 || (owner >= 0 && (isDocumentNoun(t.lower) || !t.lower.endsWith('s')));
}

// How far before a colon the owned document may stand ("his famous demand in Berlin in 1987:").
const OWNED_WINDOW = 8;

/**
 * "From Bush’s Facebook post: “…”", "voiced in his famous demand in Berlin in 1987: “…”": a document or speech noun
 * with an owner, shortly before the colon that opens the quotation, speaks for that owner. Returns the owner's
 * mention (a name before "’s", or the possessive pronoun).
 */
export function ownerOfDocumentBeforeColon(
  tokens: Token[],
  colon: number,
  floor: number,
  isSpeechWord: (lower: string) => boolean,
): SpeakerMention | null {
  for (let i = colon - 1; i >= floor && colon - i <= OWNED_WINDOW; i--) {
    const t = tokens[i] as Token;
    if (!t.word && t.text !== '.') return null;
    if (t.cap || !(isDocumentNoun(t.lower) || isSpeechWord(t.lower))) continue;
    if (!isOwnedNoun(tokens, i, floor)) return null;
    const owner = ownerBefore(tokens, i, floor);
    const o = tokens[owner] as Token;
    return POSSESSIVE_PRONOUNS.has(o.lower) ? pronounMention(owner) : ownerOfPossessive(tokens, owner, floor);
  }
  return null;
}

const SOURCE_PREPOSITIONS = new Set(['by', 'from']);

/**
 * "a report by the Urban Institute", "a memo from Ana Ruiz": a document phrase at `first` whose author follows "by" or
 * "from". Returns the author's name (the document kept as its appositive), or null. `isSpeechWord` admits the nouns
 * that are also reporting verbs ("report", "post").
 */
export function documentAuthorAt(
  tokens: Token[],
  first: number,
  ceiling: number,
  isSpeechWord: (lower: string) => boolean,
): SpeakerMention | null {
  const t = tokens[first];
  if (!t || !['a', 'an', 'the'].includes(t.lower)) return null;
  for (let i = first + 1; i < ceiling && i - first <= 3; i++) {
    const w = tokens[i] as Token;
    if (!w.word) return null;
    if (w.cap || !(isDocumentNoun(w.lower) || isSpeechWord(w.lower))) continue;
    if (!SOURCE_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '')) return null;
    const at = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
    const chunk = chunkStartingAt(tokens, at, ceiling);
    if (!chunk || chunk.type === 'role') return null;
    return { kind: 'name', first: chunk.first, last: chunk.last, chunk, appositive: [first, i + 1] };
  }
  return null;
}
