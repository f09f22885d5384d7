import { chunkEndingAt, chunkStartingAt, classifyChunk, isTitleToken } from '../entities/name-chunk.ts';
import type { Doc } from '../nlp/document.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { bracketAsideEnd, dashAsideEnd } from './clause-aside.ts';
import { leadingCueSubject, nearestSubjectBefore, subjectAtStart } from './clause-subject.ts';
import { appositiveEnd, clauseEndsAt, cueClauseEnds, onlyModifierFollows } from './cue-clause.ts';
import { cueClassOf } from './cue-words.ts';
import {
  documentAuthorAt,
  isDocumentNoun,
  isOwnedNoun,
  issuerOfDocument,
  issuingSubject,
  issuingVerbBeforeColon,
  ownerOfDocumentBeforeColon,
} from './issued-text.ts';
import { messageBeforeColon } from './message-cue.ts';
import type { QuotedSpan } from './quoted-spans.ts';
import {
  isRolePrefix,
  isSubjectPrefix,
  nameMention,
  type SpeakerMention,
  subjectAfter,
  subjectBefore,
} from './speaker-mention.ts';
import { thoughtBeforeColon } from './thought-cue.ts';

const SINGLE_MARKS = new Set(["'", '’', '‘']);
const SENTENCE_END = new Set(['.', '!', '?', ';']);
const OPEN_MARKS = new Set(['“', '"', '«', "''", '``']);

function paragraphOf(doc: Doc, token: number): number {
  return (doc.sentences[doc.sentenceOf[token] as number] as { paragraph: number }).paragraph;
}

const isSpeechWord = (lower: string) => cueClassOf(lower) === 'speech';

function isCue(t: Token): boolean {
  return !t.cap && cueClassOf(t.lower) === 'speech';
}

// Right after a quotation these verbs say how it was spoken: "“Mexico!” the audience screamed back", "she continued".
const MANNER_OF_SPEAKING = new Set(
  'continued screamed scoffed mocked chanted cried exclaimed laughed sighed snapped snarled barked thundered gushed chimed interjected interrupted cheered hollered bellowed marveled marvelled retorted'.split(
    ' ',
  ),
);

/** A cue after a quotation: a speech verb or a verb of the manner of speaking. */
function isCueAfter(t: Token): boolean {
  return isCue(t) || (!t.cap && MANNER_OF_SPEAKING.has(t.lower));
}

const READS = new Set(['read', 'reads']);

/** "the statement read", "the editorial reads": a document speaks through "read(s)". */
function isDocumentCue(tokens: Token[], v: number): boolean {
  const t = tokens[v] as Token;
  return READS.has(t.lower) && isDocumentNoun(tokens[v - 1]?.lower ?? '');
}

/**
 * "“…,” reads an editorial in the Globe", "“…,” read the email" (one the article said someone sent): a document
 * after an inverted "read(s)" speaks when the phrase names its source or an earlier sentence its issuer.
 */
function invertedDocumentCue(doc: Doc, k: number, end: number): { cue: number; mention: SpeakerMention } | null {
  const { tokens } = doc;
  const t = tokens[k] as Token;
  if (t.cap || !READS.has(t.lower)) return null;
  const mention = subjectAfter(tokens, k, end);
  if (mention?.kind !== 'description') return null;
  const startOf = (i: number) => (doc.sentences[doc.sentenceOf[i] as number] as { first: number }).first;
  // Its head: a document noun among the phrase's first words ("a Wednesday editorial in …").
  for (let i = mention.first; i < mention.last && i - mention.first <= 4; i++) {
    const w = tokens[i] as Token;
    if (!isDocumentNoun(w.lower)) continue;
    let named = false;
    for (let j = mention.first; j < mention.last; j++) if ((tokens[j] as Token).cap) named = true;
    return named || issuerOfDocument(tokens, w.lower, k, startOf) ? { cue: k, mention } : null;
  }
  return null;
}

/** The period of a title, an initial or an abbreviation ("said Mr. Jebens", "(D-Conn.)"), not a sentence end. */
function isAbbreviationPeriod(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    t.text === '.' &&
    prev !== undefined &&
    prev.end === t.start &&
    prev.cap &&
    next !== undefined &&
    (((prev.text.length === 1 || isTitleToken(prev)) && next.cap) || next.text === ')' || next.text === ',')
  );
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Whether only the subject's own words stand between the quotation and the subject found before the cue: an
 * article ("the White House said"), a role ("campaign manager Robby Mook") or an owner ("the mayor’s office said").
 */
