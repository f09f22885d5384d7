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
  // `¶” … they are so not like him,” she said`: an ellipsis may open the quoted words.
  const opens = /^(?:[\p{L}\p{N}]| ?(?:…|\.\.\.) ?[\p{L}\p{N}])/u.test(text.slice(t.end, t.end + 6));
  return /[\s\p{Cf}]/u.test(before) && opens;
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
 * `“… the number of “cell phone only” households …”`: a curly opening mark whose next closing mark is followed, in
 * the same paragraph, by a second closing mark with no opening mark between them opens a quotation nested in another.
 * Gives each such opener the index of its closer (-1 elsewhere). Linear: one backward pass finds each token's next
 * curly marks.
 */
function nestedDoubleCloses(doc: Doc, paragraphOf: (i: number) => number): Int32Array {
  const { tokens } = doc;
  const n = tokens.length;
  const marks = new Int32Array(n).fill(-1);
  const nextOpen = new Int32Array(n + 1).fill(n);
  const nextClose = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    const text = (tokens[i] as Token).text;
    nextOpen[i] = text === '“' ? i : (nextOpen[i + 1] as number);
    nextClose[i] = text === '”' ? i : (nextClose[i + 1] as number);
  }
  for (let i = 0; i < n; i++) {
    if ((tokens[i] as Token).text !== '“') continue;
    const inner = nextClose[i + 1] as number;
    if (inner >= n || (nextOpen[i + 1] as number) < inner || paragraphOf(inner) !== paragraphOf(i)) continue;
    const outer = nextClose[inner + 1] as number;
    if (outer >= n || (nextOpen[inner + 1] as number) < outer || paragraphOf(outer) !== paragraphOf(i)) continue;
    marks[i] = inner;
  }
  return marks;
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

  const nested = nestedDoubleCloses(doc, paragraphOf);
  // The closing mark of the inner quotation last opened inside an open one.
  let innerClose = -1;
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
    // The closing mark of a quotation nested in another (“… “cell phone only” homes …”) closes nothing here.
    if (i === innerClose) continue;
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
    } else if (isOpen && open >= 0 && (nested[i] as number) > i) {
      // “… “cell phone only” households …”: an inner quotation in double marks; the outer one stays open.
      innerClose = nested[i] as number;
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
