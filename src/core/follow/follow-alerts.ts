import type { Article, SourceRef } from '../model/article.ts';
import type { Quote } from '../model/quote.ts';
import type { BackgroundService } from '../newsbot.ts';
import type { Clock, Logger, Poster } from '../ports.ts';
import { backoffDelay, requestedRetryDelay } from '../schedule/retry-backoff.ts';
import type { KvStore } from '../store/kv-store.ts';
import { withLock } from '../store/with-lock.ts';
import type { AlertItem } from './alert-item.ts';
import { alertReply } from './alert-reply.ts';
import type { FollowStore } from './follow-store.ts';
import type { FollowedPerson } from './followed-person.ts';
import { isQuoteBy } from './speaker-match.ts';

/** The part of the store's article repository alerts read: the shared change log and the articles it names. */
export interface FollowLogReader {
  head(): Promise<number>;
  readLog(fromSeq: number, limit: number): Promise<{ seq: number; articleId: string }[]>;
  getMany(ids: string[]): Promise<({ article: Article; quotes: Quote[] } | undefined)[]>;
}

export interface FollowAlertOptions {
  /** At most one alert per person per channel in this long. */
  intervalMs: number;
  /** Wait this long after the first new quote, so outlets reporting the same remark land in one alert. */
  batchDelayMs: number;
  /** How often the change log is read. */
  pollMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Quotes kept per pending alert; a flood beyond this is counted, not stored. */
  maxPending: number;
}

export const DEFAULT_FOLLOW_OPTIONS: FollowAlertOptions = {
  intervalMs: 60 * 60_000,
  batchDelayMs: 5 * 60_000,
  pollMs: 30_000,
  retryBaseMs: 60_000,
  retryMaxMs: 30 * 60_000,
  maxPending: 50,
};

export interface FollowAlertDeps {
  kv: KvStore;
  clock: Clock;
  logger: Logger;
  follows: FollowStore;
  log: FollowLogReader;
  poster: () => Poster | undefined;
  options?: Partial<FollowAlertOptions>;
}

interface PendingAlert {
  firstAt: number;
  items: AlertItem[];
}
interface AlertState {
  lastAlertAt: number;
  sent: number;
  attempts?: number;
  nextAttemptAt?: number;
}

/**
 * Storage keys: `follow:cursor` (last change-log seq scanned, shared), `follow:pending:<dest>:<person>` (quotes not yet
 * announced), `follow:state:<dest>:<person>` (last alert time, alerts sent, retry backoff). One instance at a time
 * scans and flushes (store lock `follow:tick`), so instances never announce the same quote twice.
 */
const CURSOR_KEY = 'follow:cursor';
const TICK_LOCK = 'follow:tick';
const pendingKey = (destination: string, personId: string) => `follow:pending:${destination}:${personId}`;
const stateKey = (destination: string, personId: string) => `follow:state:${destination}:${personId}`;
/** A quote already queued for this channel and person; the change log may list an article again (a new outlet). */
const seenKey = (destination: string, personId: string, quoteId: string) =>
  `follow:seen:${destination}:${personId}:${quoteId}`;
const SEEN_TTL_MS = 14 * 24 * 60 * 60_000;
const LOG_BATCH = 200;
const MAX_BATCHES_PER_TICK = 25;

function sourceOf(article: Article): SourceRef {
  const { id, title, outlet, url, file, publishedAt } = article;
  return { articleId: id, title, outlet, url, file, publishedAt };
}