function leadsToSubject(tokens: Token[], from: number, first: number): boolean {
  const i = ARTICLES.has(tokens[from]?.lower ?? '') ? from + 1 : from;
  if (first === from || first === i || isRolePrefix(tokens, from, first) || isRolePrefix(tokens, i, first)) return true;
  const owner = tokens[first - 1]?.text;
  if ((owner !== '’s' && owner !== "'s") || first - 1 - i > 3) return false;
  for (let k = i; k < first - 1; k++) if (!(tokens[k] as Token).word) return false;
  return first - 1 > i;
}

/** `“…,” she said` / `“…,” said Rubio` / `“…,” Rubio, the secretary, told reporters`. */
function cueAfter(doc: Doc, q: QuotedSpan): { cue: number; mention: SpeakerMention } | null {
  const { tokens } = doc;
  if (q.close < 0) return null;
  let k = q.close + 1;
  // "'old-school,''' said …": a nested quotation's single mark after the closing one.
  if (SINGLE_MARKS.has(tokens[k]?.text ?? '')) k++;
  if (tokens[k]?.text === ',') k++;
  const para = paragraphOf(doc, q.close);
  const signature = signatureParagraph(doc, q, k);
  if (signature) return signature;
  let stop = k;
  while (stop < tokens.length && stop - k < 80) {
    const t = tokens[stop] as Token;
    const ends = SENTENCE_END.has(t.text) && !isAbbreviationPeriod(tokens, stop);
    if (ends || OPEN_MARKS.has(t.text) || paragraphOf(doc, stop) !== para) break;
    stop++;
  }
  const limit = Math.min(stop, k + 14);
  if (k >= limit) return null;
  // `“… personnel.” She added, “…”`: a cue that leads into the next quotation belongs to that one.
  const next = tokens[stop];
  const leadsOn =
    next && OPEN_MARKS.has(next.text) && (tokens[stop - 1]?.text === ',' || tokens[stop - 1]?.text === ':');
  if (leadsOn && /[.!?]/.test(doc.text[q.end - 1] ?? '')) return null;
  // "… “a gift.” She urged voters to “send a message”": a new sentence whose cue introduces another quotation.
  const newSentence = doc.sentenceOf[k] !== doc.sentenceOf[q.close];
  if (newSentence && next && OPEN_MARKS.has(next.text)) return null;
  const end = stop;
  // A quotation that closes on a comma hands its sentence to the attribution that follows it.
  // "…, bro,’” Keidis continued": a nested single mark may stand between the comma and the closing mark.
  const inner = SINGLE_MARKS.has(tokens[q.close - 1]?.text ?? '') ? q.close - 2 : q.close - 1;
  const commaClosed = tokens[inner]?.text === ',' || tokens[k - 1]?.text === ',';
  const clauseEnds = (verb: number, from: number) =>
    cueClauseEnds(tokens, verb, from, end) || (commaClosed && onlyModifierFollows(tokens, verb, from));
  // "“…” - Bernie Sanders.": a name after a dash signs the quotation.
  if (DASH_OPENERS.has((tokens[k] as Token).text)) {
    const signed = chunkStartingAt(tokens, k + 1, end);
    if (signed?.type === 'person' && clauseEndsAt(tokens, signed.last, end))
      return {
        cue: k,
        mention: { kind: 'name', first: signed.first, last: signed.last, chunk: signed, appositive: null },
      };
  }
  if (isCueAfter(tokens[k] as Token)) {
    // "“…,” said a report by the Urban Institute": the document's author.
    const author = documentAuthorAt(tokens, k + 1, end, isSpeechWord);
    if (author && clauseEnds(k, author.last)) return { cue: k, mention: author };
    const mention = subjectAfter(tokens, k, end);
    return mention && clauseEnds(k, appositiveEnd(tokens, mention)) ? { cue: k, mention } : null;
  }
  const inverted = invertedManner(tokens, k, end) ?? invertedDocumentCue(doc, k, end);
  if (inverted) return inverted;
  // "“…,” a report by the Urban Institute said": the document's author, before its noun is read as a verb.
  const author = documentAuthorAt(tokens, k, end, isSpeechWord);
  const verb = author ? author.last : -1;
  if (author && isCueAfter(tokens[verb] as Token) && clauseEnds(verb, verb + 1)) return { cue: verb, mention: author };
  for (let v = k + 1; v < Math.min(stop, k + 32); v++) {
    if (!isCueAfter(tokens[v] as Token) && !isDocumentCue(tokens, v)) continue;
    const mention = subjectBefore(tokens, v, k) ?? capitalisedSubject(tokens, k, v);
    // A new sentence that reports something else ("He said he recognizes …") is not this quote's attribution.
    // "the press secretary, Josh Earnest, said": a description before the name may open the clause.
    const opensAt = mention ? Math.min(mention.first, mention.appositive?.[0] ?? mention.first) : -1;
    // "…,” his nephew added" / "…,” the Texan said": an article, owner or role words before the subject; other
    // subject prefixes only when the quotation opens its clause (after "in a “burn bag,” the Times reported" the cue
    // reports the whole clause).
    const prefixed =
      mention !== null &&
      (leadsToSubject(tokens, k, mention.first) ||
        (isSubjectPrefix(tokens, k, mention.first) && quotationOpensClause(doc, q.open)));
    const leads = mention && (opensAt === k || prefixed);
    if (mention && leads && clauseEnds(v, v + 1)) return { cue: v, mention };
    const unclosed = leads ? null : unclosedAppositive(tokens, k, v, mention);
    if (unclosed && clauseEnds(v, v + 1)) return { cue: v, mention: unclosed };
    // "…," Rubio said: nothing but the subject (and adverbs) may stand between the quote and the verb.
    return null;
  }
  // A question or exclamation may also run on into its attribution ("“…, right?” Trump went on").
  const runsOn = commaClosed || /[?!]/.test(doc.text[q.end - 1] ?? '');
  return runsOn ? mannerOfSpeaking(tokens, k, Math.min(stop, k + 10), end) : null;
}

