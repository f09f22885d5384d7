import { chooseStory, recordStory, storyFeatures } from '../stories/assign-story.ts';
import { type Db, openDatabase, sql } from './open-database.ts';
import { articleTime, type IndexInput } from './stored-article.ts';
import { updateSources, writeArticle } from './write-article.ts';

export type AddResult = 'added' | 'updated';

/**
 * The local read model: articles with full-text search, quotes by speaker, entities across articles and stories, in
 * one SQLite file (or ':memory:'). It is derived data: `IndexSync` fills it from the store's change log and records
 * the log position here, so reopening the file answers at once and only the log's tail is read.
 */
export class NewsIndex {
  readonly db: Db;

  private constructor(db: Db) {
    this.db = db;
  }

  static open(path: string): NewsIndex {
    return new NewsIndex(openDatabase(path));
  }

  /** The last change-log seq this index has applied (0 when empty). */
  logPosition(): number {
    const row = sql(this.db, "SELECT value FROM meta WHERE key = 'log_position'").get() as
      | { value: string }
      | undefined;
    return row ? Number(row.value) : 0;
  }

  setLogPosition(seq: number): void {
    sql(this.db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('log_position', ?)").run(String(seq));
  }

  /** Indexes one stored article; the same article again (another outlet carried it) only updates its citations. */
  add(input: IndexInput): AddResult {
    return this.db.transaction(() => this.addInTransaction(input))();
  }

  /** Indexes many articles and moves the log position in one transaction: a crash never leaves half a batch. */
  addBatch(inputs: readonly IndexInput[], logPosition?: number): AddResult[] {
    return this.db.transaction(() => {
      const results = inputs.map((input) => this.addInTransaction(input));
      if (logPosition !== undefined) this.setLogPosition(logPosition);
      return results;
    })();
  }

  private addInTransaction(input: IndexInput): AddResult {
    if (sql(this.db, 'SELECT 1 FROM articles WHERE id = ?').get(input.article.id)) {
      updateSources(this.db, input);
      return 'updated';
    }
    const { article } = input;
    const seq = (sql(this.db, 'SELECT coalesce(max(seq), 0) + 1 AS seq FROM articles').get() as { seq: number }).seq;
    const direct = input.quotes.filter((q) => q.kind !== 'indirect' && !q.belief).map((q) => q.content.text);
    const features = storyFeatures(article.title, article.text, direct);
    const at = articleTime(article);
    const entityIds = new Set(input.entities.map((entity) => entity.key));
    const joined = chooseStory(this.db, seq, features, at, entityIds);
    const storyId = joined ?? `story:${article.id}`;
    writeArticle(this.db, input, seq, storyId);
    recordStory(this.db, { seq, storyId, isNew: joined === null, title: article.title, at }, features);
    return 'added';
  }

  articleCount(): number {
    return (sql(this.db, 'SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
