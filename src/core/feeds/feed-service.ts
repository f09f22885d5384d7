import Bottleneck from 'bottleneck';
import { NearDuplicateIndex } from '../dedupe/near-duplicate-index.ts';
import { RobotsPolicy } from '../fetch/robots-policy.ts';
import { SafeFetcher } from '../fetch/safe-fetcher.ts';
import type { Destination } from '../model/invocation.ts';
import type { Clock, Logger, Poster } from '../ports.ts';
import type { ArticleRepository } from '../store/article-repository.ts';
import type { KvStore } from '../store/kv-store.ts';
import { UserFacingError } from '../user-facing-error.ts';
import type { ArticleSink } from './article-sink.ts';
import { DEFAULT_POLLER_OPTIONS, FeedPoller, type FeedPollerOptions } from './feed-poller.ts';
import type { FeedIngestDeps } from './ingest-item.ts';
import { ingestSink } from './ingest-sink.ts';
import { fetchFeedOrPage, ingestPage, requireHttpUrl } from './ingest-url.ts';
import type { ItemOutcome } from './item-outcome.ts';
import { recordOutcome } from './poll-feed.ts';
import { initialState, type Source, type SourceState } from './source.ts';
import { SourceRegistry, sourceIdFor } from './source-registry.ts';

export interface FeedSettings {
  allowPrivateNetwork: boolean;
  /** Tests: only these resolved addresses may be fetched (overrides allowPrivateNetwork). */
  addressPolicy?: (address: string) => boolean;
  userAgent: string;
  maxBytes: number;
  fetchTimeoutMs: number;
  /** Poll interval for new feeds. */
  defaultIntervalMs: number;
  /** Items published longer ago are skipped as "older than the window". */
  maxItemAgeMs: number;
  maxItemsPerPoll: number;
  poller: Partial<FeedPollerOptions>;
}

export const DEFAULT_FEED_SETTINGS: Omit<FeedSettings, 'allowPrivateNetwork' | 'userAgent' | 'maxBytes'> = {
  fetchTimeoutMs: 15_000,
  defaultIntervalMs: 10 * 60_000,
  maxItemAgeMs: 7 * 86_400_000,
  maxItemsPerPoll: 30,
  poller: DEFAULT_POLLER_OPTIONS,
};

export interface FeedServiceDeps {
  kv: KvStore;
  clock: Clock;
  logger: Logger;
  articles: ArticleRepository;
  poster: () => Poster | undefined;
  settings: Pick<FeedSettings, 'allowPrivateNetwork' | 'userAgent' | 'maxBytes'> & Partial<FeedSettings>;
  /** Replaces the ingest pipeline (benchmarks); the default is `ingestParsed` with near-duplicate detection. */
  sink?: ArticleSink;
}

/** A User-Agent is one printable line; anything else could smuggle headers or be a typo. */
function checkedUserAgent(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (value.length > 200 || !/^[\x20-\x7e]+$/.test(value)) {
    throw new UserFacingError('a User-Agent must be one line of printable ASCII, at most 200 characters');
  }
  return value;
}

export type AddSourceResult =
  | { kind: 'feed'; source: Source; created: boolean; reenabled: boolean; itemCount: number }
  | { kind: 'page'; source: Source; outcome: ItemOutcome };

/**
 * Live news: the sources registry, the SSRF-safe fetcher, robots.txt, the feed poller and near-duplicate detection,
 * behind `/news source add|remove|list|status` and `newsbot ingest URL`. Also a background service (the poller).
 */
export class FeedService implements FeedIngestDeps {
  readonly registry: SourceRegistry;
  readonly fetcher: SafeFetcher;
  readonly robots: RobotsPolicy;
  readonly poller: FeedPoller;
  readonly nearDuplicates: NearDuplicateIndex;
  readonly sink: ArticleSink;
  readonly clock: Clock;
  readonly userAgent: string;
  readonly maxItemAgeMs: number;
  private readonly settings: FeedSettings;
  /** Article pages: one request at a time per host, spaced like feed polls. */
  private readonly pageHosts: Bottleneck.Group;
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(private readonly deps: FeedServiceDeps) {
    this.settings = { ...DEFAULT_FEED_SETTINGS, ...deps.settings };
    this.clock = deps.clock;
    this.userAgent = this.settings.userAgent;
    this.maxItemAgeMs = this.settings.maxItemAgeMs;
    this.registry = new SourceRegistry(deps.kv);
    this.fetcher = new SafeFetcher({
      allowPrivateNetwork: this.settings.allowPrivateNetwork,
      ...(this.settings.addressPolicy ? { addressPolicy: this.settings.addressPolicy } : {}),
      userAgent: this.settings.userAgent,
      maxBytes: this.settings.maxBytes,
      timeoutMs: this.settings.fetchTimeoutMs,
      now: () => deps.clock.now(),
    });
    this.robots = new RobotsPolicy(this.fetcher, deps.clock);
    const minTime = this.settings.poller.perHostMinTimeMs ?? DEFAULT_POLLER_OPTIONS.perHostMinTimeMs;
    this.pageHosts = new Bottleneck.Group({ maxConcurrent: 1, minTime });
    this.nearDuplicates = new NearDuplicateIndex(deps.kv, deps.articles);
    this.sink =
      deps.sink ??
      ingestSink({
        articles: deps.articles,
        clock: deps.clock,
        findNearDuplicate: (text) => this.nearDuplicates.findNearDuplicate(text),
      });
    const pollerDeps = {
      clock: deps.clock,
      fetcher: this.fetcher,
      robots: this.robots,
      sink: this.sink,
      userAgent: this.userAgent,
      maxItemAgeMs: this.maxItemAgeMs,
      throttlePage: this.throttlePage,
      kv: deps.kv,
      maxItemsPerPoll: this.settings.maxItemsPerPoll,
      registry: this.registry,
      logger: deps.logger,
      poster: deps.poster,
    };
    this.poller = new FeedPoller(pollerDeps, this.settings.poller);
  }

