// Quotations with no cue of their own that a verb (or a noun of speech, or a naming word) before them reports: the
// clause that holds them, from the verb's object to where the clause ends. Used by `analyzeArticle` for lone
// quotations inside a sentence.
import type { Doc } from '../nlp/document.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { bracketAsideBefore, dashAsideEnd } from './clause-aside.ts';
import { speechCueSubject } from './clause-subject.ts';
import { cueClassOf } from './cue-words.ts';
import { clauseEndAfter, closesOwnClause } from './direct-quotes.ts';
import { issuerOfTitledWork } from './issued-text.ts';
import { ownerOfPossessive, pronounMention, type SpeakerMention, subjectAfter } from './speaker-mention.ts';

// Verbs that name or characterise what someone said: "called the plan “a disaster”", "dubbed him “Little Marco”".
const NAMING_VERBS = new Set(
  (
    'call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling brand brands branded ' +
    'branding term terms termed refer refers referred referring portray portrays portrayed portraying characterize ' +
    'characterizes characterized characterizing deem deems deemed chant chants chanted chanting tout touts touted ' +
    'touting hail hails hailed hailing decry decries decried mock mocks mocked mocking blast blasts blasted blasting ' +
    'slam slams slammed slamming denounce denounces denounced denouncing dismiss dismisses dismissed dismissing ' +
    'ridicule ridicules ridiculed ridiculing deride derides derided deriding condemn condemns condemned condemning ' +
    'applaud applauds applauded applauding'
  ).split(' '),
);
// Verbs of judging or addressing someone in words: "lambasted Comey for acting as “the judge and the jury”".
for (const base of 'lambast scold chide attack bash blame credit liken compare cite quote invoke echo nickname pronounce herald laud commend thank invite encourage implore plead bemoan grumble scoff tease rail rant scream exclaim lash'.split(
  ' ',
))
  for (const form of verbForms(base)) NAMING_VERBS.add(form);

/**
 * The past and the participle ("chided", "chiding"): the base and -s forms of these verbs are often nouns ("an attack",
 * "the child care credit").
 */
function verbForms(base: string): string[] {
  return base.endsWith('e') ? [`${base}d`, `${base.slice(0, -1)}ing`] : [`${base}ed`, `${base}ing`];
}
const DETERMINERS = new Set('the a an his her their its our my this'.split(' '));
// Clause breaks the reported clause of a verb does not cross.
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '(', ')']);
// How far back from a quotation its reporting verb may stand.
const MAX_VERB_DISTANCE = 30;

/** A verb that reports or characterises speech, not its noun ("his comment", "the call"). Beliefs are left out. */
function isReportingVerb(tokens: Token[], v: number): boolean {
  const t = tokens[v] as Token;
  const before = tokens[v - 1]?.lower ?? '';
  if (t.cap || !t.word || DETERMINERS.has(before) || before === '’s' || before === "'s") return false;
  return cueClassOf(t.lower) === 'speech' || NAMING_VERBS.has(t.lower);
}

// Nouns of speech outside the verb lexicon that take a "that" clause ("his assertion that …").
const SPEECH_NOUNS_TAKING_THAT = new Set(
  'assertion assertions admission accusation accusations allegation allegations argument insistence contention suggestion prediction declaration complaint dictum assurance assurances'.split(
    ' ',
  ),
);

/** "his warning that Britain would go to the “back of the queue”": a noun of speech before "that" reports the clause. */
function isSpeechNounBeforeThat(tokens: Token[], v: number): boolean {
  const t = tokens[v] as Token;
  if (tokens[v + 1]?.lower !== 'that' || t.cap) return false;
  return cueClassOf(t.lower) === 'speech' || SPEECH_NOUNS_TAKING_THAT.has(t.lower);
}

/** "his warning that …", "Trump’s assertion that …": whose words a noun of speech reports. */
export function ownerOfNoun(tokens: Token[], noun: number, floor: number): SpeakerMention | null {
  const before = tokens[noun - 1];
  if (!before || noun - 1 < floor || !isSpeechNounBeforeThat(tokens, noun)) return null;
  if (before.lower === 'his' || before.lower === 'her') return pronounMention(noun - 1);
  return before.text === '’s' || before.text === "'s" ? ownerOfPossessive(tokens, noun - 1, floor) : null;
}

const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'so']);

/**
 * The nearest reporting verb before a quotation in its clause, or -1. A passive or "so called" ("was labeled a “…”
 * by Democrats") and an inverted cue ("…,” said James Miller, author of “…”") report something else.
 */
