import { FetchError } from '../fetch/fetch-error.ts';
import { articleFromHtml } from '../ingest/article-from-source.ts';
import { extractHtmlArticle } from '../ingest/html-article.ts';
import { outletFromUrl } from '../ingest/outlet-name.ts';
import { UserFacingError } from '../user-facing-error.ts';
import { canonicalUrl } from './canonical-url.ts';
import { discoverFeedLink } from './discover-feed-link.ts';
import type { ParsedFeed } from './feed-item.ts';
import { type FeedIngestDeps, ingestFeedItem } from './ingest-item.ts';
import { type ItemOutcome, outcomeFromSink } from './item-outcome.ts';
import { FeedParseError, parseFeedDocument } from './parse-feed-document.ts';
import { FEED_ACCEPT } from './poll-feed.ts';

/** What a URL turned out to be once fetched. */
export type FetchedUrl =
  /** `pollUrl`: where to poll it from (the URL asked for, or the feed a site's home page advertised). */
  { kind: 'feed'; url: string; pollUrl: string; feed: ParsedFeed } | { kind: 'page'; url: string; html: string };

export type UrlIngestResult =
  | { kind: 'feed'; url: string; title: string | null; items: ItemOutcome[] }
  | { kind: 'page'; url: string; outcome: ItemOutcome };

const FEED_START = /^\s*(?:<\?xml|<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]|\{)/;
const HTML_TYPE = /\b(text\/html|application\/xhtml\+xml)\b/i;

/** A URL given by a person must be http(s); one clear line otherwise. */
export function requireHttpUrl(raw: string): string {
  const url = raw.trim().replace(/^<|>$/g, '');
  if (!canonicalUrl(url)) throw new UserFacingError(`not an http(s) URL: ${url.slice(0, 200)}`);
  return new URL(url).href;
}

/**
 * Fetches a URL (SSRF-safe, robots.txt respected) and decides whether it is a feed or an article page: an HTML page
 * that does not start like a feed is a page — unless it has no article body and advertises a feed (a site's home
 * page), then it is that feed; anything else must parse as RSS, Atom, RDF or JSON Feed. Throws `UserFacingError`.
 */
export async function fetchFeedOrPage(
  deps: FeedIngestDeps,
  rawUrl: string,
  userAgent?: string | null,
): Promise<FetchedUrl> {
  const fetched = await fetchOnce(deps, rawUrl, userAgent);
  if (fetched.kind === 'feed') return fetched;
  const advertised = discoverFeedLink(fetched.html, fetched.url);
  if (!advertised || !('reason' in extractHtmlArticle(fetched.html))) return fetched;
  const feed = await fetchOnce(deps, advertised, userAgent).catch(() => null);
  return feed?.kind === 'feed' ? feed : fetched;
}

async function fetchOnce(deps: FeedIngestDeps, rawUrl: string, userAgent?: string | null): Promise<FetchedUrl> {
  const url = requireHttpUrl(rawUrl);
  const agent = userAgent ?? deps.userAgent;
  let response: Awaited<ReturnType<FeedIngestDeps['fetcher']['fetch']>>;
  try {
    // A site that disallows the URL for crawlers gets neither its page ingested nor its feed polled.
    if (!(await deps.robots.isAllowed(url, agent))) {
      throw new UserFacingError(`robots.txt of ${new URL(url).origin} disallows ${url}`);
    }
    response = await deps.fetcher.fetch(url, {
      userAgent: agent,
      accept: `${FEED_ACCEPT}, text/html;q=0.8`,
    });
  } catch (error) {
    if (error instanceof FetchError) throw new UserFacingError(error.message);
    throw error;
  }
  if (response.status !== 'ok') throw new UserFacingError(`${url} answered 304 to an unconditional GET`);
  const isHtml = HTML_TYPE.test(response.contentType ?? '');
  if (isHtml && !FEED_START.test(response.text)) return { kind: 'page', url: response.url, html: response.text };
  try {
    return { kind: 'feed', url: response.url, pollUrl: url, feed: parseFeedDocument(response.text, response.url) };
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    if (isHtml) return { kind: 'page', url: response.url, html: response.text };
    throw new UserFacingError(`${url}: ${error.message}`);
  }
}

/** Ingests a fetched article page; the outcome says added, duplicate or why it is not an article. */
export async function ingestPage(
  deps: FeedIngestDeps,
  page: { url: string; html: string },
  sourceId: string | null,
): Promise<ItemOutcome> {
  const meta = { title: null, url: page.url, publishedAt: null, sourceId };
  const parsed = articleFromHtml(page.html, meta);
  if ('reason' in parsed)
    return { status: 'skipped', reason: 'not-an-article', detail: parsed.reason, title: page.url, url: page.url };
  return outcomeFromSink(parsed.title ?? page.url, page.url, await deps.sink(parsed));
}

/**
 * `newsbot ingest URL`: a feed URL ingests every item of the feed once (without registering it as a polled source);
 * an article URL ingests that page. Throws `UserFacingError` with one line when the URL cannot be fetched or read.
 */
export async function ingestUrl(deps: FeedIngestDeps, url: string): Promise<UrlIngestResult> {
  const fetched = await fetchFeedOrPage(deps, url);
  if (fetched.kind === 'page')
    return { kind: 'page', url: fetched.url, outcome: await ingestPage(deps, fetched, null) };
  const fallbackOutlet = outletFromUrl(fetched.feed.siteUrl ?? fetched.url) ?? 'unknown';
  const items: ItemOutcome[] = [];
  for (const item of fetched.feed.items) {
    items.push(await ingestFeedItem(deps, item, { sourceId: null, userAgent: null, fallbackOutlet }));
  }
  return { kind: 'feed', url: fetched.url, title: fetched.feed.title, items };
}

/** One line for the terminal: "feed “Daily”: 3 added, 1 skipped (1 duplicate)". */
export function describeUrlIngest(result: UrlIngestResult): string {
  if (result.kind === 'page') {
    const outcome = result.outcome;
    return outcome.status === 'added'
      ? `added “${outcome.title}” (${outcome.articleId}) from ${result.url}`
      : `skipped ${result.url}: ${outcome.detail}`;
  }
  const added = result.items.filter((item) => item.status === 'added').length;
  const reasons = new Map<string, number>();
  for (const item of result.items)
    if (item.status === 'skipped') reasons.set(item.reason, (reasons.get(item.reason) ?? 0) + 1);
  const skipped = [...reasons.values()].reduce((sum, n) => sum + n, 0);
  const detail = [...reasons].map(([reason, n]) => `${n} ${reason}`).join(', ');
  return `feed “${result.title ?? result.url}”: ${added} added, ${skipped} skipped${skipped ? ` (${detail})` : ''}`;
}
