import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { subjectShortlyBefore } from './clause-subject.ts';
import { relativeAntecedent } from './direct-quotes.ts';
import { ownerOfPossessive, type SpeakerMention, subjectBefore } from './speaker-mention.ts';

// Nouns for a piece of language, whose name the quotation gives: "ran on the slogan “Jobs First”".
const LANGUAGE_NOUNS = new Set(
  'phrase term slogan name word words label nickname motto message catchphrase mantra moniker tagline'.split(' '),
);
// Verbs of liking and promoting, whose object in quotation marks is the subject's pick: "Ruiz enjoys “The Wire.”"
// ("like" is left out: it is as often a preposition, "shows like “…”").
const LIKING_VERBS = new Set(
  'enjoy enjoys enjoyed prefer prefers preferred promote promotes promoted promoting love loves loved hate hates hated dislike dislikes disliked tout touts touted touting'.split(
    ' ',
  ),
);
const GO_FORMS = new Set(['go', 'goes', 'went', 'going']);
const DETERMINERS = new Set('the a an one his her their its this that our my your'.split(' '));

// Nouns for a remark that a quotation before them quotes: "Romney’s “47 percent” comment".
const REMARK_NOUNS = new Set('comment comments remark remarks line quip retort jab gaffe'.split(' '));
// A quotation this long is no modifier of a noun any more.
const MAX_REMARK_TOKENS = 12;

/** The index of the first word after a short quotation's closing mark (within a few tokens), or -1. */
function wordAfterQuote(tokens: Token[], a: Attribution): number {
  const open = a.openToken ?? -1;
  let close = open + 1;
  while (close < tokens.length && close - open <= MAX_REMARK_TOKENS && (tokens[close] as Token).start < a.end) close++;
  while (close < tokens.length && close - open <= MAX_REMARK_TOKENS && !(tokens[close] as Token).word) close++;
  return close < tokens.length && close - open <= MAX_REMARK_TOKENS ? close : -1;
}

// Words before a language noun's determiner that are no verb ("ran on the slogan", "an account with the name").
const PREPOSITIONS = new Set('on with under from in at by for of about against into'.split(' '));
// What stands between a verb and "with": "broke off with", "interrupts me with".
const PARTICLES = new Set(['off', 'up', 'back', 'out', 'in']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'it', 'you']);
// Words that may follow a quotation that is a whole noun phrase ("“…” when I ask", "“…” to the crowd").
const AFTER_PHRASE = new Set(
  'when while as before after to in on at of for from and or but because if then again instead'.split(' '),
);