/**
 * "“…,” Nate Silver, the polling guru who founded the site tweeted on Wednesday": a person's name right after the
 * quotation, then an appositive whose closing comma is missing before the verb. The name speaks, not the last noun of
 * the appositive.
 */
function unclosedAppositive(
  tokens: Token[],
  k: number,
  verb: number,
  found: SpeakerMention | null,
): SpeakerMention | null {
  const chunk = chunkStartingAt(tokens, k, verb);
  if (chunk?.type !== 'person' || tokens[chunk.last]?.text !== ',' || verb - chunk.last < 3) return null;
  if (found && found.first <= chunk.last) return null;
  for (let i = chunk.last + 1; i < verb; i++)
    if (tokens[i]?.text === ',' || isQuoteMark(tokens[i] as Token)) return null;
  return {
    kind: 'name',
    first: chunk.first,
    last: chunk.last,
    chunk,
    appositive: [chunk.last + 1, verb],
  };
}

const NOT_SUBJECT_NAMES = new Set(
  'he she they it we i you some many most others all both several few one another each these those this that there'.split(
    ' ',
  ),
);

/**
 * "“…,” Read said", "“…,” Judicial Watch added": between a quotation's closing mark and its verb, capitalised words
 * are the speaker's name even when they spell a common word the name reader leaves out.
 */
function capitalisedSubject(tokens: Token[], from: number, verb: number): SpeakerMention | null {
  if (verb - from < 1 || verb - from > 4) return null;
  for (let i = from; i < verb; i++) {
    const t = tokens[i] as Token;
    if (!t.word || !t.cap || NOT_SUBJECT_NAMES.has(t.lower)) return null;
  }
  const chunk = classifyChunk(tokens, from, verb);
  return chunk.type === 'role' ? null : { kind: 'name', first: from, last: verb, chunk, appositive: null };
}

