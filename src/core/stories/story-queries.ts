import type { NewsIndex } from '../index/news-index.ts';
import { sql } from '../index/open-database.ts';
import type { SourceRef } from '../model/article.ts';
import type { Story } from '../model/story.ts';

interface StoryRow {
  id: string;
  headline: string;
  first_at: string;
  last_at: string;
}

/** A story with every outlet's copy of every article in it, newest article first. */
export interface StoryWithSources extends Story {
  sources: SourceRef[];
}

/** Stories by id, each with its articles (newest first); the order of `ids` is kept. */
export function storiesById(index: NewsIndex, ids: readonly string[]): StoryWithSources[] {
  if (ids.length === 0) return [];
  const rows = sql(
    index.db,
    'SELECT id, headline, first_at, last_at FROM stories WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as StoryRow[];
  const articles = sql(
    index.db,
    `SELECT id, story_id, sources FROM articles WHERE story_id IN (SELECT value FROM json_each(?))
       ORDER BY at DESC, seq DESC`,
  ).all(JSON.stringify(ids)) as { id: string; story_id: string; sources: string }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const mine = articles.filter((a) => a.story_id === id);
    return [
      {
        id,
        headline: row.headline,
        firstSeen: row.first_at,
        lastSeen: row.last_at,
        articleIds: mine.map((a) => a.id),
        sources: mine.flatMap((a) => JSON.parse(a.sources) as SourceRef[]),
      },
    ];
  });
}

/** The most recently updated stories, biggest first among equals: "what's the latest?". */
export function latestStoryIds(index: NewsIndex, limit: number): string[] {
  const rows = sql(index.db, 'SELECT id FROM stories ORDER BY last_at DESC, article_count DESC LIMIT ?').all(limit) as {
    id: string;
  }[];
  return rows.map((row) => row.id);
}

/** Stories with at least one article whose time is in `[since, until)`. */
export function storyIdsBetween(index: NewsIndex, since: string, until: string): string[] {
  const rows = sql(
    index.db,
    'SELECT DISTINCT story_id AS id FROM articles WHERE at >= ? AND at < ? AND story_id IS NOT NULL',
  ).all(since, until) as { id: string }[];
  return rows.map((row) => row.id);
}

/** The story an article belongs to. */
export function storyOf(index: NewsIndex, articleId: string): string | null {
  const row = sql(index.db, 'SELECT story_id FROM articles WHERE id = ?').get(articleId) as
    | { story_id: string | null }
    | undefined;
  return row?.story_id ?? null;
}
