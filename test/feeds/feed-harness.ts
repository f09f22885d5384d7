import { FeedService, type FeedSettings } from '../../src/core/feeds/feed-service.ts';
import type { Reply } from '../../src/core/model/reply.ts';
import { type Clock, silentLogger } from '../../src/core/ports.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';

/** A clock the test moves by hand: intervals and backoff are checked without waiting. */
export class FakeClock implements Clock {
  constructor(private time = Date.parse('2025-08-02T18:00:00Z')) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

/** Records what would have been posted to chat: the far side of `Poster`. */
export class RecordingPoster {
  readonly posts: { destination: string; reply: Reply; idempotencyKey: string }[] = [];
  async post(destination: string, reply: Reply, options: { idempotencyKey: string }): Promise<void> {
    this.posts.push({ destination, reply, idempotencyKey: options.idempotencyKey });
  }
}

export interface Harness {
  kv: KvStore;
  clock: FakeClock;
  poster: RecordingPoster;
  articles: ArticleRepository;
  feeds: FeedService;
  close(): Promise<void>;
}

/** A FeedService on a memory store with the real ingest pipeline, allowed to reach the test's 127.0.0.1 server. */
export async function feedHarness(
  settings: Partial<FeedSettings> = {},
  shared?: { kv: KvStore; clock: FakeClock },
): Promise<Harness> {
  const clock = shared?.clock ?? new FakeClock();
  const kv = shared?.kv ?? (await openStore('memory://', { clock }));
  const poster = new RecordingPoster();
  const articles = new ArticleRepository(kv, clock);
  const feeds = new FeedService({
    kv,
    clock,
    logger: silentLogger,
    articles,
    poster: () => poster,
    settings: {
      allowPrivateNetwork: true,
      userAgent: 'newsbot-test/1 (+mailto:ops@example.org)',
      maxBytes: 2 * 1024 * 1024,
      fetchTimeoutMs: 1_000,
      poller: { perHostMinTimeMs: 0 },
      ...settings,
    },
  });
  return {
    kv,
    clock,
    poster,
    articles,
    feeds,
    close: async () => {
      await feeds.stop();
      if (!shared) await kv.close();
    },
  };
}
