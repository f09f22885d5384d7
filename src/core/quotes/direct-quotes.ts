import { chunkEndingAt, isTitleToken } from '../entities/name-chunk.ts';
import type { Doc } from '../nlp/document.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { appositiveEnd, cueClauseEnds, onlyModifierFollows } from './cue-clause.ts';
import { cueClassOf, SPEECH_NOUNS } from './cue-words.ts';
import type { QuotedSpan } from './quoted-spans.ts';
import { isRolePrefix, type SpeakerMention, subjectAfter, subjectBefore } from './speaker-mention.ts';

const SENTENCE_END = new Set(['.', '!', '?', ';']);
const OPEN_MARKS = new Set(['“', '"', '«', "''", '``']);

function paragraphOf(doc: Doc, token: number): number {
  return (doc.sentences[doc.sentenceOf[token] as number] as { paragraph: number }).paragraph;
}

function isCue(t: Token): boolean {
  return !t.cap && cueClassOf(t.lower) === 'speech';
}

/** "the statement read": a document speaks through "read(s)". */
function isDocumentCue(tokens: Token[], v: number): boolean {
  const t = tokens[v] as Token;
  return (t.lower === 'read' || t.lower === 'reads') && SPEECH_NOUNS.has(tokens[v - 1]?.lower ?? '');
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

/** `“…,” she said` / `“…,” said Rubio` / `“…,” Rubio, the secretary, told reporters`. */
function cueAfter(doc: Doc, q: QuotedSpan): { cue: number; mention: SpeakerMention } | null {
  const { tokens } = doc;
  if (q.close < 0) return null;
  let k = q.close + 1;
  if (tokens[k]?.text === ',') k++;
  const para = paragraphOf(doc, q.close);
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
  const end = stop;
  // A quotation that closes on a comma hands its sentence to the attribution that follows it.
  const commaClosed = tokens[q.close - 1]?.text === ',' || tokens[q.close + 1]?.text === ',';
  const clauseEnds = (verb: number, from: number) =>
    cueClauseEnds(tokens, verb, from, end) || (commaClosed && onlyModifierFollows(tokens, verb, from));
  if (isCue(tokens[k] as Token)) {
    const mention = subjectAfter(tokens, k, end);
    return mention && clauseEnds(k, appositiveEnd(tokens, mention)) ? { cue: k, mention } : null;
  }
  for (let v = k + 1; v < Math.min(stop, k + 32); v++) {
    if (!isCue(tokens[v] as Token) && !isDocumentCue(tokens, v)) continue;
    const mention = subjectBefore(tokens, v, k);
    // A new sentence that reports something else ("He said he recognizes …") is not this quote's attribution.
    const leads = mention && (mention.first === k || isRolePrefix(tokens, k, mention.first));
    if (mention && leads && clauseEnds(v, v + 1)) return { cue: v, mention };
    // "…," Rubio said: nothing but the subject (and adverbs) may stand between the quote and the verb.
    return null;
  }
  return null;
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
    const chunk = chunkEndingAt(tokens, open - 2, floor);
    if (chunk && chunk.first === floor && chunk.type !== 'role') {
      return { cue: null, mention: { kind: 'name', first: chunk.first, last: chunk.last, chunk, appositive: null } };
    }
  }
  if (lead.text !== ',' && lead.text !== ':' && lead.lower !== 'that' && !isCue(lead)) return null;
  for (let v = open - 1; v >= floor && v >= open - 10; v--) {
    const t = tokens[v] as Token;
    if (isQuoteMark(t) || SENTENCE_END.has(t.text)) return null;
    if (!isCue(t)) continue;
    const mention = subjectBefore(tokens, v, floor) ?? subjectAfter(tokens, v, open - 1);
    return mention ? { cue: v, mention } : null;
  }
  // "Jared Potts echoed:" — any verb right before a colon introduces the quotation.
  const verb = tokens[open - 2];
  if (lead.text === ':' && verb && verb.word && !verb.cap && open - 2 >= floor) {
    const mention = subjectBefore(tokens, open - 2, floor);
    if (mention) return { cue: open - 2, mention };
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
    const found = before ?? after;
    out.push({
      kind: 'direct',
      openToken: q.open,
      start,
      end,
      cue: found && found.cue !== null ? [found.cue, found.cue + 1] : null,
      mention: found?.mention ?? null,
      belief: false,
      confidence: found ? 0.9 : 0.6,
    });
  }
  return out;
}
