// A quotation can hold a sentence break inside its marks ("“were stiff. They weren’t fun” in comparison to …"). The
// sentence splitter cuts there, but the quotation with the clause around it is one unit of what was said.
import type { Doc } from '../nlp/document.ts';
import { spanHolding } from '../nlp/offset-search.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { cueClassOf } from './cue-words.ts';
import { clauseEndAfter } from './direct-quotes.ts';
import type { QuotedSpan } from './quoted-spans.ts';

// Breaks that end the lead-in of a quotation (a colon or dash that introduces it, a clause before a semicolon).
const LEAD_IN_BREAK = new Set([':', ';', '—', '–', '(', ')']);
// How far back before the opening mark a lead-in may start.
const MAX_LEAD_IN = 40;

/**
 * `Rivals Ruiz and Reed “were stiff. They weren’t fun” in comparison to Lee, Gomez said.`: a cue after a quotation
 * whose marks hold a sentence break reads its content from the sentence where the closing mark is, which starts
 * inside the quotation. The content starts instead where the quotation's clause starts in the opening mark's
 * sentence: the words before the mark (its subject), or the mark itself when a colon, a dash or another cue
 * introduces the quotation there. Null when the content does not start inside such a quotation.
 */
export function startAcrossQuote(doc: Doc, spans: QuotedSpan[], a: Attribution): number | null {
  const { tokens } = doc;
  if (a.kind !== 'indirect' || !a.cue) return null;
  const q = spanHolding(spans, a.start);
  if (!q || q.close < 0 || q.pieces.length !== 1 || q.start === a.start) return null;
  const cueSentence = doc.sentenceOf[a.cue[0]] as number;
  if (q.close >= a.cue[0] || (doc.sentenceOf[q.open] as number) >= cueSentence) return null;
  if (doc.sentenceOf[q.close] !== cueSentence) return null;
  const first = (doc.sentences[doc.sentenceOf[q.open] as number] as { first: number }).first;
  let i = q.open;
  while (i > first && q.open - i < MAX_LEAD_IN) {
    const t = tokens[i - 1] as Token;
    if (LEAD_IN_BREAK.has(t.text) || isQuoteMark(t) || cueClassOf(t.lower) !== null) break;
    i--;
  }
  // A lead-in that stopped short of its clause's start (at a cue, or too far back) is not the quotation's subject.
  const whole = i === first || LEAD_IN_BREAK.has((tokens[i - 1] as Token).text);
  return (tokens[whole ? i : q.open] as Token).start;
}

// How many later quotations of the same clause the end may pass over ("hurt by going “low, and mean” against …").
const MAX_LATER_QUOTES = 3;

// Whether the clause goes on in lower case right after the closing mark of `q` (not after the quotation's own comma:
// “…,” according to).
function goesOnAfter(doc: Doc, q: QuotedSpan): boolean {
  const next = doc.tokens[q.close + 1];
  return (
    next?.word === true &&
    !next.cap &&
    doc.sentenceOf[q.close + 1] === doc.sentenceOf[q.close] &&
    !/[,;:]/.test(doc.text[q.end - 1] ?? '')
  );
}

/**
 * `Lee stated that the debate was “fair” and Ruiz “did well, because it was real. It was uplifting” and was hurt by
 * going “low.”`: a reported clause whose end the splitter put inside a quotation (at its sentence break) runs on to
 * the closing mark and the rest of its clause, when the quotation is part of the clause (no colon or comma introduces
 * it) and the clause goes on in lower case after the mark. A comma inside a later quotation of that clause does not
 * end it. Null when the content does not end inside such a quotation.
 */
export function endAcrossQuote(doc: Doc, spans: QuotedSpan[], a: Attribution): number | null {
  if (a.kind !== 'indirect' && a.kind !== 'mixed') return null;
  const q = spanHolding(spans, a.end - 1);
  if (!q || q.close < 0 || q.pieces.length !== 1 || q.end <= a.end || q.start < a.start) return null;
  if (doc.sentenceOf[q.close] === doc.sentenceOf[q.open]) return null;
  const before = doc.tokens[q.open - 1]?.text;
  if (before === ':' || before === ',' || !goesOnAfter(doc, q)) return null;
  let end = clauseEndAfter(doc, q.close + 1, q.end);
  for (let n = 0; n < MAX_LATER_QUOTES; n++) {
    const later = spanHolding(spans, end - 1);
    if (!later || later === q || later.close < 0 || later.end <= end || !goesOnAfter(doc, later)) break;
    end = clauseEndAfter(doc, later.close + 1, later.end);
  }
  return end;
}
