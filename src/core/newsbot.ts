import { answerQuestion } from './answers/answer-question.ts';
import { ConversationMemory } from './answers/conversation-memory.ts';
import { handleAsk, handleSearch, handleWho } from './answers/handlers.ts';
import { type HandlerTable, routeInvocation } from './commands/route.ts';
import { digestHandlers } from './digest/digest-handlers.ts';
import { DigestService } from './digest/digest-service.ts';
import { IndexDigestSource } from './digest/index-digest-source.ts';
import { FeedService, type FeedSettings } from './feeds/feed-service.ts';
import { sourceHandlers } from './feeds/source-handlers.ts';
import { FollowService } from './follow/follow-service.ts';
import { IndexPersonDirectory } from './follow/person-directory.ts';
import { speakersStartingWith } from './index/entity-lookup.ts';
import { IndexSync } from './index/index-sync.ts';
import { NewsIndex } from './index/news-index.ts';
import { ingestFiles } from './ingest/ingest-files.ts';
import { type IngestDeps, type IngestResult, ingestParsed } from './ingest/ingest-parsed.ts';
import type { ParsedArticle } from './ingest/parsed-article.ts';
import type { Answer } from './model/answer.ts';
import type { Invocation } from './model/invocation.ts';
import type { Reply } from './model/reply.ts';
import type { Clock, Logger, Poster } from './ports.ts';
import { ArticleRepository } from './store/article-repository.ts';
import type { KvStore } from './store/kv-store.ts';

/** Settings the composition root reads from env/flags and hands to the core (the core never reads env). */
export interface NewsbotOptions {
  /** Local derived index file (search, quotes, entities, stories); ':memory:' for tests. */
  indexPath: string;
  /** Files or pages larger than this are refused at ingestion. */
  maxArticleBytes: number;
  /** Allow fetching private/loopback addresses (tests, intranet feeds). */
  allowPrivateNetwork: boolean;
  userAgent: string;
  /** IANA time zone used for digests when the platform does not say. */
  defaultTimeZone: string;
  /** Feed polling settings beyond the ones above (interval, item age window, poller timing); defaults when absent. */
  feeds?: Partial<FeedSettings>;
  /** Follow alerts: at most one per person per channel in this long (ms); default one hour. */
  followAlertIntervalMs?: number;
}

export const DEFAULT_OPTIONS: NewsbotOptions = {
  indexPath: ':memory:',
  maxArticleBytes: 10 * 1024 * 1024,
  allowPrivateNetwork: false,
  userAgent: 'newsbot/0.1 (+https://github.com/newsbot/newsbot)',
  defaultTimeZone: 'UTC',
};

export interface NewsbotDeps {
  kv: KvStore;
  clock: Clock;
  logger: Logger;
  /** Posts to channels (digests, alerts, source warnings); set by the composition root once adapters exist. */
  poster?: Poster;
  options?: Partial<NewsbotOptions>;
}

/** A background part of the core (index sync, digest scheduler, feed poller) started and stopped with it. */
export interface BackgroundService {
  start(): Promise<void>;
  /** Stops taking new work, finishes what is in flight and releases claims. */
  stop(): Promise<void>;
}

/**
 * The platform-neutral core: every adapter and the CLI talk to this one object.
 * Each area adds its service as a field here, registers its command handlers into `handlers` (keyed by command path,
 * e.g. 'digest subscribe') and, if it runs in the background, into `services`.
 */
export class Newsbot {
  readonly kv: KvStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly options: NewsbotOptions;
  poster: Poster | undefined;
  protected readonly handlers: HandlerTable = {};
  protected readonly services: BackgroundService[] = [];
  private stopped = false;
  /** Articles in the shared store, with the change log every instance follows. */
  readonly articles: ArticleRepository;
  /** The local read model (search, quotes, entities, stories), caught up from the store's change log. */
  readonly index: NewsIndex;
  /** Keeps `index` caught up; `catchUp()` applies new log entries now (e.g. on a cross-instance nudge). */
  readonly indexSync: IndexSync;
  private readonly conversations: ConversationMemory;
  /** Feeds and article URLs: the sources registry, SSRF-safe fetching, the poller and near-duplicate detection. */
  readonly sources: FeedService;
  /** Daily digests: building, channel subscriptions and the exactly-once scheduler. */
  readonly digests: DigestService;
  /** Followed people per channel and the alert loop. */
  readonly follows: FollowService;