/** Whether the quotation runs straight into a lower-case noun, which it then modifies ("a “Jobs First” theme"). */
export function modifiesNounAfter(tokens: Token[], a: Attribution): boolean {
  const close = wordAfterQuote(tokens, a);
  const next = tokens[close];
  if (!next || next.cap || AFTER_PHRASE.has(next.lower)) return false;
  // Only the closing mark stands between: no comma or stop.
  const between = tokens.slice(Math.max((a.openToken ?? 0) + 1, close - 2), close).filter((t) => t.start >= a.end);
  return between.every((t) => /^[”"’']+$/.test(t.text));
}

/**
 * "broke off with a dismissive “ugh.”", "interrupts with his signature “…” when …": what a subject answers with. The
 * index of the verb before "with" (else of "with"), or -1; a quotation that goes on into a noun ("with a “Jobs
 * First” theme") is a modifier, not an answer.
 */
function withUtterance(tokens: Token[], a: Attribution, from: number, floor: number): number {
  for (let k = from; k > floor && from - k <= 2; k--) {
    const t = tokens[k] as Token;
    if (!t.word || t.cap) return -1;
    if (!DETERMINERS.has(t.lower)) continue;
    if (tokens[k - 1]?.lower !== 'with') return -1;
    if (modifiesNounAfter(tokens, a)) return -1;
    // The verb before "with" (past a particle: "broke off with") is the one whose subject spoke.
    let v = k - 2;
    if (PARTICLES.has(tokens[v]?.lower ?? '') || OBJECT_PRONOUNS.has(tokens[v]?.lower ?? '')) v--;
    const verb = tokens[v];
    return verb?.word && !verb.cap && !DETERMINERS.has(verb.lower) && v > floor ? v : k - 1;
  }
  return -1;
}

/**
 * "Mitt Romney’s “47 percent” comment", "the “1960s” remark": a quotation between a determiner or possessive and a
 * noun of remarks quotes that remark, said by the possessor when there is one.
 */
function quotedRemark(tokens: Token[], a: Attribution, floor: number): Attribution | null {
  const open = a.openToken ?? -1;
  const before = tokens[open - 1];
  if (!before || open - 1 <= floor) return null;
  const possessive = /^['’]s$/.test(before.text);
  if (!possessive && !DETERMINERS.has(before.lower)) return null;
  const close = wordAfterQuote(tokens, a);
  const noun = tokens[close];
  if (!noun || noun.cap || !REMARK_NOUNS.has(noun.lower)) return null;
  const mention = possessive ? ownerOfPossessive(tokens, open - 1, floor) : null;
  return { ...a, kind: 'direct', mention, cue: [close, close + 1], confidence: 0.5 };
}

/** The start of the noun phrase that ends with the noun at `noun` ("the usual campaign slogan"), or -1. */
function determinerBefore(tokens: Token[], noun: number, floor: number): number {
  for (let k = noun - 1; k > floor && noun - k <= 4; k--) {
    const t = tokens[k] as Token;
    if (DETERMINERS.has(t.lower) || /^['’]s$/.test(t.text)) return k;
    if (!t.word) return -1;
  }
  return -1;
}

/**
 * The subject of the clause whose verb (or preposition: "ran on the slogan") is at `at`: a relative's antecedent,
 * the verb's subject, or the nearest name before a verb ("Diaz kept an account with the name …", not "an account").
 */
function clauseSubject(tokens: Token[], at: number, floor: number): SpeakerMention | null {
  const word = (tokens[at] as Token).lower;
  const verb = word !== 'with' && !PREPOSITIONS.has(word);
  return (
    (verb ? (relativeAntecedent(tokens, at, floor) ?? subjectBefore(tokens, at, floor)) : null) ??
    subjectShortlyBefore(tokens, at, floor)
  );
}

/**
 * A short quotation that names something a clause's subject uses, likes or goes by, as the object of its verb:
 * "He ran on the slogan “Jobs First”", "She didn't like the phrase “open borders”", "Ruiz enjoys “The Wire”",
 * "Tom, who goes by “Chip,”", "known here as “the Ruiz rule”". The quotation is the subject's words or pick, so it
 * is kept (with that subject as speaker) rather than dropped as a title or a scare quote. A language noun at the
 * start of its clause ("The name “Ruiz” was removed") is a term the writer talks about, and is left alone.
 */
export function namedObjectQuote(tokens: Token[], a: Attribution, sentence: Sentence): Attribution | null {
  const open = a.openToken ?? -1;
  const remark = quotedRemark(tokens, a, sentence.first);
  if (remark) return remark;
  let p = open - 1;
  const separated = tokens[p]?.text === ',' || tokens[p]?.text === ':';
  if (separated) p--;
  const t = tokens[p];
  if (!t || p <= sentence.first || t.cap || !t.word) return null;
  const floor = sentence.first;
  let verb = -1;
  const answered = withUtterance(tokens, a, p, floor);
  if (LANGUAGE_NOUNS.has(t.lower)) {
    const det = determinerBefore(tokens, p, floor);
    const before = tokens[det - 1];
    // The noun phrase is an object: a verb or preposition of the same clause stands before it.
    if (det <= floor || !before?.word || before.cap) return null;
    verb = det - 1;
  } else if (!separated && LIKING_VERBS.has(t.lower)) verb = p;
  else if (answered > floor) verb = answered;
  else if (!separated && t.lower === 'by' && GO_FORMS.has(tokens[p - 1]?.lower ?? '')) verb = p - 1;
  else if (!separated && t.lower === 'as' && tokens[p - 2]?.lower === 'known' && tokens[p - 1]?.cap === false) {
    // "known here as “…”": a name given by nobody in particular.
    return { ...a, kind: 'direct', mention: null, cue: [p - 2, p + 1], confidence: 0.5 };
  } else return null;
  if (verb <= floor) return null;
  return { ...a, kind: 'direct', mention: clauseSubject(tokens, verb, floor), cue: [verb, verb + 1], confidence: 0.5 };
}