/** "“…”¶- Bernie Sanders.": a paragraph of a dash and a name alone signs the quotation that ends the one before. */
function signatureParagraph(doc: Doc, q: QuotedSpan, k: number): { cue: number; mention: SpeakerMention } | null {
  const { tokens } = doc;
  const dash = tokens[k];
  const para = paragraphOf(doc, q.close) + 1;
  if (!dash || !DASH_OPENERS.has(dash.text) || paragraphOf(doc, k) !== para) return null;
  let end = k + 1;
  while (end < tokens.length && end - k < 12 && paragraphOf(doc, end) === para) end++;
  const signed = chunkStartingAt(tokens, k + 1, end);
  if (signed?.type !== 'person' || !clauseEndsAt(tokens, signed.last, end)) return null;
  if (end < tokens.length && paragraphOf(doc, end) === para && tokens[signed.last]?.text !== '.') return null;
  return { cue: k, mention: { kind: 'name', first: signed.first, last: signed.last, chunk: signed, appositive: null } };
}

/** "“This is fantastic!” beamed Donald Hartley of Madison": a past-tense verb inverted before a person's name. */
function invertedManner(tokens: Token[], k: number, end: number): { cue: number; mention: SpeakerMention } | null {
  const t = tokens[k] as Token;
  if (t.cap || !t.word || !(t.lower.length > 4 && t.lower.endsWith('ed'))) return null;
  const mention = subjectAfter(tokens, k, end);
  if (mention?.kind !== 'name' || mention.chunk?.type !== 'person') return null;
  return clauseEndsAt(tokens, appositiveEnd(tokens, mention), end) ? { cue: k, mention } : null;
}

const IRREGULAR_SPEECH_PASTS = new Set(['shot', 'went', 'fired', 'spat', 'rang', 'broke', 'cried', 'shouted']);
const PARTICLES = new Set(['back', 'on', 'up', 'out']);

/**
 * "“Go back to Univision,” Trump barked.", "“…,” Rubio continued.": after a quotation that closes on a comma, a
 * person and a past-tense verb that ends the clause report it, whatever the verb (a manner of speaking).
 */
function mannerOfSpeaking(
  tokens: Token[],
  k: number,
  limit: number,
  end: number,
): { cue: number; mention: SpeakerMention } | null {
  for (let v = k + 1; v < limit; v++) {
    const t = tokens[v] as Token;
    if (t.cap || !t.word) continue;
    const past = (t.lower.length > 4 && t.lower.endsWith('ed')) || IRREGULAR_SPEECH_PASTS.has(t.lower);
    if (!past) return null;
    const mention = subjectBefore(tokens, v, k);
    const person = mention?.kind === 'pronoun' || (mention?.kind === 'name' && mention.chunk?.type === 'person');
    if (!mention || !person || !(mention.first === k || isRolePrefix(tokens, k, mention.first))) return null;
    const after = PARTICLES.has(tokens[v + 1]?.lower ?? '') ? v + 2 : v + 1;
    return clauseEndsAt(tokens, after, end) ? { cue: v, mention } : null;
  }
  return null;
}

/** "Donald Trump, who said he would “…”": the name a relative "who" before the verb refers to. */
export function relativeAntecedent(tokens: Token[], verb: number, floor: number): SpeakerMention | null {
  if (tokens[verb - 1]?.lower !== 'who') return null;
  // "a tweet from Rikkie Wells who tweeted, “…”": without a comma only a person's name is the antecedent.
  const comma = tokens[verb - 2]?.text === ',';
  const chunk = chunkEndingAt(tokens, comma ? verb - 3 : verb - 2, floor);
  return chunk && chunk.type !== 'role' && (comma || chunk.type === 'person') ? nameMention(chunk) : null;
}

const DASH_OPENERS = new Set(['-', '—', '–', '--']);
const CLAUSE_OPENERS = new Set([',', ':', ';', '—', '–', '-', '(']);

/** Whether a quotation starts its sentence or a clause of it (not "… placed it in a “burn bag,” …"). */
function quotationOpensClause(doc: Doc, open: number): boolean {
  const before = doc.tokens[open - 1];
  const sentence = doc.sentences[doc.sentenceOf[open] as number] as { first: number };
  return before === undefined || open === sentence.first || CLAUSE_OPENERS.has(before.text) || isQuoteMark(before);
}

