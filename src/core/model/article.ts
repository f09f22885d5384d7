import type { Span } from './span.ts';

/** Where an article was seen. One article can be carried by several outlets (wire copy, feeds, files). */
export interface ArticleSource {
  outlet: string;
  url: string | null;
  file: string | null;
  /** Feed or source id this copy came through, when it came from a feed. */
  sourceId?: string | null;
  seenAt: string;
}

/**
 * One cleaned-text segment that was copied verbatim from the original text.
 * `clean[cleanStart, cleanStart+length)` === `original[originalStart, originalStart+length)`.
 */
export interface OffsetSegment {
  cleanStart: number;
  originalStart: number;
  length: number;
}

/** An article as stored. `text` is the cleaned text every span refers to; `original` is the file/page text as read. */
export interface Article {
  /** Stable id derived from the cleaned text (the same text ingested twice gets the same id). */
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  file: string | null;
  /** ISO-8601; null when the source gave no date. */
  publishedAt: string | null;
  /** ISO-8601, set by the store's clock. */
  ingestedAt: string;
  text: string;
  original: string;
  /** Maps offsets in `text` back to `original`. Empty when text === original. */
  offsetMap: OffsetSegment[];
  /** Every outlet/URL/file this article was seen under; the first is the one above. */
  sources: ArticleSource[];
  /** Spans of `text` that are paragraphs (for summaries and quote continuation). */
  paragraphs?: Span[];
}

/** The metadata needed to cite an article, without its text. */
export interface SourceRef {
  articleId: string;
  title: string;
  outlet: string;
  url: string | null;
  file: string | null;
  publishedAt: string | null;
}
