import type { SourceRef } from '../model/article.ts';
import type { QuoteKind } from '../model/quote.ts';

/** One new quote waiting to be announced: verbatim text and the article it was found in. */
export interface AlertItem {
  quoteId: string;
  text: string;
  kind: QuoteKind;
  role: string | null;
  source: SourceRef;
  /** Article time (publishedAt, else ingestedAt). */
  at: string;
}
