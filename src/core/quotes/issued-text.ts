// The issuer of a text speaks through it: "Ruiz released the following statement: “…”", "the campaign launched an
// ad titled “Scam.”" — the subject of a verb of issuing whose object is a statement, an ad, a memo or a column.
import type { Token } from '../nlp/token.ts';
import { SPEECH_NOUNS } from './cue-words.ts';
import { type SpeakerMention, subjectBefore } from './speaker-mention.ts';

// Verbs by which a source puts out its own words; not "quoted", "read", "obtained" or "cited", whose object is
// someone else's text.
const ISSUING_VERBS = new Set(
  (
    'released issued posted published sent delivered gave made offered tweeted wrote added launched unveiled aired ' +
    'penned authored ran issues releases posts sends launches unveils publishes writes pens'
  ).split(' '),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'its', 'their']);
// Texts a source puts out under a title, besides the nouns of speech.
const WORK_NOUNS = new Set(
  'ad ads advertisement commercial spot video column op-ed editorial essay article piece book paper blog'.split(' '),
);

/** `put out` or a verb of issuing at `v`. Returns the verb's first index, or -1. */
function issuingVerbEndingAt(tokens: Token[], v: number, floor: number): number {
  const t = tokens[v];
  if (!t || v < floor || t.cap) return -1;
  if (t.lower === 'out' && tokens[v - 1]?.lower === 'put' && v - 1 >= floor) return v - 1;
  return ISSUING_VERBS.has(t.lower) ? v : -1;
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
    if (verb >= 0) return subjectBefore(tokens, verb, floor);
    // "a memo to the board titled": the determiner of a modifier's noun; the work's own is further back.
    if (!PREPOSITIONS.has(tokens[j - 1]?.lower ?? '')) return null;
  }
  return null;
}
