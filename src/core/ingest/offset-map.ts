import type { OffsetSegment } from '../model/article.ts';
import type { Span } from '../model/span.ts';
import type { Paragraph } from './text-layout.ts';

export interface BuiltText {
  text: string;
  offsetMap: OffsetSegment[];
  /** Each paragraph's span in `text`. */
  paragraphs: Span[];
}

const PARAGRAPH_BREAK = '\n\n';

/** Joins paragraphs with blank lines and records which parts of the text were copied verbatim from the original. */
export function buildText(original: string, paragraphs: Paragraph[]): BuiltText {
  let text = '';
  const offsetMap: OffsetSegment[] = [];
  const spans: Span[] = [];
  for (const paragraph of paragraphs) {
    if (spans.length > 0) text += PARAGRAPH_BREAK;
    const start = text.length;
    for (const piece of paragraph) {
      if ('text' in piece) {
        text += piece.text;
        continue;
      }
      const last = offsetMap[offsetMap.length - 1];
      const length = piece.end - piece.start;
      if (length === 0) continue;
      if (last && last.cleanStart + last.length === text.length && last.originalStart + last.length === piece.start) {
        last.length += length; // contiguous with the previous copy: one segment
      } else offsetMap.push({ cleanStart: text.length, originalStart: piece.start, length });
      text += original.slice(piece.start, piece.end);
    }
    spans.push({ start, end: text.length });
  }
  if (text === original) return { text, offsetMap: [], paragraphs: spans };
  return { text, offsetMap, paragraphs: spans };
}

/** The last segment starting at or before `cleanOffset` (binary search; segments are in text order). */
function segmentAtClean(map: OffsetSegment[], cleanOffset: number): OffsetSegment | undefined {
  let lo = 0;
  let hi = map.length - 1;
  let found: OffsetSegment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const segment = map[mid] as OffsetSegment;
    if (segment.cleanStart <= cleanOffset) {
      found = segment;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The original offset of a cleaned-text offset. Inside a copied segment it is exact; an offset in text the cleaner
 * inserted (a paragraph break) maps to the end of the copy before it, so a span's end still lands right after its text.
 */
export function toOriginalOffset(map: OffsetSegment[], cleanOffset: number): number {
  if (map.length === 0) return cleanOffset;
  const segment = segmentAtClean(map, cleanOffset) ?? map[0];
  if (!segment) return cleanOffset;
  if (cleanOffset < segment.cleanStart) return segment.originalStart;
  return segment.originalStart + Math.min(cleanOffset - segment.cleanStart, segment.length);
}

/** The cleaned-text offset of an original offset, or null when that part of the original was removed as junk. */
export function toCleanOffset(map: OffsetSegment[], originalOffset: number): number | null {
  if (map.length === 0) return originalOffset;
  for (const segment of map) {
    const delta = originalOffset - segment.originalStart;
    if (delta >= 0 && delta <= segment.length) return segment.cleanStart + delta;
  }
  return null;
}

/**
 * The original offset of a span's end. Where two copies meet in the text but not in the original (markup removed
 * between them: `[Donald Trump](url).`), an end belongs to the copy it closes, not to the one that starts there.
 */
export function toOriginalEnd(map: OffsetSegment[], cleanEnd: number): number {
  if (map.length === 0 || cleanEnd === 0) return toOriginalOffset(map, cleanEnd);
  const segment = segmentAtClean(map, cleanEnd - 1);
  if (!segment || cleanEnd - segment.cleanStart > segment.length) return toOriginalOffset(map, cleanEnd);
  return segment.originalStart + (cleanEnd - segment.cleanStart);
}

/** A span of the cleaned text as a span of the original (use this for quotes and mentions). */
export function toOriginalSpan(map: OffsetSegment[], span: Span): Span {
  return { start: toOriginalOffset(map, span.start), end: toOriginalEnd(map, span.end) };
}
