import { createHash } from 'node:crypto';
import { FetchError } from '../fetch/fetch-error.ts';
import { outletFromUrl } from '../ingest/outlet-name.ts';
import type { KvStore } from '../store/kv-store.ts';
import { canonicalUrl } from './canonical-url.ts';
import type { FeedItem } from './feed-item.ts';
import { type FeedIngestDeps, type ItemContext, ingestFeedItem } from './ingest-item.ts';
import type { ItemOutcome } from './item-outcome.ts';
import { FeedParseError, parseFeedDocument } from './parse-feed-document.ts';
import { RECENT_SKIPS_KEPT, type Source, type SourceState } from './source.ts';

export interface PollFeedDeps extends FeedIngestDeps {
  kv: KvStore;
  /** Items handled per poll; the rest wait for the next one (feeds list newest first). */
  maxItemsPerPoll: number;
}

export type PollReport =
  | { status: 'ok'; added: number; skipped: number; seen: number }
  | { status: 'not-modified' }
  | { status: 'failed'; error: string; retryAfterMs: number | null };

/** Remembered long enough that an item still in the feed is never processed twice. */
const SEEN_TTL_MS = 90 * 86_400_000;
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** An item that breaks the pipeline itself is recorded as not ingestable instead of aborting the whole poll. */
async function ingestFeedItemSafely(deps: PollFeedDeps, item: FeedItem, context: ItemContext): Promise<ItemOutcome> {
  try {
    return await ingestFeedItem(deps, item, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 'skipped',
      reason: 'not-an-article',
      detail: `could not be ingested: ${message}`,
      title: item.title,
      url: item.url,
    };
  }
}

/** An item's identity within its feed: the GUID, else its canonical link, else its title and date. */
function itemKey(item: FeedItem): string {
  const key = item.guid ?? (item.url ? canonicalUrl(item.url) : null) ?? `${item.title}|${item.publishedAt ?? ''}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 20);
}

export function recordOutcome(state: SourceState, outcome: ItemOutcome, at: string): void {
  if (outcome.status === 'added') {
    state.itemsAdded++;
    return;
  }
  state.skipped[outcome.reason] = (state.skipped[outcome.reason] ?? 0) + 1;
  const entry = { at, title: outcome.title, url: outcome.url, reason: outcome.reason, detail: outcome.detail };
  state.recentSkips = [entry, ...state.recentSkips].slice(0, RECENT_SKIPS_KEPT);
}

/**
 * Polls one feed once: conditional GET, parse, and every item not seen in an earlier poll is ingested or skipped with
 * its reason. Failures (HTTP errors, timeouts, size cap, malformed XML, bad encoding) come back as a report, never as a
 * throw, so one broken feed cannot stop the others. Returns the new state; backoff is the poller's business.
 */
export async function pollFeed(
  deps: PollFeedDeps,
  source: Source,
  previous: SourceState,
): Promise<{ state: SourceState; report: PollReport }> {
  const state: SourceState = { ...previous, skipped: { ...previous.skipped }, recentSkips: [...previous.recentSkips] };
  const at = new Date(deps.clock.now()).toISOString();
  state.lastPollAt = at;
  let items: FeedItem[];
  let siteUrl: string | null;
  try {
    const response = await deps.fetcher.fetch(source.url, {
      userAgent: source.userAgent ?? deps.userAgent,
      accept: FEED_ACCEPT,
      etag: state.etag,
      lastModified: state.lastModified,
    });
    if (response.status === 'not-modified') {
      state.lastSuccessAt = at;
      return { state, report: { status: 'not-modified' } };
    }
    const feed = parseFeedDocument(response.text, response.url);
    items = feed.items.slice(0, deps.maxItemsPerPoll);
    siteUrl = feed.siteUrl;
    state.etag = response.etag;
    state.lastModified = response.lastModified;
  } catch (error) {
    if (!(error instanceof FetchError) && !(error instanceof FeedParseError)) throw error;
    const message = error instanceof FeedParseError ? `${source.url}: ${error.message}` : error.message;
    const retryAfterMs = error instanceof FetchError ? (error.details.retryAfterMs ?? null) : null;
    return { state, report: { status: 'failed', error: message, retryAfterMs } };
  }
  let added = 0;
  let skipped = 0;
  let seen = 0;
  const context = {
    sourceId: source.id,
    userAgent: source.userAgent,
    fallbackOutlet: outletFromUrl(siteUrl ?? source.url) ?? 'unknown',
  };
  for (const item of items) {
    const seenKey = `source:seen:${source.id}:${itemKey(item)}`;
    if (!(await deps.kv.add(seenKey, at, SEEN_TTL_MS))) continue;
    seen++;
    state.itemsSeen++;
    const outcome = await ingestFeedItemSafely(deps, item, context);
    recordOutcome(state, outcome, at);
    if (outcome.status === 'added') added++;
    else skipped++;
    // A page that failed to load is tried again next poll; every other outcome is final for this item.
    if (outcome.status === 'skipped' && outcome.retry) await deps.kv.delete(seenKey);
  }
  state.lastSuccessAt = at;
  return { state, report: { status: 'ok', added, skipped, seen } };
}
