import type { Db } from '../index/open-database.ts';
import { sql } from '../index/open-database.ts';
import { ftsAnyOf } from '../search/fts-query.ts';
import { quoteShingles, sharedCount } from './quote-shingles.ts';
import { cosine, type TermVector, termVector, topWords } from './term-vector.ts';

/** Same event: text similarity at least this, after the quote and entity bonuses. Tuned on the seeds (see docs). */
const SAME_STORY = 0.4;
/** Outlets quoting the same remark (two shared 5-word shingles) is strong evidence of the same event. */
const SHARED_QUOTE_BONUS = 0.15;
const ENTITY_BONUS = 0.05;
/** Reports of one event are published within a few days of each other. */
const MAX_DAYS_APART = 3;
const CANDIDATES = 20;
/** Look for matches among this many most recent articles only, so clustering cost does not grow with the corpus. */
const RECENT_WINDOW = 20_000;

interface Candidate {
  seq: number;
  story_id: string;
  at: string;
  vector: string;
  quote_shingles: string;
}

export interface StoryFeatures {
  vector: TermVector;
  shingles: number[];
}

export function storyFeatures(title: string, text: string, directQuotes: readonly string[]): StoryFeatures {
  return { vector: termVector(`${title}\n${text}`), shingles: quoteShingles(directQuotes) };
}

const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** The entity ids of each article, for the shared-people bonus. */
function entitiesOf(db: Db, seqs: readonly number[]): Map<number, Set<string>> {
  const rows = sql(
    db,
    'SELECT article_seq AS seq, entity_id AS id FROM article_entities WHERE article_seq IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(seqs)) as { seq: number; id: string }[];
  const bySeq = new Map<number, Set<string>>();
  for (const row of rows) bySeq.set(row.seq, (bySeq.get(row.seq) ?? new Set()).add(row.id));
  return bySeq;
}

function jaccard(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): number {
  if (!a || !b) return 0;
  let shared = 0;
  for (const id of a) if (b.has(id)) shared++;
  const union = a.size + b.size - shared;
  return union > 0 ? shared / union : 0;
}

/**
 * Chooses the story for an article about to be indexed as `seq`: the story of its most similar recent article, or
 * null for a new story. Candidates come from the full-text index (the article's strongest words) and from articles
 * quoting the same words; each is scored by TF-IDF cosine plus bonuses for shared quotes and shared people, within a
 * few days. Incremental: earlier assignments never move, so every instance that indexes the same log agrees. Chosen
 * before the article row is written, so that row is written once with its story (rewriting it would copy its text).
 */
export function chooseStory(
  db: Db,
  seq: number,
  features: StoryFeatures,
  at: string,
  entityIds: ReadonlySet<string>,
): string | null {
  const { vector, shingles } = features;
  // Only articles within the date window can join, so only they are searched: the cost follows the news rate, not
  // the corpus size. (Undated articles use their ingest time.)
  const windowStart = new Date(Date.parse(at) - MAX_DAYS_APART * 86_400_000).toISOString();
  const oldest = sql(db, 'SELECT min(seq) AS seq FROM articles INDEXED BY articles_by_at WHERE at >= ?').get(
    windowStart,
  ) as {
    seq: number | null;
  };
  const fromSeq = Math.max(seq - RECENT_WINDOW, (oldest.seq ?? seq) - 1);
  const words = ftsAnyOf(topWords(vector, 8));
  const byWords = words
    ? (sql(
        db,
        `SELECT rowid AS seq FROM articles_fts WHERE articles_fts MATCH ? AND rowid < ? AND rowid > ?
           ORDER BY rank LIMIT ${CANDIDATES}`,
      ).all(words, seq, fromSeq) as { seq: number }[])
    : [];
  const byQuotes = shingles.length
    ? (sql(
        db,
        `SELECT DISTINCT article_seq AS seq FROM quote_shingles WHERE shingle IN (SELECT value FROM json_each(?))
           AND article_seq < ? AND article_seq > ? LIMIT ${CANDIDATES}`,
      ).all(JSON.stringify(shingles), seq, fromSeq) as { seq: number }[])
    : [];
  const seqs = [...new Set([...byWords, ...byQuotes].map((row) => row.seq))];
  if (seqs.length === 0) return null;
  const candidates = sql(
    db,
    `SELECT a.seq, a.story_id, a.at, f.vector, f.quote_shingles FROM articles a JOIN article_features f
       ON f.article_seq = a.seq WHERE a.seq IN (SELECT value FROM json_each(?)) AND a.story_id IS NOT NULL`,
  ).all(JSON.stringify(seqs)) as Candidate[];

  const recent = candidates.filter((candidate) => daysApart(candidate.at, at) <= MAX_DAYS_APART);
  const entities = entitiesOf(
    db,
    recent.map((candidate) => candidate.seq),
  );
  let best: { story: string; score: number } | undefined;
  for (const candidate of recent) {
    const shared = sharedCount(shingles, JSON.parse(candidate.quote_shingles));
    const score =
      cosine(vector, JSON.parse(candidate.vector)) +
      (shared >= 2 ? SHARED_QUOTE_BONUS : 0) +
      ENTITY_BONUS * jaccard(entityIds, entities.get(candidate.seq));
    if (score >= SAME_STORY && (!best || score > best.score)) best = { story: candidate.story_id, score };
  }
  return best?.story ?? null;
}

/** Records the indexed article's features and counts it in its story (created when new). */
export function recordStory(
  db: Db,
  article: { seq: number; storyId: string; isNew: boolean; title: string; at: string },
  features: StoryFeatures,
): void {
  const { seq, storyId, title, at } = article;
  sql(db, 'INSERT OR REPLACE INTO article_features (article_seq, vector, quote_shingles) VALUES (?, ?, ?)').run(
    seq,
    JSON.stringify(features.vector),
    JSON.stringify(features.shingles),
  );
  const insertShingle = sql(db, 'INSERT OR IGNORE INTO quote_shingles (shingle, article_seq) VALUES (?, ?)');
  for (const shingle of features.shingles) insertShingle.run(shingle, seq);
  if (article.isNew) {
    sql(
      db,
      'INSERT OR REPLACE INTO stories (id, headline, first_at, last_at, article_count) VALUES (?, ?, ?, ?, 1)',
    ).run(storyId, title, at, at);
  } else {
    sql(
      db,
      `UPDATE stories SET article_count = article_count + 1, first_at = min(first_at, ?), last_at = max(last_at, ?)
       WHERE id = ?`,
    ).run(at, at, storyId);
  }
}
