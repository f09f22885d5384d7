import { chunkEndingAt } from '../entities/name-chunk.ts';
import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { nearestSubjectBefore } from './clause-subject.ts';
import { relativeAntecedent } from './direct-quotes.ts';
import { type SpeakerMention, subjectBefore } from './speaker-mention.ts';
import { looksLikeVerb } from './verb-shape.ts';

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
// How far back the clause's subject is looked for, so long sentences stay linear.
const SUBJECT_WINDOW = 15;

// Nouns for a remark that a quotation before them quotes: "Romney’s “47 percent” comment".
const REMARK_NOUNS = new Set('comment comments remark remarks line quip retort jab gaffe'.split(' '));
// A quotation this long is no modifier of a noun any more.
const MAX_REMARK_TOKENS = 12;

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
  let close = open + 1;
  while (close < tokens.length && close - open <= MAX_REMARK_TOKENS && (tokens[close] as Token).start < a.end) close++;
  while (close < tokens.length && close - open <= MAX_REMARK_TOKENS && !(tokens[close] as Token).word) close++;
  const noun = tokens[close];
  if (!noun || noun.cap || !REMARK_NOUNS.has(noun.lower) || close - open > MAX_REMARK_TOKENS) return null;
  const chunk = possessive ? chunkEndingAt(tokens, open - 2, floor) : null;
  const mention: SpeakerMention | null =
    chunk && chunk.type !== 'role'
      ? { kind: 'name', first: chunk.first, last: chunk.last, chunk, appositive: null }
      : null;
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
  const verb = LIKING_VERBS.has(word) || GO_FORMS.has(word) || looksLikeVerb(word);
  return (
    (verb ? (relativeAntecedent(tokens, at, floor) ?? subjectBefore(tokens, at, floor)) : null) ??
    nearestSubjectBefore(tokens, at - 1, Math.max(floor, at - SUBJECT_WINDOW))
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
  if (LANGUAGE_NOUNS.has(t.lower)) {
    const det = determinerBefore(tokens, p, floor);
    const before = tokens[det - 1];
    // The noun phrase is an object: a verb or preposition of the same clause stands before it.
    if (det <= floor || !before?.word || before.cap) return null;
    verb = det - 1;
  } else if (!separated && LIKING_VERBS.has(t.lower)) verb = p;
  else if (!separated && t.lower === 'by' && GO_FORMS.has(tokens[p - 1]?.lower ?? '')) verb = p - 1;
  else if (!separated && t.lower === 'as' && tokens[p - 2]?.lower === 'known' && tokens[p - 1]?.cap === false) {
    // "known here as “…”": a name given by nobody in particular.
    return { ...a, kind: 'direct', mention: null, cue: [p - 2, p + 1], confidence: 0.5 };
  } else return null;
  if (verb <= floor) return null;
  return { ...a, kind: 'direct', mention: clauseSubject(tokens, verb, floor), cue: [verb, verb + 1], confidence: 0.5 };
}