/** `Rubio said, “…”` / `Johnson wrote in a post, “…”` / `Johnson: “…”`. */
function cueBefore(doc: Doc, q: QuotedSpan): { cue: number | null; mention: SpeakerMention } | null {
  const { tokens } = doc;
  const open = q.open;
  const sentenceIndex = doc.sentenceOf[open] as number;
  let floor = (doc.sentences[sentenceIndex] as { first: number }).first;
  // A paragraph ending "… told Breitbart News:" introduces the quotation that opens the next one.
  if (floor === open && tokens[open - 1]?.text === ':' && sentenceIndex > 0) {
    floor = (doc.sentences[sentenceIndex - 1] as { first: number }).first;
  }
  const lead = tokens[open - 1];
  if (!lead || open - 1 < floor) return null;
  if (lead.text === ':' && !isCue(tokens[open - 2] as Token)) {
    const chunk = headerName(tokens, open - 2, floor);
    // "Johnson: “…”", "Pollsters agree - Carl Bialik: “…”", "More from Jones: “…”": a name that opens its clause.
    const opener = tokens[(chunk?.first ?? 0) - 1];
    const moreFrom = opener?.lower === 'from' && tokens[(chunk?.first ?? 0) - 2]?.lower === 'more';
    const opens = chunk !== null && (chunk.first === floor || DASH_OPENERS.has(opener?.text ?? '') || moreFrom);
    if (chunk && opens && chunk.type !== 'role') {
      return { cue: null, mention: nameMention(chunk) };
    }
  }
  if (lead.text !== ',' && lead.text !== ':' && lead.lower !== 'that' && !isCue(lead)) return null;
  // "Said Dorothy Poynter, who grew up with Ali, “…”", "Stated Stone: “…”": a cue inverted at the sentence start.
  const first = tokens[floor] as Token;
  if (first.cap && cueClassOf(first.lower) === 'speech' && open - floor <= 40) {
    const inverted = subjectAfter(tokens, floor, open - 1);
    if (inverted?.kind === 'name') return { cue: floor, mention: inverted };
  }
  const frame = asFrameSubject(tokens, floor, open);
  if (frame) return { cue: null, mention: frame };
  for (let v = open - 1; v >= floor && v >= open - 10; v--) {
    const t = tokens[v] as Token;
    // The period of "Mr." does not end the clause ("And Mr. Christie gloated: “…”").
    if (isQuoteMark(t) || (SENTENCE_END.has(t.text) && !isAbbreviationPeriod(tokens, v))) return null;
    // "From Bush’s Facebook post:": an owned speech word is a noun, not the cue.
    if (!isCue(t) || isOwnedNoun(tokens, v, floor)) continue;
    const mention =
      leadingCueSubject(tokens, v, floor, open - 1) ??
      relativeAntecedent(tokens, v, floor) ??
      // "Trump took to Twitter, writing: “…”": a participle after a comma reports for the sentence's subject.
      (t.lower.endsWith('ing') && tokens[v - 1]?.text === ',' ? participleClauseSubject(tokens, v, floor) : null);
    return mention ? { cue: v, mention } : null;
  }
  // "imagined Ruiz was thinking: “…”", "asked herself: “…”": the one who thinks the words.
  const thought = lead.text === ':' ? thoughtBeforeColon(tokens, open - 1, floor) : null;
  if (thought) return thought;
  // "Jared Potts echoed:" — any past-tense verb right before a colon introduces the quotation (not a noun or an
  // adverb: "the biggest victor was the stage itself:", "His final assessment:").
  const verb = tokens[open - 2];
  if (lead.text === ':' && verb && open - 2 >= floor && isVerbBeforeColon(verb)) {
    const mention = subjectBefore(tokens, open - 2, floor);
    if (mention) return { cue: open - 2, mention };
  }
  const owned = lead.text === ':' ? ownerOfDocumentBeforeColon(tokens, open - 1, floor, isSpeechWord) : null;
  if (owned) return { cue: null, mention: owned };
  // "Ruiz released the following statement:": the issuer of the statement speaks.
  const issued = lead.text === ':' ? issuingVerbBeforeColon(tokens, open - 1, floor) : -1;
  if (issued >= 0) {
    const mention = issuingSubject(tokens, issued, floor);
    if (mention) return { cue: issued, mention };
  }
  // "The group emailed a link with one sentence: “…”": the subject of a verb whose object is a text.
  return lead.text === ':' ? messageBeforeColon(tokens, open - 1, floor) : null;
}

const LIST_JOINERS = new Set(['and', '&']);

/**
 * The name before a header's colon. "Ana Ruiz and Tom Reed: “…”": a pair of people speaks through the first name,
 * which is where the header opens.
 */
