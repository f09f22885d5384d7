import type { Db } from '../index/open-database.ts';
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
const CANDIDATES = 30;
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

function entityOverlap(db: Db, a: number, b: number): number {
  const row = db
    .prepare(
      `SELECT count(*) AS shared,
         (SELECT count(*) FROM article_entities WHERE article_seq = ?) + (SELECT count(*) FROM article_entities WHERE article_seq = ?) AS total
       FROM article_entities x JOIN article_entities y ON x.entity_id = y.entity_id
       WHERE x.article_seq = ? AND y.article_seq = ?`,
    )
    .get(a, b, a, b) as { shared: number; total: number };
  const union = row.total - row.shared;
  return union > 0 ? row.shared / union : 0;
}

/**
 * Puts a newly indexed article into the story of its most similar recent article, or starts a new story. Candidates
 * come from the full-text index (the article's strongest words) and from articles quoting the same words; each is
 * scored by TF-IDF cosine plus bonuses for shared quotes and shared people, within a few days. Incremental: earlier
 * assignments never move, so every instance that indexes the same log agrees.
 */
export function assignStory(db: Db, seq: number, features: StoryFeatures, at: string): string {
  const { vector, shingles } = features;
  db.prepare('INSERT OR REPLACE INTO article_features (article_seq, vector, quote_shingles) VALUES (?, ?, ?)').run(
    seq,
    JSON.stringify(vector),
    JSON.stringify(shingles),
  );
  const insertShingle = db.prepare('INSERT OR IGNORE INTO quote_shingles (shingle, article_seq) VALUES (?, ?)');
  for (const shingle of shingles) insertShingle.run(shingle, seq);

  const fromSeq = seq - RECENT_WINDOW;
  const byWords = db
    .prepare(
      `SELECT rowid AS seq FROM articles_fts WHERE articles_fts MATCH ? AND rowid < ? AND rowid > ?
       ORDER BY rank LIMIT ${CANDIDATES}`,
    )
    .all(ftsAnyOf(topWords(vector, 12)), seq, fromSeq) as { seq: number }[];
  const byQuotes = shingles.length
    ? (db
        .prepare(
          `SELECT DISTINCT article_seq AS seq FROM quote_shingles WHERE shingle IN (SELECT value FROM json_each(?))
           AND article_seq < ? AND article_seq > ? LIMIT ${CANDIDATES}`,
        )
        .all(JSON.stringify(shingles), seq, fromSeq) as { seq: number }[])
    : [];
  const seqs = [...new Set([...byWords, ...byQuotes].map((row) => row.seq))];
  const candidates = db
    .prepare(
      `SELECT a.seq, a.story_id, a.at, f.vector, f.quote_shingles FROM articles a JOIN article_features f
       ON f.article_seq = a.seq WHERE a.seq IN (SELECT value FROM json_each(?)) AND a.story_id IS NOT NULL`,
    )
    .all(JSON.stringify(seqs)) as Candidate[];

  let best: { story: string; score: number } | undefined;
  for (const candidate of candidates) {
    if (daysApart(candidate.at, at) > MAX_DAYS_APART) continue;
    const shared = sharedCount(shingles, JSON.parse(candidate.quote_shingles));
    const score =
      cosine(vector, JSON.parse(candidate.vector)) +
      (shared >= 2 ? SHARED_QUOTE_BONUS : 0) +
      ENTITY_BONUS * entityOverlap(db, seq, candidate.seq);
    if (score >= SAME_STORY && (!best || score > best.score)) best = { story: candidate.story_id, score };
  }
  return best ? joinStory(db, best.story, seq, at) : startStory(db, seq, at);
}

function startStory(db: Db, seq: number, at: string): string {
  const { id, title } = db.prepare('SELECT id, title FROM articles WHERE seq = ?').get(seq) as {
    id: string;
    title: string;
  };
  const storyId = `story:${id}`;
  db.prepare(
    'INSERT OR REPLACE INTO stories (id, headline, first_at, last_at, article_count) VALUES (?, ?, ?, ?, 1)',
  ).run(storyId, title, at, at);
  db.prepare('UPDATE articles SET story_id = ? WHERE seq = ?').run(storyId, seq);
  return storyId;
}

function joinStory(db: Db, storyId: string, seq: number, at: string): string {
  db.prepare(
    `UPDATE stories SET article_count = article_count + 1, first_at = min(first_at, ?), last_at = max(last_at, ?)
     WHERE id = ?`,
  ).run(at, at, storyId);
  db.prepare('UPDATE articles SET story_id = ? WHERE seq = ?').run(storyId, seq);
  return storyId;
}
