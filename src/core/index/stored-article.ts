import type { Article } from '../model/article.ts';
import type { Quote } from '../model/quote.ts';
import type { LocalEntity } from '../quotes/article-analysis.ts';

/** What the store keeps per article (`article:<id>`) and the index is derived from. */
export interface IndexInput {
  article: Article;
  quotes: Quote[];
  entities: LocalEntity[];
}

/**
 * publishedAt when the source gave one, else when we ingested it: the time answers and stories are ordered by. Always
 * UTC ISO-8601, so string order is time order whatever offset a feed wrote.
 */
export function articleTime(article: Article): string {
  for (const candidate of [article.publishedAt, article.ingestedAt]) {
    const ms = candidate ? Date.parse(candidate) : Number.NaN;
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  return article.ingestedAt;
}