  /**
   * Adds a feed (polled from now on; the first poll starts at once in the background) or ingests an article page.
   * Adding a known feed again subscribes this channel to its warnings and turns it back on if it was disabled; a
   * `userAgent` given then replaces the old one. Throws `UserFacingError` with one line for a bad, refused or
   * unreadable URL or User-Agent.
   */
  async add(
    rawUrl: string,
    destination: Destination,
    options: { userAgent?: string | null } = {},
  ): Promise<AddSourceResult> {
    const url = requireHttpUrl(rawUrl);
    const userAgent = checkedUserAgent(options.userAgent);
    const now = this.clock.now();
    const known = await this.registry.get(sourceIdFor(url));
    if (known?.kind === 'feed') return this.readd(known, destination, userAgent);
    const fetched = await fetchFeedOrPage(this, url, userAgent);
    // A site's home page that led to its feed names the feed: adding either URL is the same source.
    const id = sourceIdFor(fetched.kind === 'feed' ? fetched.pollUrl : url);
    const existing = id === known?.id ? undefined : await this.registry.get(id);
    if (existing?.kind === 'feed') return this.readd(existing, destination, userAgent);
    const source: Source = {
      id,
      url: fetched.kind === 'feed' ? fetched.pollUrl : fetched.url,
      kind: fetched.kind,
      title: fetched.kind === 'feed' ? fetched.feed.title : null,
      destinations: [destination],
      addedAt: new Date(now).toISOString(),
      userAgent,
      intervalMs: this.settings.defaultIntervalMs,
      enabled: true,
      disabledReason: null,
    };
    if (fetched.kind === 'feed') {
      await this.registry.save(source);
      await this.registry.saveState(id, initialState(now));
      this.pollInBackground(id);
      return { kind: 'feed', source, created: true, reenabled: false, itemCount: fetched.feed.items.length };
    }
    const outcome = await ingestPage(this, fetched, id);
    const state: SourceState = {
      ...initialState(now),
      lastPollAt: source.addedAt,
      lastSuccessAt: source.addedAt,
      itemsSeen: 1,
    };
    recordOutcome(state, outcome, source.addedAt);
    const titled = { ...source, title: outcome.title };
    await this.registry.save(titled);
    await this.registry.saveState(id, state);
    return { kind: 'page', source: titled, outcome };
  }

  /** A known feed added again: this channel hears about it too, it is turned back on, a new User-Agent replaces the old. */
  private async readd(existing: Source, destination: Destination, userAgent: string | null): Promise<AddSourceResult> {
    const now = this.clock.now();
    const id = existing.id;
    const reenabled = !existing.enabled;
    const destinations = existing.destinations.includes(destination)
      ? existing.destinations
      : [...existing.destinations, destination];
    const source = {
      ...existing,
      destinations,
      enabled: true,
      disabledReason: null,
      userAgent: userAgent ?? existing.userAgent,
    };
    await this.registry.save(source);
    if (reenabled) {
      await this.registry.saveState(id, {
        ...(await this.registry.state(id, now)),
        consecutiveFailures: 0,
        nextPollAt: now,
      });
      this.pollInBackground(id);
    }
    return { kind: 'feed', source, created: false, reenabled, itemCount: 0 };
  }

  async remove(idOrUrl: string): Promise<Source | undefined> {
    const source = await this.registry.find(idOrUrl);
    if (source) await this.registry.remove(source.id);
    return source;
  }

  async list(): Promise<{ source: Source; state: SourceState }[]> {
    const sources = await this.registry.list();
    const states = await this.registry.states(
      sources.map((source) => source.id),
      this.clock.now(),
    );
    return sources.map((source, i) => ({ source, state: states[i] ?? initialState(this.clock.now()) }));
  }

  readonly throttlePage = <T>(host: string, fetch: () => Promise<T>): Promise<T> =>
    this.pageHosts.key(host).schedule(fetch);

  /** Waits for background polls started by `add` (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async start(): Promise<void> {
    await this.poller.start();
  }

  /** Stops polling, waits for polls in flight and closes connections. Idempotent. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.poller.stop();
    await this.idle();
    this.pageHosts.disconnect();
    await this.fetcher.close();
  }

  private pollInBackground(id: string): void {
    const poll = this.poller
      .pollSource(id)
      .catch((error) => this.deps.logger.error({ err: error, sourceId: id }, 'first poll of a new feed failed'))
      .finally(() => this.inFlight.delete(poll));
    this.inFlight.add(poll);
  }
}
