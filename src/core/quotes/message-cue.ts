// A clause whose verb takes a text as its object introduces that text after a colon: "The group emailed a link with
// one sentence: “…”", "Ruiz elaborated on the message he wanted to send: “…”", "Reed proposes similar language: “…”"
// — the words are the subject's. The noun of text, not the verb, marks the cue, so the verb may be any verb.
import type { Token } from '../nlp/token.ts';
import { type SpeakerMention, subjectBefore } from './speaker-mention.ts';

// Nouns that name a piece of written or sent text (speech nouns like "statement" are read by issued-text.ts).
const TEXT_NOUNS = new Set('message sentence words note slogan motto line language text caption plea'.split(' '));
// Between the verb and the noun: a preposition of the object ("elaborated on", "with"), a determiner or quantifier,
// and up to two modifiers.
const LINKS = new Set(['on', 'with', 'in', 'a', 'an', 'the', 'one', 'this', 'that', 'his', 'her', 'their', 'its']);
// How far before the colon the noun of text may stand ("the message he felt the Lord was seeking to convey:").
const NOUN_WINDOW = 12;

/** A lower-case finite verb form ("proposes", "elaborated", "had"), not a noun or modifier of the phrase. */
function isFiniteVerb(t: Token): boolean {
  if (!t.word || t.cap) return false;
  const l = t.lower;
  return (l.length > 4 && l.endsWith('ed')) || (l.length > 4 && /[^s]s$/.test(l)) || l === 'had' || l === 'has';
}

/**
 * The subject of the verb whose object is a noun of text, shortly before the colon at `colon`; null when there is
 * none. Returns the verb's index and the subject as written.
 */
export function messageBeforeColon(
  tokens: Token[],
  colon: number,
  floor: number,
): { cue: number; mention: SpeakerMention } | null {
  if (tokens[colon]?.text !== ':') return null;
  for (let n = colon - 1; n >= floor && colon - n <= NOUN_WINDOW; n--) {
    const t = tokens[n] as Token;
    if (!t.word && t.text !== ',') return null;
    if (t.cap || !TEXT_NOUNS.has(t.lower)) continue;
    for (let v = n - 1; v > floor && n - v <= 8; v--) {
      const w = tokens[v] as Token;
      if (!w.word || w.cap) return null;
      if (LINKS.has(w.lower) || !isFiniteVerb(w)) continue;
      const mention = subjectBefore(tokens, v, floor);
      return mention ? { cue: v, mention } : null;
    }
    return null;
  }
  return null;
}