export function reportingVerbBefore(tokens: Token[], open: number, floor: number): number {
  for (let v = open - 1; v >= floor && open - v <= MAX_VERB_DISTANCE; v--) {
    const t = tokens[v] as Token;
    // "praising Ana Ruiz (D) for seeking “…”": a bracketed aside does not end the clause.
    const aside = bracketAsideBefore(tokens, v);
    if (aside >= floor) {
      v = aside + 1;
      continue;
    }
    if (isQuoteMark(t) || CLAUSE_BREAK.has(t.text)) return -1;
    if (isSpeechNounBeforeThat(tokens, v)) return v;
    if (!isReportingVerb(tokens, v)) continue;
    const before = tokens[v - 1] as Token;
    const named = before.text === ',' || isQuoteMark(before) ? subjectAfter(tokens, v, open) : null;
    const inverted = named !== null && tokens[named.last]?.text === ',';
    return PASSIVE.has(before.lower) || inverted ? -1 : v;
  }
  return -1;
}

// Participles that name the noun before them: "a short film called “Tenemos Familias”".
const NAMING_PARTICIPLES = new Set(
  'called dubbed named nicknamed titled entitled labeled labelled branded billed known'.split(' '),
);
const NP_DETERMINERS = new Set('a an the his her their its this that these those'.split(' '));
// Auxiliaries and adverbs that stand between a subject and its verb, so before a finite verb, not a noun phrase.
const VERB_AUXILIARIES = new Set(
  "is was are were has have had will would also then later been be 's ’s 'd ’d 've ’ve 're ’re 'll ’ll did does do may might could can should once even already again still repeatedly".split(
    ' ',
  ),
);

/**
 * "the tax loophole called an “inversion,”": where the noun phrase a naming participle follows starts (its
 * determiner, a few lower-case words back), or -1 when a subject and a finite verb stand there instead.
 */
function nounPhraseBefore(tokens: Token[], participle: number): number {
  for (let k = participle - 1; k >= 0 && participle - k <= 6; k--) {
    const t = tokens[k] as Token;
    if (NP_DETERMINERS.has(t.lower)) return k < participle - 1 ? k : -1;
    if (!t.word || VERB_AUXILIARIES.has(t.lower) || (t.cap && k === participle - 1)) return -1;
  }
  return -1;
}

// Words that give something a name in quotation marks: "an ad titled “Scam.”", "known as “the full Grassley”".
const NAME_GIVERS = new Set(
  'titled entitled nicknamed dubbed billed known called named labeled labelled branded so-called'.split(' '),
);
const NAME_LINKS = new Set(['as', 'the', 'a', 'an', ',']);
const CROWD_NOUNS = new Set('chants chant cries cry shouts shout cheers chorus refrain'.split(' '));

/**
 * "the so called “Self-Determination Initiative”", "what had been called the “Golden Week,”", "an ad titled “Scam.”":
 * a name given in words is what someone called it, though the sentence does not say who. The content runs from
 * after the naming word to the quotation's end.
 */
export function namedAs(doc: Doc, a: Attribution, floor: number): Attribution | null {
  const { tokens } = doc;
  const open = a.openToken ?? 0;
  let k = open - 1;
  while (k > floor && open - k <= 3 && NAME_LINKS.has((tokens[k] as Token).lower)) k--;
  // "chants of “USA! USA!”", "cries of “Bitch!”": what a crowd shouted.
  if (tokens[k]?.lower === 'of' && k - 1 >= floor && CROWD_NOUNS.has((tokens[k - 1] as Token).lower)) k--;
  const t = tokens[k];
  // "Titled “…,” the ad …": a naming participle that opens its sentence.
  const opener = k === floor && NAMING_PARTICIPLES.has(t?.lower ?? '');
  if (!t || k < floor || (t.cap && !opener) || !(NAME_GIVERS.has(t.lower) || CROWD_NOUNS.has(t.lower))) return null;
  if (t.lower === 'known' && tokens[k + 1]?.lower !== 'as') return null;
  if (CROWD_NOUNS.has(t.lower) && tokens[k + 1]?.lower !== 'of') return null;
  let first = k + 1;
  while (first < open && [',', 'as', 'of'].includes((tokens[first] as Token).lower)) first++;
  const named = NAMING_PARTICIPLES.has(t.lower) ? nounPhraseBefore(tokens, k) : -1;
  if (named >= floor) first = named;
  const start = first < open ? (tokens[first] as Token).start : a.start;
  const kind = first < open ? 'mixed' : 'direct';
  const end = kind === 'mixed' ? withClosingMark(doc.text, a.end) : a.end;
  // "Mook released a memo titled “…”": the work's issuer named it.
  const mention = NAMING_PARTICIPLES.has(t.lower) ? issuerOfTitledWork(tokens, k, floor) : null;
  return { ...a, kind, start, end, mention, cue: [k, k + 1], confidence: 0.5 };
}

