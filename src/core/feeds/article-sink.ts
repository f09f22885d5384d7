import type { ParsedArticle } from '../ingest/parsed-article.ts';

export type SinkOutcome =
  | { status: 'added'; articleId: string }
  | { status: 'duplicate'; articleId: string; title?: string | null; how?: string }
  | { status: 'rejected'; reason: string };

/**
 * Hands a parsed article to the ingest pipeline (`ingestParsed` with near-duplicate detection): feed-service.ts wires
 * the real one. A function type keeps feeds independent of how the pipeline is assembled.
 */
export type ArticleSink = (parsed: ParsedArticle) => Promise<SinkOutcome>;
