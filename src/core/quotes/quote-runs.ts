import type { Doc } from '../nlp/document.ts';
import { lastStartingAtOrBefore } from '../nlp/offset-search.ts';
import type { ExtractedQuote } from './article-analysis.ts';
import { continuesCoordinatedClause } from './coordinated-clause.ts';
import { attributionBetween, joinedQuote, sameSpeaker } from './quote-joint.ts';
import type { QuotedSpan } from './quoted-spans.ts';

// Longest stretch of marks, commas and "and" read as the join of a run (keeps each look-ahead bounded).
const MAX_RUN_GAP = 24;

const OPENING_MARK = /[“"‘«]\s*$/u;

/**
 * `“Fargo,” “Veep” and “Girls”`, `“We will win.” “We always do.”`: only marks, commas, semicolons, an ellipsis
 * and one "and"/"or" stand between two quotations, so they are one stretch of speech.
 */
function isRunGap(text: string, from: number, to: number): boolean {
  if (to < from || to - from > MAX_RUN_GAP) return false;
  const gap = text.slice(from, to);
  if (!/[“”"«»]/u.test(gap) || /\n\s*\n/.test(gap)) return false;
  const words = gap
    .replace(/\.\s?\.\s?\./g, ' ')
    .replace(/[\s“”"‘’«»,;…]+/gu, ' ')
    .trim();
  return words === '' || words === 'and' || words === 'or';
}

/**
 * `“The number one thing,” she said, “is unity.”`: a quotation that goes on after its cue, in the same sentence,
 * with a lower-case word, is one quote with the part before the cue.
 */
function continuesAfterCue(doc: Doc, q: ExtractedQuote, next: ExtractedQuote): boolean {
  const gap = attributionBetween(doc.text, q, next);
  if (gap === null || !/,\s*[“"]$/u.test(gap)) return false;
  if (!/^\p{Ll}/u.test(next.content.text.replace(/^[“"‘\s]+/u, ''))) return false;
  return (
    lastStartingAtOrBefore(doc.sentences, q.content.start) === lastStartingAtOrBefore(doc.sentences, next.content.start)
  );
}

// "“…,” she said, would …": after the closing mark, a short cue clause, a comma, then a verb or "that" that goes on
// with the quotation's own clause (its subject is inside the marks). "“This is the lie,” she said: That …": a colon
// after the cue leads into the writer's account of what the quotation announced. The cue stays on the quotation's line.
const UNQUOTED_CONTINUATION =
  /^,[”"]((?:[^\S\n]+[\p{L}.’'-]+){1,5}?)(?:,\s+(?:would|will|could|should|can|may|might|must|is|was|are|were|has|had|have|that)|:)\s/u;
// Longest unquoted continuation taken in.
const MAX_CONTINUATION = 400;

/**
 * `“Only you, Dinesh,” she said, would use the occasion to …`: the sentence goes on after the cue with the rest of
 * the quoted clause, in the writer's words. The quote runs to the sentence's end. Returns that end, or -1.
 */
function unquotedContinuationEnd(doc: Doc, q: ExtractedQuote): number {
  const cue = q.cue;
  if (q.kind !== 'direct' || !cue || cue.start < q.content.end) return -1;
  const match = UNQUOTED_CONTINUATION.exec(doc.text.slice(q.content.end, q.content.end + 80));
  const clauseEnd = match ? q.content.end + 2 + (match[1] as string).length : -1;
  if (clauseEnd < cue.end) return -1;
  const sentence = doc.sentences[lastStartingAtOrBefore(doc.sentences, clauseEnd)];
  if (!sentence || sentence.end < clauseEnd || sentence.end - clauseEnd > MAX_CONTINUATION) return -1;
  let end = sentence.end;
  while (end > clauseEnd && /[\s.!?”"]/u.test(doc.text[end - 1] as string)) end--;
  // A quotation further on in the sentence belongs to another reading.
  return end > clauseEnd && !/[“”"]/u.test(doc.text.slice(clauseEnd, end)) ? end : -1;
}

const isJoinable = (q: ExtractedQuote) => q.kind !== 'indirect' && !q.belief;

/**
 * Joins a run of quotations of one speaker into one quote (one continuous span of the text): quotations with only
 * marks, commas or "and" between them, and a quotation continued after its cue in the same sentence. A short title
 * in the run that was dropped as a scare quote ("“Law and Order,” and “Sanity”") is taken in too. Indirect quotes
 * and beliefs are left alone. Linear: the pointers over the quotes and over the quoted spans only move forward.
 */
export function joinQuoteRuns(doc: Doc, spans: QuotedSpan[], quotes: ExtractedQuote[]): ExtractedQuote[] {
  const { text } = doc;
  const order = quotes
    .map((quote, index) => ({ quote, index }))
    .sort((x, y) => x.quote.content.start - y.quote.content.start || y.quote.content.end - x.quote.content.end)
    .map((x) => x.quote);
  const result: ExtractedQuote[] = [];
  const taken = new Uint8Array(order.length);
  let j = 0;
  // The end of the latest joinable quote kept: a quote inside it is left as it is.
  let reach = -1;
  for (let k = 0; k < order.length; k++) {
    if (taken[k]) continue;
    let q = order[k] as ExtractedQuote;
    if (!isJoinable(q) || q.content.end <= reach) {
      result.push(q);
      continue;
    }
    // The next quote that starts after this one; quotes nested in it stay as they are.
    let n = k + 1;
    for (;;) {
      const end = q.content.end;
      while (j < spans.length && (spans[j] as QuotedSpan).start <= end) j++;
      while (n < order.length && (taken[n] || (order[n] as ExtractedQuote).content.start < end)) n++;
      const next = order[n];
      const span = spans[j];
      if (next && !(span && span.end < next.content.start) && isJoinable(next)) {
        const same = sameSpeaker(q, next);
        if (same && (isRunGap(text, end, next.content.start) || continuesAfterCue(doc, q, next))) {
          q = joinedQuote(q, next, Math.max(end, next.content.end));
          taken[n] = 1;
          continue;
        }
        // "said that “…,” and that “…”": the writer's words join two clauses of one report.
        if (continuesCoordinatedClause(doc, q, next, same)) {
          q = { ...joinedQuote(q, next, Math.max(end, next.content.end)), kind: 'mixed' };
          taken[n] = 1;
          continue;
        }
      }
      // A quotation nobody reported (a title dropped as a scare quote) that continues the run in this sentence.
      if (
        span &&
        (!next || span.end < next.content.start) &&
        isRunGap(text, end, span.start) &&
        OPENING_MARK.test(text.slice(end, span.start)) &&
        lastStartingAtOrBefore(doc.sentences, span.start) === lastStartingAtOrBefore(doc.sentences, q.content.start)
      ) {
        q = joinedQuote(q, null, span.end);
        continue;
      }
      break;
    }
    const goesOn = unquotedContinuationEnd(doc, q);
    if (goesOn > 0) q = joinedQuote(q, null, goesOn);
    reach = q.content.end;
    if (q.content.text === '') q.content.text = text.slice(q.content.start, q.content.end);
    result.push(q);
  }
  return result;
}
