import type { Destination } from '../model/invocation.ts';

/** Why an item of a source was not stored: shown by `/news source status` so nothing is dropped silently. */
export type SkipReason = 'duplicate' | 'too-old' | 'filtered' | 'fetch-error' | 'not-an-article';

export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  duplicate: 'duplicate',
  'too-old': 'older than the window',
  filtered: 'filtered',
  'fetch-error': 'fetch error',
  'not-an-article': 'not an article',
};

export interface SkippedItem {
  at: string;
  title: string;
  url: string | null;
  reason: SkipReason;
  /** "duplicate of “Mexico rejects …” (article 1ba7…)", "robots.txt disallows it", "HTTP 404 from …". */
  detail: string;
}

/** A feed polled on an interval, or an article page ingested once. Stored at `source:<id>`; changes rarely. */
export interface Source {
  id: string;
  /** The canonical URL it was added under (feeds: the feed URL). */
  url: string;
  kind: 'feed' | 'page';
  title: string | null;
  /** Channels that added it: they get the message when it is disabled. */
  destinations: Destination[];
  addedAt: string;
  /** Overrides the bot's User-Agent for this source (some sites ask for a contact address). */
  userAgent: string | null;
  intervalMs: number;
  enabled: boolean;
  disabledReason: string | null;
}

/** What polling learned; stored at `source:state:<id>` and rewritten after every poll. */
export interface SourceState {
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  /** Epoch ms of the next poll (after backoff when failing). */
  nextPollAt: number;
  etag: string | null;
  lastModified: string | null;
  itemsSeen: number;
  itemsAdded: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** The most recent skipped items, newest first. */
  recentSkips: SkippedItem[];
}

export const RECENT_SKIPS_KEPT = 20;

export function initialState(now: number): SourceState {
  return {
    lastPollAt: null,
    lastSuccessAt: null,
    lastError: null,
    consecutiveFailures: 0,
    nextPollAt: now,
    etag: null,
    lastModified: null,
    itemsSeen: 0,
    itemsAdded: 0,
    skipped: {},
    recentSkips: [],
  };
}
