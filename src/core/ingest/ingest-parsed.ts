import { canonicalUrl } from '../feeds/canonical-url.ts';
import type { Article, ArticleSource } from '../model/article.ts';
import type { Clock } from '../ports.ts';
import { analyzeArticle } from '../quotes/analyze-article.ts';
import type { ArticleAnalysis } from '../quotes/article-analysis.ts';
import type { ArticleRepository } from '../store/article-repository.ts';
import type { StoredArticle } from '../store/stored-article.ts';
import { articleIdFor } from './article-id.ts';
import { toStoredQuotes } from './article-quotes.ts';
import { cleanParagraphs } from './clean-article-text.ts';
import { fallbackTitle } from './fallback-title.ts';
import type { ParsedArticle } from './parsed-article.ts';

export interface IngestDeps {
  articles: ArticleRepository;
  clock: Clock;
  /** The quote engine; `analyzeArticle` unless a test or benchmark swaps it. */
  analyze?: (text: string) => ArticleAnalysis;
  /** Finds a stored near-copy (wire story on another site); such copies are stored once with every outlet as a source. */
  findNearDuplicate?: (text: string) => Promise<string | null>;
}

/** Why an article was not added: the same cleaned text, the same canonical URL, or a near-copy of a stored one. */
export type DuplicateOf = 'same-text' | 'same-url' | 'near-copy';

export type IngestResult =
  | { status: 'added'; id: string; title: string; label: string }
  | { status: 'duplicate'; id: string; title: string; label: string; duplicateOf: DuplicateOf; sourceAdded: boolean }
  | { status: 'rejected'; label: string; reason: string };

const labelOf = (parsed: ParsedArticle) => parsed.file ?? parsed.url ?? parsed.title ?? 'article';

/**
 * The ingest pipeline for one parsed article: clean → id → dedupe (text, URL, near-copy) → quote analysis → store →
 * change log. Idempotent: the same text again is a duplicate; a copy from another outlet adds that outlet as a source.
 */
export async function ingestParsed(deps: IngestDeps, parsed: ParsedArticle): Promise<IngestResult> {
  const label = labelOf(parsed);
  const cleaned = cleanParagraphs(parsed.original, parsed.paragraphs, {
    title: parsed.title,
    headlineInFirstLine: parsed.headlineInFirstLine,
  });
  if (cleaned.text.trim() === '')
    return { status: 'rejected', label, reason: 'no article text left after removing page junk' };

  const id = articleIdFor(cleaned.text);
  const title = cleaned.title ?? fallbackTitle(cleaned.text);
  const url = parsed.url ? (canonicalUrl(parsed.url) ?? parsed.url) : null;
  const source: ArticleSource = {
    outlet: parsed.outlet,
    url,
    file: parsed.file,
    sourceId: parsed.sourceId ?? null,
    seenAt: new Date(deps.clock.now()).toISOString(),
  };
  const duplicate = async (
    existingId: string,
    duplicateOf: DuplicateOf,
    known?: StoredArticle,
  ): Promise<IngestResult> => {
    const sourceAdded = await deps.articles.addSource(existingId, source);
    const existingTitle = (known ?? (await deps.articles.get(existingId)))?.article.title ?? title;
    return { status: 'duplicate', id: existingId, title: existingTitle, label, duplicateOf, sourceAdded };
  };

  const sameText = await deps.articles.get(id);
  if (sameText) {
    await deps.articles.ensureLogged(id); // repairs the log if the writer of this article died before logging it
    return duplicate(id, 'same-text', sameText);
  }
  const byUrl = url ? await deps.articles.findByUrl(url) : null;
  if (byUrl) return duplicate(byUrl, 'same-url');
  const nearCopy = deps.findNearDuplicate ? await deps.findNearDuplicate(cleaned.text) : null;
  if (nearCopy) return duplicate(nearCopy, 'near-copy');

  const analysis = (deps.analyze ?? analyzeArticle)(cleaned.text);
  const article: Article = {
    id,
    title,
    outlet: parsed.outlet,
    url,
    file: parsed.file,
    publishedAt: parsed.publishedAt,
    ingestedAt: source.seenAt,
    text: cleaned.text,
    original: parsed.original,
    offsetMap: cleaned.offsetMap,
    sources: [source],
    paragraphs: cleaned.paragraphs,
  };
  const put = await deps.articles.put({
    article,
    quotes: toStoredQuotes(id, analysis.quotes),
    entities: analysis.entities,
  });
  if (put.status === 'duplicate') return duplicate(put.id, put.id === id ? 'same-text' : 'same-url');
  return { status: 'added', id, title, label };
}
