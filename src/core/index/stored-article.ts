import type { Article } from '../model/article.ts';
import type { Quote } from '../model/quote.ts';
import type { LocalEntity } from '../quotes/article-analysis.ts';

/** What the store keeps per article (`article:<id>`) and the index is derived from. */
export interface IndexInput {
  article: Article;
  quotes: Quote[];
  entities: LocalEntity[];
}

/** publishedAt when the source gave one, else when we ingested it: the time answers and stories are ordered by. */
export function articleTime(article: Article): string {
  return article.publishedAt ?? article.ingestedAt;
}
