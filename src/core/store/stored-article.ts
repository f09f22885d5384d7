import type { Article } from '../model/article.ts';
import type { Quote } from '../model/quote.ts';
import type { LocalEntity } from '../quotes/article-analysis.ts';

/** What the store keeps at `article:<id>`: the article and its analysis, written as one value so it is never half there. */
export interface StoredArticle {
  article: Article;
  quotes: Quote[];
  entities: LocalEntity[];
}
