import { createHash } from 'node:crypto';
import type { ArticleSource } from '../model/article.ts';
import type { Clock } from '../ports.ts';
import { ChangeLog, type LogEntry } from './change-log.ts';
import type { KvStore } from './kv-store.ts';
import type { StoredArticle } from './stored-article.ts';
import { withLockWaiting } from './with-lock.ts';

export type PutResult = { status: 'added' | 'duplicate'; id: string };

const articleKey = (id: string) => `article:${id}`;
/** Which log seq an article got; its absence after the article exists means the writer crashed before logging it. */
const loggedKey = (id: string) => `article-logged:${id}`;
const loggingKey = (id: string) => `article-logging:${id}`;
const LOGGING_CLAIM_TTL_MS = 30_000;
const hashKey = (sha: string) => `article-by-hash:${sha}`;
/** Canonical URLs can be longer than a backend's key column: the key holds their SHA-256. */
const urlKey = (canonicalUrl: string) => `article-by-url:${sha256(canonicalUrl)}`;

const SOURCE_LOCK_TTL_MS = 10_000;
const SOURCE_LOCK_ATTEMPTS = 50;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const sameSource = (a: ArticleSource, b: ArticleSource) =>
  a.outlet === b.outlet && a.url === b.url && a.file === b.file;

/**
 * Articles in the shared store (keys in DESIGN.md). `put` is idempotent and safe across instances: the article value is
 * claimed with `add`, then appended to the change log. A writer killed between the two leaves the article unlogged;
 * the next `put` or `ensureLogged` of the same article (re-ingest) notices the missing `article-logged:<id>` mark and
 * logs it then.
 * The log is therefore at-least-once: readers apply entries idempotently.
 */
export class ArticleRepository {
  private readonly log: ChangeLog;

  constructor(
    private readonly kv: KvStore,
    readonly clock: Clock,
  ) {
    this.log = new ChangeLog(kv);
  }

  /** Stores a new article (its id already derived from its cleaned text) or reports the one it duplicates. */
  async put(stored: StoredArticle): Promise<PutResult> {
    const id = stored.article.id;
    const byUrl = stored.article.url ? await this.findByUrl(stored.article.url) : null;
    if (byUrl && byUrl !== id) return { status: 'duplicate', id: byUrl };
    if (!(await this.kv.add(articleKey(id), stored))) {
      await this.ensureLogged(id);
      return { status: 'duplicate', id };
    }
    const url = stored.article.url;
    await this.logOnce(id, () =>
      Promise.all([
        this.kv.set(hashKey(sha256(stored.article.text)), id),
        url ? this.kv.set(urlKey(url), id) : undefined,
      ]),
    );
    return { status: 'added', id };
  }

  get(id: string): Promise<StoredArticle | undefined> {
    return this.kv.get<StoredArticle>(articleKey(id));
  }

  getMany(ids: string[]): Promise<(StoredArticle | undefined)[]> {
    return this.kv.getMany<StoredArticle>(ids.map(articleKey));
  }

  /** The id of an article whose cleaned text has this SHA-256, if stored. */
  async findByHash(sha: string): Promise<string | null> {
    return (await this.kv.get<string>(hashKey(sha))) ?? null;
  }

  /** The id of the article stored under this canonical URL, if any. */
  async findByUrl(canonicalUrl: string): Promise<string | null> {
    return (await this.kv.get<string>(urlKey(canonicalUrl))) ?? null;
  }

  /**
   * Records that an article was also carried by another outlet, URL or file. Serialised per article with a lock, since
   * two instances may add sources to one wire story at once. Resolves false when the source was already known.
   */
  async addSource(id: string, source: ArticleSource): Promise<boolean> {
    // Re-ingesting the same file or feed item is the common case: answer it with one read, without the lock.
    const current = await this.get(id);
    if (current?.article.sources.some((known) => sameSource(known, source))) return false;
    const added = await withLockWaiting(
      this.kv,
      articleKey(id),
      SOURCE_LOCK_TTL_MS,
      async () => {
        const stored = await this.get(id);
        if (!stored) throw new Error(`cannot add a source to unknown article ${id}`);
        if (stored.article.sources.some((known) => sameSource(known, source))) return false;
        const article = { ...stored.article, sources: [...stored.article.sources, source] };
        await this.kv.set(articleKey(id), { ...stored, article });
        if (source.url) await this.kv.set(urlKey(source.url), id);
        return true;
      },
      {
        attempts: SOURCE_LOCK_ATTEMPTS,
        pauseMs: (attempt) => 20 + attempt * 10,
        stayedTaken: () => new Error(`article ${id} stayed locked; source not added`),
      },
    );
    // Log the article again so every instance's index learns the new outlet (readers apply entries idempotently).
    if (added) await this.log.append(id);
    return added;
  }

  /** Change-log entries with `seq >= fromSeq`, at most `limit`. */
  readLog(fromSeq: number, limit: number): Promise<LogEntry[]> {
    return this.log.read(fromSeq, limit);
  }

  /** The last change-log seq (0 when empty). */
  head(): Promise<number> {
    return this.log.head();
  }

  /** Logs a stored article unless it already was: the repair for a writer that died between storing and logging. */
  async ensureLogged(id: string): Promise<void> {
    if ((await this.kv.get(loggedKey(id))) === undefined) await this.logOnce(id);
  }

  /** Appends the article to the log once; `alongside` are writes that can go out together with the log mark. */
  private async logOnce(id: string, alongside: () => Promise<unknown> = async () => {}): Promise<void> {
    // Two instances storing the same article at once: only one logs it. A crashed logger's claim expires, so a later
    // re-ingest still repairs the log.
    if (!(await this.kv.add(loggingKey(id), true, LOGGING_CLAIM_TTL_MS))) return alongside().then(() => {});
    await this.log.append(id, (seq) => Promise.all([this.kv.set(loggedKey(id), seq), alongside()]));
  }
}
