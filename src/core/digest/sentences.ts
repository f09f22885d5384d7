import type { Span } from '../model/span.ts';

// ICU splits after "U.S." or "Mr." even mid-sentence; rejoin when a segment ends in one of these.
const ABBREVIATION_END =
  /(?:\b(?:\p{Lu}\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Jr|Sr|Prof|No|Vol|Jan|Feb|Aug|Sept|Oct|Nov|Dec|vs|etc|a\.m|p\.m)\.)\s*$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentence spans of `text` (trailing whitespace excluded), using the ICU sentence rules plus an abbreviation fix. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let pendingStart: number | null = null;
  for (const { segment, index } of segmenter.segment(text)) {
    const start: number = pendingStart ?? index;
    const end = index + segment.length;
    if (ABBREVIATION_END.test(segment) && end < text.length && !/\n\s*$/.test(segment)) {
      pendingStart = start;
      continue;
    }
    pendingStart = null;
    pushTrimmed(spans, text, start, end);
  }
  if (pendingStart !== null) pushTrimmed(spans, text, pendingStart, text.length);
  return spans;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push({ start: s, end: e });
}