  constructor(deps: NewsbotDeps) {
    this.kv = deps.kv;
    this.clock = deps.clock;
    this.logger = deps.logger;
    this.poster = deps.poster;
    this.options = { ...DEFAULT_OPTIONS, ...deps.options };
    this.articles = new ArticleRepository(this.kv, this.clock);
    this.index = NewsIndex.open(this.options.indexPath);
    this.indexSync = new IndexSync(this.index, this.articles, this.logger);
    this.services.push(this.indexSync);
    this.conversations = new ConversationMemory(this.kv);
    const answers = { index: this.index, memory: this.conversations };
    this.handlers.ask = (inv) => handleAsk(answers, inv);
    this.handlers.who = (inv) => handleWho(answers, inv);
    this.handlers.search = (inv) => handleSearch(answers, inv);
    this.sources = new FeedService({
      kv: this.kv,
      clock: this.clock,
      logger: this.logger,
      articles: this.articles,
      poster: () => this.poster,
      settings: {
        ...this.options.feeds,
        allowPrivateNetwork: this.options.allowPrivateNetwork,
        userAgent: this.options.userAgent,
        maxBytes: this.options.maxArticleBytes,
      },
    });
    Object.assign(this.handlers, sourceHandlers(this.sources));
    this.services.push(this.sources);
    const shared = { kv: this.kv, clock: this.clock, logger: this.logger, poster: () => this.poster };
    this.digests = new DigestService({
      ...shared,
      source: new IndexDigestSource(this.index, () => this.indexSync.catchUp()),
      defaultTimeZone: this.options.defaultTimeZone,
    });
    Object.assign(this.handlers, digestHandlers(this.digests));
    this.services.push(this.digests.scheduler);
    this.follows = new FollowService({
      ...shared,
      log: this.articles,
      people: new IndexPersonDirectory(this.index, () => this.indexSync.catchUp()),
      options: this.options.followAlertIntervalMs ? { intervalMs: this.options.followAlertIntervalMs } : {},
    });
    Object.assign(this.handlers, this.follows.handlers);
    this.services.push(this.follows.alerts);
  }

  /** Answers a question in ordinary words (the CLI's `newsbot ask`); catches up with the change log first. */
  async ask(question: string, options: { conversationKey?: string } = {}): Promise<Answer> {
    await this.indexSync.catchUp();
    return answerQuestion(this.index, question, { ...options, memory: this.conversations });
  }

  /** Ingests article files and folders (`newsbot ingest`, the seeds): one result per article or rejected input. */
  ingestFiles(paths: string[]): Promise<IngestResult[]> {
    return ingestFiles(this.ingestDeps(), paths, { maxBytes: this.options.maxArticleBytes });
  }

  /** Ingests one parsed article through the pipeline, with near-duplicate detection across outlets. */
  ingestParsed(parsed: ParsedArticle): Promise<IngestResult> {
    return ingestParsed(this.ingestDeps(), parsed);
  }

  private ingestDeps(): IngestDeps {
    const findNearDuplicate = (text: string) => this.sources.nearDuplicates.findNearDuplicate(text);
    return { articles: this.articles, clock: this.clock, findNearDuplicate };
  }

  /** The one entry point for commands from every adapter. */
  handle(invocation: Invocation): Promise<Reply> {
    return routeInvocation(invocation, this.handlers, (error, inv) =>
      this.logger.error({ err: error, command: inv.command.join(' '), platform: inv.platform }, 'command failed'),
    );
  }

  /** Speaker names starting with `prefix`, for Discord autocomplete. */
  async suggestSpeakers(prefix: string, limit: number): Promise<string[]> {
    return speakersStartingWith(this.index, prefix, limit);
  }

  /** Starts background services (index catch-up, schedulers, pollers). */
  async start(): Promise<void> {
    for (const service of this.services) await service.start();
  }

  /** Stops background services in reverse order (in-flight work finishes, claims are released). Idempotent. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const service of [...this.services].reverse()) await service.stop();
  }

  /** Stops background services, then closes the index and the store. */
  async close(): Promise<void> {
    await this.stop();
    this.index.close();
    await this.kv.close();
  }
}