/** Announces new quotes by followed people: batched, at most one alert per person per channel per interval. */
export class FollowAlerts implements BackgroundService {
  private readonly options: FollowAlertOptions;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly deps: FollowAlertDeps) {
    this.options = { ...DEFAULT_FOLLOW_OPTIONS, ...deps.options };
  }

  get intervalMs(): number {
    return this.options.intervalMs;
  }

  async start(): Promise<void> {
    await this.tick();
    this.timer = setInterval(() => void this.tick(), this.options.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Scans new articles and posts the alerts that are due. Safe to call from several instances at once. */
  tick(): Promise<void> {
    this.running ??= withLock(this.deps.kv, TICK_LOCK, 5 * 60_000, async () => {
      await this.scan();
      await this.flush();
    })
      .then(() => undefined)
      .catch((error: unknown) => this.deps.logger.error({ err: error }, 'follow alerts tick failed'))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** Forgets what was waiting for a person the channel no longer follows. */
  async forget(destination: string, personId: string): Promise<void> {
    await this.deps.kv.delete(pendingKey(destination, personId));
  }

  private async scan(): Promise<void> {
    const { kv, log } = this.deps;
    let cursor = await kv.get<number>(CURSOR_KEY);
    if (cursor === undefined) {
      // First run on this store: only articles from now on are "new".
      await kv.set(CURSOR_KEY, await log.head());
      return;
    }
    const follows = (await this.deps.follows.all()).filter((f) => f.people.length > 0);
    if (follows.length === 0) {
      // Nobody follows anyone: skip reading articles, but keep the cursor current so a new follow starts from now.
      await kv.set(CURSOR_KEY, await log.head());
      return;
    }
    for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
      const entries = await log.readLog(cursor + 1, LOG_BATCH);
      if (entries.length === 0) return;
      const stored = await log.getMany(entries.map((e) => e.articleId));
      for (const article of stored) if (article) await this.collect(article, follows);
      cursor = entries[entries.length - 1]?.seq ?? cursor;
      await kv.set(CURSOR_KEY, cursor);
    }
  }

  private async collect(
    stored: { article: Article; quotes: Quote[] },
    follows: { destination: string; people: FollowedPerson[] }[],
  ): Promise<void> {
    const { article } = stored;
    for (const { destination, people } of follows) {
      for (const person of people) {
        // Only what arrived after the follow is "newly quoted".
        if (article.ingestedAt < person.followedAt) continue;
        const quotes = stored.quotes.filter((q) => isQuoteBy(q, person));
        if (quotes.length > 0) await this.addPending(destination, person, article, quotes);
      }
    }
  }

  private async addPending(destination: string, person: FollowedPerson, article: Article, quotes: Quote[]) {
    const key = pendingKey(destination, person.id);
    const pending = (await this.deps.kv.get<PendingAlert>(key)) ?? { firstAt: this.deps.clock.now(), items: [] };
    const fresh: Quote[] = [];
    for (const quote of quotes) {
      if (pending.items.length >= this.options.maxPending) break;
      if (pending.items.some((item) => item.quoteId === quote.id)) continue;
      if ((await this.deps.kv.get(seenKey(destination, person.id, quote.id))) !== undefined) continue;
      fresh.push(quote);
      pending.items.push({
        quoteId: quote.id,
        text: quote.content.text,
        kind: quote.kind,
        role: quote.speaker.role,
        source: sourceOf(article),
        at: article.publishedAt ?? article.ingestedAt,
      });
    }
    await this.deps.kv.set(key, pending);
    // Marked after the pending write: a crash in between may repeat an alert, never lose one.
    await Promise.all(
      fresh.map((quote) => this.deps.kv.set(seenKey(destination, person.id, quote.id), true, SEEN_TTL_MS)),
    );
  }

  private async flush(): Promise<void> {
    const poster = this.deps.poster();
    if (!poster) return;
    for (const { destination, people } of await this.deps.follows.all()) {
      for (const person of people) await this.flushOne(poster, destination, person);
    }
  }

  private async flushOne(poster: Poster, destination: string, person: FollowedPerson): Promise<void> {
    const { kv, clock } = this.deps;
    const now = clock.now();
    const pending = await kv.get<PendingAlert>(pendingKey(destination, person.id));
    if (!pending || pending.items.length === 0 || now - pending.firstAt < this.options.batchDelayMs) return;
    const state = await kv.get<AlertState>(stateKey(destination, person.id));
    if (state && now - state.lastAlertAt < this.options.intervalMs) return;
    if (state?.nextAttemptAt !== undefined && now < state.nextAttemptAt) return;
    const sent = state?.sent ?? 0;
    const idempotencyKey = `follow:alert:${destination}:${person.id}:${sent + 1}`;
    try {
      await poster.post(destination, alertReply(person, pending.items), { idempotencyKey });
      await kv.set<AlertState>(stateKey(destination, person.id), { lastAlertAt: now, sent: sent + 1 });
      await kv.delete(pendingKey(destination, person.id));
    } catch (error) {
      const attempts = (state?.attempts ?? 0) + 1;
      const delay =
        requestedRetryDelay(error) ?? backoffDelay(attempts, this.options.retryBaseMs, this.options.retryMaxMs);
      await kv.set<AlertState>(stateKey(destination, person.id), {
        lastAlertAt: state?.lastAlertAt ?? 0,
        sent,
        attempts,
        nextAttemptAt: now + delay,
      });
      this.deps.logger.warn(
        { destination, person: person.id, attempts, delayMs: delay },
        'follow alert post failed; will retry',
      );
    }
  }
}
