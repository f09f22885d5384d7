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

/** Quotation marks that look the same at both ends: `"` and the archive style `''`. */
function isStraight(t: Token): boolean {
  return t.text === '"' || t.text === "''";
}

/** A straight quote opens when it is not glued to the previous word (start, space, bracket or dash before it). */
function straightOpens(text: string, t: Token): boolean {
  if (t.start === 0) return true;
  const before = text[t.start - 1] as string;
  // `Gowdy (R-S.C.):"I have not …"`: a colon glued to the mark introduces the quotation too.
  return /[\s([{\u2014\u2013-]/u.test(before) || (before === ':' && /[\p{L}\p{N}]/u.test(text[t.end] ?? ''));
}

/**
 * `the KKK “abhorrent“ in a tweet`: an opening curly mark glued to the word before it and followed by a space or
 * punctuation is a closing mark typed the wrong way round.
 */
function misturnedCloser(text: string, t: Token): boolean {
  if (t.text !== '“' || t.start === 0) return false;
  const before = text[t.start - 1] as string;
  const after = text[t.end] ?? ' ';
  // `…where voters stand.“[HuffPost.]`: a bracketed source tag may follow it too.
  return /[\p{L}\p{N}.,!?]/u.test(before) && /[\s.,;:!?)[]/u.test(after);
}

/** `¶”Sorry Sarah, you should have …” posted Geyer`: a closing curly mark before a word opens a quote. */
function misturnedOpener(text: string, t: Token): boolean {
  if (t.text !== '”') return false;
  const before = t.start === 0 ? ' ' : (text[t.start - 1] as string);
  return /[\s\p{Cf}]/u.test(before) && /[\p{L}\p{N}]/u.test(text[t.end] ?? '');
}

/**
 * `“Let’s go. We can stop it.’ Schumer was …`: a lone right single mark after the quote's last stop, followed by a
 * new sentence, closes a double quotation (no single quotation was opened inside it).
 */
function singleClosesDouble(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev || prev.end !== t.start || !/^[.!?,]$/.test(prev.text)) return false;
  return /^\s+(\p{Lu}|$)/u.test(text.slice(t.end, t.end + 3)) || t.end === text.length;
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

  // Single quotation marks opened inside the current quote and not yet closed.
  let singles = 0;
  const finish = (close: number, end: number) => {
    singles = 0;
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
    const isOpen =
      OPENERS.has(t.text) || (open < 0 && (isStraight(t) ? straightOpens(text, t) : misturnedOpener(text, t)));
    if (t.text === '‘') singles++;
    const singleCloses = t.text === '’' && open >= 0 && singles === 0 && singleClosesDouble(text, tokens, i);
    if (t.text === '’' && singles > 0) singles--;
    const isClose =
      CLOSERS.has(t.text) || (isStraight(t) && open >= 0) || (open >= 0 && misturnedCloser(text, t)) || singleCloses;
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