/** A clause that ends with its quotation keeps the closing mark: `it a “great meeting.”`. */
export function withClosingMark(text: string, end: number): number {
  let e = end;
  while (e < text.length && /[”"'’.!?]/.test(text[e] as string) && e - end < 3) e++;
  while (e > end && /[\s.,;:!?]/.test(text[e - 1] as string)) e--;
  return e;
}

// Conjunctions of reason that carry the reported clause on past a quotation's own comma (a relative "which" is
// often the writer's comment: "“well qualified,” which is its top rating").
const REASONS = new Set(['because', 'since', 'so']);

/**
 * Where the clause around a quotation ends: at the quotation (with its closing mark) when its own punctuation closes
 * the clause, else where the words after it stop (`“send a message” to Wall Street banks`).
 */
export function quoteClauseEnd(doc: Doc, a: Attribution): number {
  const { tokens } = doc;
  const open = a.openToken ?? 0;
  let close = open + 1;
  while (close < tokens.length && (tokens[close] as Token).start < a.end) close++;
  // The quotation's own comma before its closing mark ("judgment,” because").
  if (tokens[close]?.text === ',' && isQuoteMark(tokens[close + 1] as Token)) close++;
  const closing = tokens[close];
  // "the plan is “fair” — for now — to most families": the clause goes on after a dash aside.
  const aside = dashAsideEnd(tokens, close + 1);
  const after = aside > 0 && tokens[aside]?.cap === false ? aside : close + 1;
  const goesOn =
    closing !== undefined &&
    isQuoteMark(closing) &&
    tokens[after]?.word === true &&
    // "a “rush to judgment,” because …": a reason after the quotation's own comma is still what was said.
    (!closesOwnClause(doc, a.end) || REASONS.has((tokens[after] as Token).lower)) &&
    doc.sentenceOf[after] === doc.sentenceOf[open];
  return goesOn ? clauseEndAfter(doc, after, a.end) : withClosingMark(doc.text, a.end);
}

/**
 * "Carson called the political system “rotten to the core.”", "an ad that urges voters to “send a message” to Wall
 * Street": the quotation is part of what the verb before it reports, so the content runs from that verb's object to
 * the end of the sentence (or to the quotation's end when its own punctuation closes the clause).
 */
export function reportedClause(doc: Doc, a: Attribution, verb: number, mention: SpeakerMention | null): Attribution {
  const { tokens } = doc;
  let first = verb + 1;
  while (tokens[first]?.text === ',' || tokens[first]?.text === ':') first++;
  const end = quoteClauseEnd(doc, a);
  const named = NAMING_PARTICIPLES.has((tokens[verb] as Token).lower) ? nounPhraseBefore(tokens, verb) : -1;
  const start = (tokens[named >= 0 ? named : first] as Token).start;
  return { ...a, kind: 'mixed', start: Math.min(start, a.start), end, mention, cue: [verb, verb + 1], confidence: 0.5 };
}

/** A verb that names what was said ("called", "chanted"): a title-case quotation after it is not a mere title. */
export function isNamingVerb(t: Token): boolean {
  return NAMING_VERBS.has(t.lower);
}

// Nouns that, right before a participle, are the participle's own subject ("with 62 percent saying").
const SHARE_NOUNS = new Set('percent majority minority half third quarter most many some'.split(' '));

/**
 * "Sanders started out their ninth debate saying …": an -ing cue right after the clause's object (a lower-case noun
 * phrase with a determiner) says what the clause's subject did, not what the object said.
 */
export function participleAfterObject(tokens: Token[], verb: number): boolean {
  const t = tokens[verb] as Token;
  const before = tokens[verb - 1];
  if (!t.lower.endsWith('ing') || !before?.word || before.cap || SHARE_NOUNS.has(before.lower)) return false;
  return nounPhraseBefore(tokens, verb) >= 0;
}

/** "the loophole called an “inversion”": a naming participle after a noun phrase, which it names. */
export function namesNounBefore(tokens: Token[], verb: number): boolean {
  return NAMING_PARTICIPLES.has((tokens[verb] as Token).lower) && nounPhraseBefore(tokens, verb) >= 0;
}

/**
 * "“They agree with him, but they aren't there yet” to support him": a quotation whose sentence goes on after it
 * takes the rest of its clause (mixed); otherwise it is returned as it is.
 */
export function withClauseTail(doc: Doc, a: Attribution): Attribution {
  const tail = quoteClauseEnd(doc, a);
  return tail > withClosingMark(doc.text, a.end) ? { ...a, kind: 'mixed', end: tail } : a;
}

/** "“…,” Kiedis said, mentioning the album is “in the home stretch.”": a participle after a cue shares its subject. */
export function participleAfterCueSubject(tokens: Token[], verb: number, floor: number): SpeakerMention | null {
  if (!(tokens[verb] as Token).lower.endsWith('ing') || tokens[verb - 1]?.text !== ',') return null;
  return speechCueSubject(tokens, verb - 2, floor);
}