function headerName(tokens: Token[], last: number, floor: number): ReturnType<typeof chunkEndingAt> {
  const chunk = chunkEndingAt(tokens, last, floor);
  if (!chunk || !LIST_JOINERS.has(tokens[chunk.first - 1]?.lower ?? '')) return chunk;
  const first = chunkEndingAt(tokens, chunk.first - 2, floor);
  return first?.type === 'person' && chunk.type === 'person' ? first : chunk;
}

/** A lower-case word that reads as a past-tense verb of speaking ("echoed", "retorted", "shot"). */
function isVerbBeforeColon(t: Token): boolean {
  if (!t.word || t.cap) return false;
  const l = t.lower;
  return (l.length > 4 && l.endsWith('ed')) || IRREGULAR_SPEECH_PASTS.has(l) || MANNER_OF_SPEAKING.has(l);
}

/** The subject of the clause a participle after a comma attaches to (looking back a bounded stretch). */
function participleClauseSubject(tokens: Token[], v: number, floor: number): SpeakerMention | null {
  return subjectAtStart(tokens, floor, v - 1) ?? nearestSubjectBefore(tokens, v - 2, Math.max(floor, v - 40));
}

/**
 * "Sam Lau, the party's spokesman, said in a statement. “…”": a sentence that is only a subject, a cue and modifiers
 * reports nothing itself, so it introduces the quotation that opens the next sentence.
 */
function cueSentenceBefore(doc: Doc, q: QuotedSpan): { cue: number | null; mention: SpeakerMention } | null {
  const { tokens } = doc;
  const index = (doc.sentenceOf[q.open] as number) - 1;
  const own = doc.sentences[index + 1] as { first: number };
  if (index < 0 || own.first !== q.open || tokens[q.open - 1]?.text !== '.') return null;
  const s = doc.sentences[index] as { first: number; last: number };
  const stop = s.last - 1;
  if ((tokens[stop] as Token).text !== '.') return null;
  for (let v = stop - 1; v > s.first && stop - v <= 8; v--) {
    const t = tokens[v] as Token;
    if (isQuoteMark(t) || t.text === ',') return null;
    if (!isCue(t) || cueClassOf(t.lower) !== 'speech') continue;
    if (v + 1 < stop && !onlyModifierFollows(tokens, v, v + 1)) return null;
    const mention = subjectBefore(tokens, v, s.first);
    // Only a subject and its cue: "“We will vote no,” she said." reports its own quotation, not the next one.
    if (!mention || mention.first !== s.first) return null;
    return { cue: null, mention };
  }
  return null;
}

const CLAUSE_BREAK = new Set([':', ';', '—', '–']);
const COORDINATORS = new Set(['and', 'but', 'so', 'yet']);
const SUBORDINATORS = new Set(['because', 'if', 'although', 'though', 'while', 'since', 'unless', 'once', 'whether']);
const NEW_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
// After a comma, these continue the reported clause ("…” to the voters, who …", "…”, so government should …").
const CLAUSE_GOES_ON = new Set(
  'who which where whose so because since while though although particularly especially including'.split(' '),
);

/**
 * Where the clause that goes on after a quotation ends: "“it gets me mad” every time he thinks about …" runs to the
 * sentence's end, but a comma, a dash or "and he …" starts something the quotation's clause does not report.
 * Returns an end offset (never before `min`).
 */
