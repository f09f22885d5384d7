import type { OffsetSegment } from '../model/article.ts';
import type { Span } from '../model/span.ts';
import { dropGluedCaption } from './caption-glue.ts';
import { dropRepeatedHeadline, looksLikeHeadline } from './headline.ts';
import { buildText } from './offset-map.ts';
import { dropPageJunk } from './page-junk.ts';
import { type Paragraph, paragraphText, plainTextParagraphs } from './text-layout.ts';

export interface CleanOptions {
  /** The title the source gave (HTML <title>, JSON, feed), if any. */
  title?: string | null;
  /** Plain-text files: take the first line as the headline when it looks like one (seed 002). */
  headlineInFirstLine?: boolean;
}

export interface CleanedText {
  /** The given title, or the headline found in the first line; null when neither. */
  title: string | null;
  text: string;
  offsetMap: OffsetSegment[];
  paragraphs: Span[];
}

/**
 * Removes page junk from an article's paragraphs without touching its sentences: the headline line (it becomes the
 * title), the headline repeated as the first paragraph, a photo caption glued to the lead, a trailing comment section
 * and ad/share lines. Every remaining character is copied from the original, so offsets map back exactly.
 */
export function cleanParagraphs(original: string, paragraphs: Paragraph[], options: CleanOptions = {}): CleanedText {
  let title = options.title?.trim() || null;
  let kept = paragraphs;
  const first = kept[0];
  if (options.headlineInFirstLine && kept.length > 1 && first) {
    const line = paragraphText(original, first);
    if (looksLikeHeadline(line)) {
      title ??= line.trim();
      kept = kept.slice(1);
    }
  }
  kept = dropRepeatedHeadline(original, kept, title);
  kept = dropGluedCaption(original, kept);
  kept = dropPageJunk(original, kept);
  return { title, ...buildText(original, kept) };
}

/** `cleanParagraphs` for plain text (paragraphs by blank lines, or one per line). */
export function cleanArticleText(original: string, options: CleanOptions = {}): CleanedText {
  return cleanParagraphs(original, plainTextParagraphs(original), options);
}
