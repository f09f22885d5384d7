import { FetchError } from '../fetch/fetch-error.ts';
import type { RobotsPolicy } from '../fetch/robots-policy.ts';
import type { SafeFetcher } from '../fetch/safe-fetcher.ts';
import { type ArticleMeta, articleFromHtml, articleFromText } from '../ingest/article-from-source.ts';
import type { ParsedArticle } from '../ingest/parsed-article.ts';
import type { Clock } from '../ports.ts';
import type { ArticleSink, SinkOutcome } from './article-sink.ts';
import type { FeedItem } from './feed-item.ts';
import { htmlFragmentToParagraphs, htmlToPlainText } from './html-to-plain-text.ts';
import { type ItemOutcome, outcomeFromSink } from './item-outcome.ts';

import type { SkipReason } from './source.ts';

/** Everything item and URL ingestion needs; `FeedService` provides it (and so can the CLI). */
export interface FeedIngestDeps {
  clock: Clock;
  fetcher: SafeFetcher;
  robots: RobotsPolicy;
  sink: ArticleSink;
  userAgent: string;
  /** Items published longer ago than this are skipped as older than the window. */
  maxItemAgeMs: number;
  /** Runs an article-page fetch in the per-host queue, so one feed's items never hammer one site. */
  throttlePage?: <T>(host: string, fetch: () => Promise<T>) => Promise<T>;
}

/** Feed content shorter than this is a teaser: the article page is fetched for the full text. */
export const MIN_FULL_TEXT_CHARS = 400;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

export interface ItemContext {
  sourceId: string | null;
  userAgent: string | null;
  /** Outlet when the item has no link of its own (the feed's site). */
  fallbackOutlet: string;
}

function skipped(item: FeedItem, reason: SkipReason, detail: string, retry = false): ItemOutcome {
  return {
    status: 'skipped',
    reason,
    detail,
    title: item.title || '(untitled)',
    url: item.url,
    ...(retry ? { retry } : {}),
  };
}

function fromSink(item: FeedItem, outcome: SinkOutcome, url: string | null): ItemOutcome {
  return outcomeFromSink(item.title || '(untitled)', url, outcome);
}

type PageSkip = { reason: 'filtered' | 'fetch-error' | 'not-an-article'; detail: string; retry: boolean };

/**
 * Fetches an article page (robots.txt first) and extracts its main text with the same HTML extraction as file
 * ingestion, or returns the skip that explains why not.
 */
export async function fetchArticlePage(
  deps: FeedIngestDeps,
  url: string,
  meta: ArticleMeta,
  userAgent: string,
): Promise<ParsedArticle | PageSkip> {
  try {
    if (!(await deps.robots.isAllowed(url, userAgent))) {
      return { reason: 'filtered', detail: 'robots.txt disallows fetching the article page', retry: false };
    }
    const request = () => deps.fetcher.fetch(url, { userAgent, accept: 'text/html,application/xhtml+xml' });
    const page = deps.throttlePage ? await deps.throttlePage(new URL(url).host, request) : await request();
    if (page.status !== 'ok')
      return { reason: 'fetch-error', detail: `${url} answered 304 to an unconditional GET`, retry: true };
    if (page.contentType && !HTML_TYPES.test(page.contentType)) {
      return { reason: 'not-an-article', detail: `not an HTML page (${page.contentType.split(';')[0]})`, retry: false };
    }
    const article = articleFromHtml(page.text, { ...meta, url: page.url });
    if ('reason' in article) return { reason: 'not-an-article', detail: article.reason, retry: false };
    return article;
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return {
      reason: 'fetch-error',
      detail: error.message,
      retry: error.kind !== 'blocked-address' && error.kind !== 'bad-url',
    };
  }
}

/**
 * Turns one feed item into a stored article or a recorded skip: too old, no link and no text, robots.txt, fetch errors
 * and duplicates each get a reason. Full text comes from the feed when it carries it, else from the article page.
 */
export async function ingestFeedItem(deps: FeedIngestDeps, item: FeedItem, context: ItemContext): Promise<ItemOutcome> {
  const published = item.publishedAt ? Date.parse(item.publishedAt) : null;
  if (published !== null && published < deps.clock.now() - deps.maxItemAgeMs) {
    const days = Math.round(deps.maxItemAgeMs / 86_400_000);
    return skipped(item, 'too-old', `published ${item.publishedAt?.slice(0, 10)}, older than the ${days}-day window`);
  }
  const meta: ArticleMeta = {
    title: item.title || null,
    outlet: item.url ? null : context.fallbackOutlet,
    url: item.url,
    publishedAt: item.publishedAt,
    sourceId: context.sourceId,
  };
  const feedText = item.contentText ?? (item.contentHtml ? htmlFragmentToParagraphs(item.contentHtml) : null);
  if (feedText && feedText.length >= MIN_FULL_TEXT_CHARS) {
    return fromSink(item, await deps.sink(articleFromText(feedText, meta)), item.url);
  }
  if (!item.url) {
    const teaser = feedText ?? (item.summaryHtml ? htmlToPlainText(item.summaryHtml) : '');
    if (teaser.length >= MIN_FULL_TEXT_CHARS)
      return fromSink(item, await deps.sink(articleFromText(teaser, meta)), null);
    return skipped(item, 'not-an-article', 'no link and only a short summary');
  }
  const page = await fetchArticlePage(deps, item.url, meta, context.userAgent ?? deps.userAgent);
  if ('reason' in page) return skipped(item, page.reason, page.detail, page.retry);
  return fromSink(item, await deps.sink(page), page.url);
}