export function clauseEndAfter(doc: Doc, from: number, min: number): number {
  const { tokens } = doc;
  const last = (doc.sentences[doc.sentenceOf[from] as number] as { last: number }).last;
  let k = from;
  for (; k < last; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' && !CLAUSE_GOES_ON.has(tokens[k + 1]?.lower ?? '')) break;
    // "“diagnoses” of economic ills (read: the causes) are the draw": a bracketed aside inside the clause.
    const aside = bracketAsideEnd(tokens, k);
    if (aside > 0 && aside < last && tokens[aside]?.word && !tokens[aside]?.cap) {
      k = aside - 1;
      continue;
    }
    if (t.text === '(' || CLAUSE_BREAK.has(t.text)) break;
    if ((t.lower === 'and' || t.lower === 'but') && NEW_SUBJECTS.has(tokens[k + 1]?.lower ?? '')) break;
  }
  let end = k > from ? (tokens[k - 1] as Token).end : min;
  while (end > min && /[\s.,;:!?"”’')\]]/.test(doc.text[end - 1] as string)) end--;
  return Math.max(end, min);
}

/** Whether the quotation ends on its own clause punctuation ("“You lie!” at …", "“…,” and shared …"). */
export function closesOwnClause(doc: Doc, contentEnd: number): boolean {
  let i = contentEnd;
  while (i < doc.text.length && /\s/.test(doc.text[i] as string)) i++;
  return /[,;:!?]/.test(doc.text[contentEnd - 1] ?? '') || doc.text[i] === ',';
}

/**
 * `America needs leaders “who understand …,” Clinton said`: words of the sentence before the quotation belong to what
 * the cue after it reports. Returns where that lead-in starts (after a colon or dash that opens the quotation).
 */
function leadInStart(doc: Doc, q: QuotedSpan): number | null {
  const { tokens } = doc;
  const sentence = doc.sentenceOf[q.open] as number;
  // "…, when Clinton called him “ISIS’ best recruiter.” She also said …": a cue in the next sentence reports nothing here.
  if (q.close < 0 || doc.sentenceOf[q.close + 1] !== sentence) return null;
  const first = (doc.sentences[sentence] as { first: number }).first;
  // "Emerging from two hours with Obama, the prime minister ''looked ashen,'' Arad said": the clause after the last comma.
  // "Though campaigns cannot vet every donation, “…,” said Birkenstock": a quotation after a comma keeps the whole
  // clause before it (up to another quotation).
  const commaLed = tokens[q.open - 1]?.text === ',';
  let i = commaLed ? q.open - 1 : q.open;
  let wholeSentence = commaLed;
  while (i > first) {
    const t = tokens[i - 1] as Token;
    if (CLAUSE_BREAK.has(t.text) || (wholeSentence ? isQuoteMark(t) : t.text === ',')) break;
    i--;
    // "Gore tried to distance himself, and in doing so he “made a mistake,” Lichtman said": a coordinated clause
    // goes back to the sentence's start.
    if (!wholeSentence && COORDINATORS.has((tokens[i] as Token).lower) && tokens[i - 1]?.text === ',') {
      wholeSentence = true;
      i--;
    }
  }
  if (!tokens.slice(i, q.open).some((t) => t.word)) return null;
  return (tokens[i] as Token).start;
}

/**
 * `Obama said “it gets me mad” every time …` / `Ryan said that “we need more information” about …`: a quotation
 * that is only part of the clause its cue introduces. The content runs from after the cue (from "that") to the
 * sentence's end when words stand between the cue and the quotation or the clause goes on after it.
 */
function clauseAfterCue(doc: Doc, q: QuotedSpan, cue: number | null): { start: number; end: number } | null {
  const { tokens } = doc;
  if (cue === null || q.close < 0) return null;
  const lead = tokens[q.open - 1] as Token;
  let that = cue + 1;
  while (that < q.open && (tokens[that] as Token).lower !== 'that') that++;
  // "adds that Muslims have two choices: “…”": a clause before the colon is part of what is reported.
  // "said because Obama is popular, “he's a good surrogate.”": a subordinate clause before the comma is reported too.
  const subordinate = SUBORDINATORS.has(tokens[that < q.open ? that + 1 : cue + 1]?.lower ?? '');
  const introduced = (lead.text === ',' || lead.text === ':') && that >= q.open - 2 && !subordinate;
  // "that “every senator” — including Lee — favored …": the clause goes on after a dash aside.
  const aside = dashAsideEnd(tokens, q.close + 1);
  const after = aside > 0 && tokens[aside]?.cap === false ? aside : q.close + 1;
  const next = tokens[after];
  // A quotation that ends on its own punctuation ("“You lie!” at …", "“…,” and shared") closes its clause.
  const goesOn =
    next?.word === true &&
    !isCue(next) &&
    doc.sentenceOf[after] === doc.sentenceOf[q.open] &&
    !/[.,;:!?]/.test(doc.text[q.end - 1] ?? '');
  const gap = !introduced && cue < q.open - 1 && lead.lower !== 'that';
  if (!gap && !goesOn) return null;
  const start = introduced ? q.start : (tokens[that < q.open ? that : cue + 1] as Token).start;
  return { start, end: goesOn ? clauseEndAfter(doc, after, q.end) : q.end };
}

// How far the clause after a quotation may run to the comma before its cue.
const MAX_TAIL_TOKENS = 40;

/**
 * `"Boots on the ground" would be appropriate, Carson said.`: the sentence opens with the quotation and goes on to
 * a comma and a cue that closes it; the content is the quotation with its clause.
 */
function cueAfterClause(
  doc: Doc,
  q: QuotedSpan,
): { cue: number; mention: SpeakerMention; start: number; end: number } | null {
  const { tokens } = doc;
  if (q.close < 0 || !tokens[q.close + 1]?.word || isCue(tokens[q.close + 1] as Token)) return null;
  const sentence = doc.sentenceOf[q.close] as number;
  if ((doc.sentences[sentence] as { first: number }).first !== q.open) return null;
  let comma = q.close + 1;
  while (comma - q.close < MAX_TAIL_TOKENS && doc.sentenceOf[comma] === sentence) {
    const t = tokens[comma] as Token;
    if (t.text === ',' || isQuoteMark(t) || SENTENCE_END.has(t.text)) break;
    comma++;
  }
  if (tokens[comma]?.text !== ',' || doc.sentenceOf[comma] !== sentence) return null;
  const last = tokens[comma - 1] as Token;
  const found = cueAfter(doc, { ...q, close: comma - 1, end: last.end });
  return found ? { ...found, start: q.start, end: last.end } : null;
}

// Words that end the reporting frame "As X put it," / "As X pointed out,".
const FRAME_ENDS = new Set(['it', 'out']);

/**
 * "As Vulture put it, “…”", "As RealClearPolitics’ David Byler pointed out in December, “…”": a reporting frame
 * opened by "as" before the quotation; its subject (a name) speaks.
 */
function asFrameSubject(tokens: Token[], floor: number, open: number): SpeakerMention | null {
  if (tokens[open - 1]?.text !== ',') return null;
  for (let a = open - 2; a >= floor && open - a <= 25; a--) {
    const t = tokens[a] as Token;
    if (isQuoteMark(t) || SENTENCE_END.has(t.text)) return null;
    if (t.lower !== 'as') continue;
    const before = tokens[a - 1];
    if (a !== floor && before?.word && before.lower !== 'but' && before.lower !== 'and') return null;
    // "put it", "pointed out in December", "noted": a reporting verb closes the frame.
    let reports = false;
    for (let k = a + 1; k < open - 1; k++) {
      const w = tokens[k] as Token;
      if (!w.cap && (FRAME_ENDS.has(w.lower) || cueClassOf(w.lower) === 'speech' || /[a-z]ed$/.test(w.lower)))
        reports = true;
    }
    const mention = reports ? subjectAtStart(tokens, a + 1, open - 1) : null;
    return mention?.kind === 'name' ? mention : null;
  }
  return null;
}

/**
 * Attributes each quoted span through a cue right after it or right before it. Spans with no cue of their own are
 * returned with `mention: null` so the caller can decide whether they continue a neighbour's quote.
 */
export function attributeQuotedSpans(doc: Doc, spans: QuotedSpan[]): Attribution[] {
  const out: Attribution[] = [];
  for (const q of spans) {
    if (doc.sentences[doc.sentenceOf[q.open] as number]?.headline) continue;
    let end = q.end;
    while (end > q.start && /[\s,]/.test(doc.text[end - 1] as string)) end--;
    let start = q.start;
    while (start < end && /\s/.test(doc.text[start] as string)) start++;
    if (end <= start) continue;
    const before = cueBefore(doc, q);
    const after = before ? null : cueAfter(doc, q);
    const later = before || after ? null : cueAfterClause(doc, q);
    const found = before ?? after ?? later ?? cueSentenceBefore(doc, q);
    const clause = before ? clauseAfterCue(doc, q, before.cue) : later;
    const from = clause?.start ?? (after ? leadInStart(doc, q) : null) ?? start;
    const to = Math.max(end, clause?.end ?? end);
    out.push({
      kind: from < start || to > end ? 'mixed' : 'direct',
      openToken: q.open,
      start: from,
      end: to,
      cue: found && found.cue !== null ? [found.cue, found.cue + 1] : null,
      mention: found?.mention ?? null,
      belief: false,
      confidence: found ? 0.9 : 0.6,
    });
  }
  return out;
}
