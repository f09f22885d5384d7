import type { Logger } from '../ports.ts';
import type { NewsIndex } from './news-index.ts';
import type { IndexInput } from './stored-article.ts';

/** The part of the store's `ArticleRepository` the index reads: the change log and the articles it names. */
export interface ArticleLogReader {
  /** Log entries with `seq >= fromSeq`, in order, at most `limit`. */
  readLog(fromSeq: number, limit: number): Promise<{ seq: number; articleId: string }[]>;
  getMany(ids: string[]): Promise<(IndexInput | undefined)[]>;
}

export interface IndexSyncOptions {
  /** How often to look for articles other instances ingested. */
  pollMs?: number;
  batchSize?: number;
  /** Polls to wait for a logged article that is not readable yet before skipping it (a writer crashed mid-way). */
  missingPatience?: number;
}

/**
 * Keeps a `NewsIndex` caught up with the store's change log: on start it reads only the entries after the position
 * the index file remembers, then polls so articles ingested by other instances show up within `pollMs`.
 */
export class IndexSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = true;
  private missing = new Map<number, number>();
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly missingPatience: number;

  constructor(
    private readonly index: NewsIndex,
    private readonly log: ArticleLogReader,
    private readonly logger: Logger,
    options: IndexSyncOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 2000;
    this.batchSize = options.batchSize ?? 200;
    this.missingPatience = options.missingPatience ?? 3;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.catchUp();
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Applies every log entry after the index's position; resolves to the number of articles applied. */
  catchUp(): Promise<number> {
    this.running ??= this.readTail().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.catchUp()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'index catch-up failed; retrying'))
        .finally(() => this.schedule());
    }, this.pollMs);
    this.timer.unref();
  }

  private async readTail(): Promise<number> {
    let applied = 0;
    for (;;) {
      const from = this.index.logPosition() + 1;
      const entries = await this.log.readLog(from, this.batchSize);
      if (entries.length === 0) return applied;
      const stored = await this.log.getMany(entries.map((entry) => entry.articleId));
      const ready: IndexInput[] = [];
      let position = from - 1;
      for (const [i, entry] of entries.entries()) {
        const article = stored[i];
        if (!article && !this.giveUpWaiting(entry.seq, entry.articleId)) break;
        if (article) ready.push(article);
        position = entry.seq;
      }
      if (position < from) return applied;
      this.index.addBatch(ready, position);
      applied += ready.length;
      if (position < (entries.at(-1)?.seq ?? position)) return applied;
    }
  }

  private giveUpWaiting(seq: number, articleId: string): boolean {
    const polls = (this.missing.get(seq) ?? 0) + 1;
    this.missing.set(seq, polls);
    if (polls < this.missingPatience) return false;
    this.missing.delete(seq);
    this.logger.warn({ seq, articleId }, 'change log names an article the store does not have; skipping it');
    return true;
  }
}
