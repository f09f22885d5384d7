import type { Token } from '../nlp/token.ts';
import { type SpeakerMention, subjectBefore } from './speaker-mention.ts';

// Verbs of inner speech that introduce, before a colon, the words someone thinks or asks themselves.
const THOUGHT_VERBS = new Set(
  'thinking thought thinks think wondering wondered wonders wonder musing mused muses reasoning reasoned'.split(' '),
);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'myself', 'ourselves', 'yourself']);
const ASKING = new Set(['asked', 'asks', 'asking', 'ask', 'told', 'tells', 'telling', 'said', 'says']);

/**
 * "The columnist imagined Ruiz was thinking: “…”", "she asked herself: “…”": a thought before the colon is the
 * words of the one who thinks them — the subject of the thinking verb (Ruiz, not the columnist). Returns the cue's
 * token index and its subject, or null.
 */
export function thoughtBeforeColon(
  tokens: Token[],
  colon: number,
  floor: number,
): { cue: number; mention: SpeakerMention } | null {
  if (tokens[colon]?.text !== ':') return null;
  const last = tokens[colon - 1];
  if (!last || last.cap) return null;
  let verb = colon - 1;
  if (REFLEXIVES.has(last.lower)) {
    verb = colon - 2;
    if (!ASKING.has(tokens[verb]?.lower ?? '')) return null;
  } else if (!THOUGHT_VERBS.has(last.lower)) return null;
  if (verb <= floor) return null;
  const mention = subjectBefore(tokens, verb, floor);
  return mention ? { cue: verb, mention } : null;
}
