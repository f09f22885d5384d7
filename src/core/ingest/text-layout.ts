/**
 * A piece of article text: a verbatim range of the original (`start..end`), or text the reader had to produce itself
 * (a line break between lines, a decoded Markdown escape) which maps to no original offset of its own.
 */
export type Piece = { start: number; end: number } | { text: string };

/** An article's text as paragraphs of pieces of its original: what readers produce and cleaning rules edit. */
export type Paragraph = Piece[];

export function pieceText(original: string, piece: Piece): string {
  return 'text' in piece ? piece.text : original.slice(piece.start, piece.end);
}

export function paragraphText(original: string, paragraph: Paragraph): string {
  return paragraph.map((piece) => pieceText(original, piece)).join('');
}

/** The paragraph without its first `count` characters (pieces trimmed or dropped). */
export function dropLeading(paragraph: Paragraph, count: number): Paragraph {
  const kept: Paragraph = [];
  let left = count;
  for (const piece of paragraph) {
    const length = 'text' in piece ? piece.text.length : piece.end - piece.start;
    if (left >= length) {
      left -= length;
      continue;
    }
    if (left > 0) {
      kept.push('text' in piece ? { text: piece.text.slice(left) } : { start: piece.start + left, end: piece.end });
      left = 0;
    } else kept.push(piece);
  }
  return kept;
}

/**
 * Verbatim pieces of `original[start, end)` with every line break (and the indentation around it) replaced by one
 * space: wrapped lines of one paragraph, which the quote engine must not read as separate sentences.
 */
export function unwrapLines(original: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  const lineBreak = /[ \t]*\r?\n[ \t]*/g;
  let from = start;
  const slice = original.slice(start, end);
  for (let match = lineBreak.exec(slice); match; match = lineBreak.exec(slice)) {
    if (start + match.index > from) pieces.push({ start: from, end: start + match.index });
    pieces.push({ text: ' ' });
    from = start + match.index + match[0].length;
  }
  if (end > from) pieces.push({ start: from, end });
  return pieces;
}

/**
 * Plain text as paragraphs: blocks separated by blank lines when the text has any (lines inside a block are kept with
 * joined by spaces, as wrapped lines of one paragraph), otherwise every non-empty line is a paragraph (news text files often use one line per paragraph).
 * Lines are trimmed; `\r` of CRLF files stays out of the text.
 */
export function plainTextParagraphs(original: string): Paragraph[] {
  const lines: { start: number; end: number }[] = [];
  const linePattern = /[^\r\n]*(\r\n|\r|\n|$)/g;
  for (let match = linePattern.exec(original); match && match[0] !== ''; match = linePattern.exec(original)) {
    const lineEnd = match.index + match[0].length - (match[1]?.length ?? 0);
    lines.push(trimRange(original, match.index, lineEnd));
  }
  const hasBlankLines = lines.some((line, i) => line.start === line.end && i > 0 && i < lines.length - 1);
  const paragraphs: Paragraph[] = [];
  let current: Paragraph = [];
  for (const line of lines) {
    if (line.start === line.end) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
      continue;
    }
    if (!hasBlankLines) {
      paragraphs.push([line]);
      continue;
    }
    if (current.length > 0) current.push({ text: ' ' }); // a wrapped line, not a new sentence
    current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s += 1;
  while (e > s && /\s/.test(text[e - 1] as string)) e -= 1;
  return { start: s, end: e };
}
