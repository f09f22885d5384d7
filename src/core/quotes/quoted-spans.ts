import type { Doc } from '../nlp/document.ts';
import type { Token } from '../nlp/token.ts';

/** Text between quotation marks; `pieces` are the per-paragraph parts of a quote that runs over several paragraphs. */
export interface QuotedSpan {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the quote ran to the end of its last paragraph without one. */
  close: number;
  /** Characters inside the marks: from after the opening mark to before the closing one. */
  start: number;
  end: number;
  pieces: { start: number; end: number }[];
}

const OPENERS = new Set(['“', '«', '„', '``']);
const CLOSERS = new Set(['”', '»']);

/** A straight quote opens when it is not glued to the previous word (start, space, bracket or dash before it). */
/** Quotation marks that look the same at both ends: `"` and the archive style `''`. */
function isStraight(t: Token): boolean {
  return t.text === '"' || t.text === "''";
}

function straightOpens(text: string, t: Token): boolean {
  if (t.start === 0) return true;
  const before = text[t.start - 1] as string;
  return /[\s([{\u2014\u2013-]/u.test(before);
}

/**
 * Pairs quotation marks, one left-to-right pass (linear even with thousands of unmatched marks).
 * A paragraph that ends inside a quote continues it when the next paragraph opens with a quotation mark (the news
 * convention for multi-paragraph quotes); otherwise the quote ends with its paragraph.
 */
export function findQuotedSpans(doc: Doc): QuotedSpan[] {
  const { tokens, sentences, sentenceOf, text } = doc;
  const spans: QuotedSpan[] = [];
  let open = -1;
  let pieceStart = 0;
  let pieces: { start: number; end: number }[] = [];
  const paragraphOf = (i: number) => (sentences[sentenceOf[i] as number] as { paragraph: number }).paragraph;

  const finish = (close: number, end: number) => {
    pieces.push({ start: pieceStart, end });
    const first = pieces[0] as { start: number };
    if (end > first.start) spans.push({ open, close, start: first.start, end, pieces });
    open = -1;
    pieces = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (open >= 0 && paragraphOf(i) !== paragraphOf(i - 1)) {
      const continues = OPENERS.has(t.text) || (isStraight(t) && straightOpens(text, t));
      if (continues) {
        pieces.push({ start: pieceStart, end: (tokens[i - 1] as Token).end });
        pieceStart = t.end;
        continue;
      }
      finish(-1, (tokens[i - 1] as Token).end);
    }
    const isOpen = OPENERS.has(t.text) || (isStraight(t) && open < 0 && straightOpens(text, t));
    const isClose = CLOSERS.has(t.text) || (isStraight(t) && open >= 0);
    if (isClose && open >= 0) {
      finish(i, t.start);
    } else if (isOpen) {
      // A second opening mark inside an open quote means the first one was never closed: restart from here.
      open = i;
      pieces = [];
      pieceStart = t.end;
    }
  }
  if (open >= 0) finish(-1, (tokens[tokens.length - 1] as Token).end);
  return spans;
}
