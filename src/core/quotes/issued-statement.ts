import type { Token } from '../nlp/token.ts';
import { SPEECH_NOUNS } from './cue-words.ts';

// Verbs by which a source puts out its own words ("released a statement"); not "quoted", "read" or "obtained",
// whose object is someone else's text.
const ISSUING_VERBS = new Set(
  'released issued posted published sent delivered gave made offered tweeted wrote added issues releases posts sends'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'its', 'their']);

/**
 * "Ruiz released the following statement: “…”", "the ministry issued a brief statement:": a verb of issuing whose
 * object, a speech noun, is the last word before the colon. Returns the verb's index, or -1.
 */
export function issuingVerbBeforeColon(tokens: Token[], colon: number, floor: number): number {
  const noun = tokens[colon - 1];
  if (tokens[colon]?.text !== ':' || !noun || noun.cap || !SPEECH_NOUNS.has(noun.lower)) return -1;
  // Up to two modifiers between the determiner and the noun ("the following short statement").
  for (let d = colon - 2; d >= floor && d >= colon - 4; d--) {
    const t = tokens[d] as Token;
    if (!t.word || t.cap) return -1;
    if (!DETERMINERS.has(t.lower)) continue;
    const verb = tokens[d - 1];
    // "put out a statement:": a phrasal verb.
    const phrasal = verb?.lower === 'out' && d - 2 >= floor && tokens[d - 2]?.lower === 'put';
    if (phrasal) return d - 2;
    return d - 1 >= floor && verb && !verb.cap && ISSUING_VERBS.has(verb.lower) ? d - 1 : -1;
  }
  return -1;
}
