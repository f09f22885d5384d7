import type { NewsIndex } from '../index/news-index.ts';
import { sql } from '../index/open-database.ts';
import type { SourceRef } from '../model/article.ts';
import { ftsAllOf } from './fts-query.ts';

interface Row {
  sources: string;
  story_id: string | null;
  at: string;
  snippet: string;
}

export interface SearchHit {
  /** Every outlet/URL that carried the article; the first is where it was first seen. */
  sources: SourceRef[];
  storyId: string | null;
  snippet: string;
  at: string;
}

/**
 * Above this many matching articles, only the newest this-many are ranked. BM25 over every match of a very common
 * word ("Trump" is in 92% of the bench corpus) is what made plain FTS5 slow (p99 91 ms); the newest matches are what a
 * news reader wants anyway, and their scores still use corpus-wide IDF.
 */
export const RANKED_CANDIDATES = 4000;

/** Title words count three times body words. */
const BM25 = 'bm25(articles_fts, 3.0, 1.0)';

/**
 * Full-text search: every word must appear (accents and case ignored, English stemming), best BM25 first, with a
 * snippet copied from the article text around the matches.
 */
export function searchArticles(
  index: NewsIndex,
  terms: string,
  { limit = 10, rankedCandidates = RANKED_CANDIDATES }: { limit?: number; rankedCandidates?: number } = {},
): SearchHit[] {
  const query = ftsAllOf(terms);
  if (!query) return [];
  const { db } = index;
  const newest = sql(
    db,
    `SELECT min(rowid) AS floor, count(*) AS n FROM
         (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?)`,
  ).get(query, rankedCandidates) as { floor: number | null; n: number };
  if (newest.n === 0) return [];
  const floor = newest.n >= rankedCandidates ? (newest.floor ?? 0) : 0;
  // Rank first, then build snippets and citations for the winners only: SQLite would otherwise compute snippet()
  // for every candidate before sorting.
  const ranked = sql(
    db,
    `SELECT rowid AS seq FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?
     ORDER BY ${BM25}, rowid DESC LIMIT ?`,
  ).all(query, floor, limit) as { seq: number }[];
  if (ranked.length === 0) return [];
  const details = sql(
    db,
    `SELECT a.seq, a.sources, a.story_id, a.at, snippet(articles_fts, 1, '', '', '…', 28) AS snippet
     FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
     WHERE articles_fts MATCH ? AND articles_fts.rowid IN (SELECT value FROM json_each(?))`,
  ).all(query, JSON.stringify(ranked.map((row) => row.seq))) as (Row & { seq: number })[];
  const bySeq = new Map(details.map((row) => [row.seq, row]));
  const rows = ranked.flatMap((row) => bySeq.get(row.seq) ?? []);
  return rows.map((row) => ({
    sources: JSON.parse(row.sources),
    storyId: row.story_id,
    snippet: row.snippet.replace(/\s+/g, ' ').trim(),
    at: row.at,
  }));
}
