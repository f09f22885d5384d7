import type { Paragraph } from './text-layout.ts';

/**
 * An article as a reader found it (file, JSON item, feed entry, fetched page), before cleaning: the text as read and
 * its paragraph layout, plus the metadata the source gave.
 */
export interface ParsedArticle {
  title: string | null;
  outlet: string;
  url: string | null;
  file: string | null;
  publishedAt: string | null;
  /** Feed or source id it came through. */
  sourceId?: string | null;
  /** The text as read: the file's text, or for HTML the page's extracted main text. Stored offsets map back to it. */
  original: string;
  paragraphs: Paragraph[];
  /** Plain-text files: the first line may be the headline. */
  headlineInFirstLine?: boolean;
}

/** An input that was not ingested, and why, in words for the person running the ingest. */
export interface Rejection {
  /** The file path (`file.json#3` for an item of a JSON array) or URL. */
  label: string;
  reason: string;
}

export const isRejection = (value: ParsedArticle | Rejection): value is Rejection => 'reason' in value;
