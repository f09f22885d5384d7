import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { subjectShortlyBefore } from './clause-subject.ts';
import { modifiesNounAfter } from './named-object.ts';
import { ownerOfPossessive, pronounMention, type SpeakerMention } from './speaker-mention.ts';

// Nouns of an attack or appeal in words, whose object in quotation marks is what was said: "a broadside against
// “easy money”", "his criticism of “New York values”". (Crowd nouns, "chants of “…”", are `namedAs`'s.)
const ATTACK_NOUNS = new Set(
  'broadside broadsides attack attacks criticism criticisms swipe swipes jab jabs tirade tirades rant rants diatribe diatribes denunciation denunciations appeal appeals plea pleas'.split(
    ' ',
  ),
);
const ATTACK_LINKS = new Set(['of', 'against', 'for', 'at', 'on']);
// Nouns for a subject's own words or tastes, whose value a copula gives: "His favourite show is “The Wire.”"
const OWN_NOUNS = new Set(
  'favorite favourite pleasure pleasures answer reply response motto mantra advice verdict excuse explanation catchphrase'.split(
    ' ',
  ),
);
const COPULAS = new Set(['is', 'was', 'are', 'were']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
// How many modifiers may stand between a possessive and its noun ("Clinton’s latest broadside", "his guilty pleasure").
const MAX_MODIFIERS = 2;
/**
 * The owner of the noun phrase that ends at `noun`: "his" / "Clinton’s" a few words before it, or null. A
 * determiner or anything else that is no modifier ends the look-back.
 */
export function possessorOf(tokens: Token[], noun: number, floor: number): SpeakerMention | null {
  for (let k = noun - 1; k >= floor && noun - k <= MAX_MODIFIERS + 1; k--) {
    const t = tokens[k] as Token;
    if (POSSESSIVE_PRONOUNS.has(t.lower)) return pronounMention(k);
    if (t.text === '’s' || t.text === "'s") return ownerOfPossessive(tokens, k, floor);
    if (!t.word || t.cap) return null;
  }
  return null;
}

/** The token before the quotation's opening mark, past one colon or comma ("The message was simple: “Vote.”"). */
function wordBeforeQuote(tokens: Token[], open: number): number {
  const p = open - 1;
  return tokens[p]?.text === ':' || tokens[p]?.text === ',' ? p - 1 : p;
}

/**
 * "His favourite show is “The Wire.”", "Her answer was “no.”": a copula whose subject is someone's own answer or
 * pick gives that person's words. The noun must be owned ("his", "Ruiz’s"): "The answer is “no”" is the writer's.
 */
function ownWordsQuote(tokens: Token[], a: Attribution, sentence: Sentence): Attribution | null {
  const copula = wordBeforeQuote(tokens, a.openToken ?? -1);
  if (!COPULAS.has(tokens[copula]?.lower ?? '')) return null;
  // "his guilty pleasure is", "His favourite show is": the own noun is the head or the word before it.
  let noun = copula - 1;
  if (!OWN_NOUNS.has(tokens[noun]?.lower ?? '')) noun--;
  const t = tokens[noun];
  if (!t || noun <= sentence.first || t.cap || !OWN_NOUNS.has(t.lower)) return null;
  const owner = possessorOf(tokens, noun, sentence.first);
  if (!owner || modifiesNounAfter(tokens, a)) return null;
  return { ...a, kind: 'direct', mention: owner, cue: [noun, noun + 1], confidence: 0.5 };
}

/**
 * "Clinton’s broadside against “printing money”", "his criticism of “New York values”": the quotation is the words
 * the attack or appeal quotes, said by the noun's owner, else by the clause's subject. The quotation follows the
 * link word at once, so a modifier ("an attack on the “Gang of Eight” bill") is not taken; a word after the
 * quotation is usually the verb of the phrase ("… “printing money” leaves room").
 */
function attackedWordsQuote(tokens: Token[], a: Attribution, sentence: Sentence): Attribution | null {
  const open = a.openToken ?? -1;
  const link = open - 1;
  if (!ATTACK_LINKS.has(tokens[link]?.lower ?? '')) return null;
  const noun = link - 1;
  const t = tokens[noun];
  if (!t || noun <= sentence.first || t.cap || !ATTACK_NOUNS.has(t.lower)) return null;
  const mention = possessorOf(tokens, noun, sentence.first) ?? subjectShortlyBefore(tokens, noun, sentence.first);
  return { ...a, kind: 'direct', mention, cue: [noun, noun + 1], confidence: 0.5 };
}

/**
 * A short quotation inside a noun phrase of speech that gives someone's words: the object of an attack or appeal
 * ("a broadside against “easy money”") or the value of an owned answer or pick ("Her answer was “no.”"). Kept with
 * that speaker where it would be dropped as a title or a scare quote.
 */
export function speechNounQuote(tokens: Token[], a: Attribution, sentence: Sentence): Attribution | null {
  return attackedWordsQuote(tokens, a, sentence) ?? ownWordsQuote(tokens, a, sentence);
}
