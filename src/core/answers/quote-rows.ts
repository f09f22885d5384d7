import type { NewsIndex } from '../index/news-index.ts';
import { sql } from '../index/open-database.ts';
import { speakerToken } from '../index/speaker-token.ts';
import type { SourceRef } from '../model/article.ts';
import type { QuoteKind } from '../model/quote.ts';
import { ftsAnyOf } from '../search/fts-query.ts';
import { contentWords } from '../search/word-tokens.ts';

/** One quote as the answers read it: its text, speaker and every outlet that carried its article. */
export interface QuoteRow {
  id: string;
  entityId: string | null;
  speakerName: string | null;
  speakerRole: string | null;
  kind: QuoteKind;
  text: string;
  at: string;
  storyId: string | null;
  sources: SourceRef[];
}

interface RawRow {
  id: string;
  entity_id: string | null;
  speaker_name: string | null;
  speaker_role: string | null;
  kind: QuoteKind;
  text: string;
  at: string;
  story_id: string | null;
  sources: string;
}

const COLUMNS = `q.id, q.entity_id, q.speaker_name, q.speaker_role, q.kind, q.text, q.at, a.story_id, a.sources`;

/** Quotes of one article share its citation list: parse each list once per answer. */
const parsedSources = new Map<string, SourceRef[]>();
function sourcesOf(json: string): SourceRef[] {
  let sources = parsedSources.get(json);
  if (!sources) {
    if (parsedSources.size > 2000) parsedSources.clear();
    sources = JSON.parse(json) as SourceRef[];
    parsedSources.set(json, sources);
  }
  return sources;
}

const toRow = (raw: RawRow): QuoteRow => ({
  id: raw.id,
  entityId: raw.entity_id,
  speakerName: raw.speaker_name,
  speakerRole: raw.speaker_role,
  kind: raw.kind,
  text: raw.text,
  at: raw.at,
  storyId: raw.story_id,
  sources: sourcesOf(raw.sources),
});

/** Newest first; bounded so a speaker quoted in 90,000 articles still answers in milliseconds. */
export const QUOTES_PER_ANSWER = 120;
// A speaker's quotes on a topic are read newest-indexed first, at most this many, then ordered by date: the most
// recent remarks are among the latest indexed, and a common topic word never costs more than this.
const TOPIC_CANDIDATES = 1000;

/**
 * What these entities said (beliefs and intentions excluded: they are not speech). With `about`, only quotes whose
 * words include one of the topic words.
 */
export function quotesBy(index: NewsIndex, entityIds: readonly string[], about?: string): QuoteRow[] {
  const topic = about ? ftsAnyOf(contentWords(about)) : '';
  if (about && !topic) return [];
  // One entity at a time. On a topic, one MATCH intersects the speaker's token with the topic words, so a prolific
  // speaker's history is never walked; otherwise the (entity_id, at DESC) index gives the latest without a sort.
  const rows = entityIds.flatMap((id) =>
    topic
      ? (sql(
          index.db,
          `SELECT ${COLUMNS} FROM (
             SELECT qseq FROM quotes
              WHERE qseq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ${TOPIC_CANDIDATES})
                AND +entity_id = ? AND belief = 0
              ORDER BY at DESC LIMIT ${QUOTES_PER_ANSWER}
           ) latest JOIN quotes q ON q.qseq = latest.qseq JOIN articles a ON a.seq = q.article_seq`,
        ).all(`speaker_token : ${speakerToken(id)} AND text : (${topic})`, id) as RawRow[])
      : (sql(
          index.db,
          `SELECT ${COLUMNS} FROM quotes q JOIN articles a ON a.seq = q.article_seq
             WHERE q.entity_id = ? AND q.belief = 0 ORDER BY q.at DESC LIMIT ${QUOTES_PER_ANSWER}`,
        ).all(id) as RawRow[]),
  );
  rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return rows.slice(0, QUOTES_PER_ANSWER).map(toRow);
}

/** Quotes whose words best match a phrase (any of its topic words, BM25), for "who said ...". */
export function quotesMatching(index: NewsIndex, phrase: string, limit = 200): QuoteRow[] {
  const query = ftsAnyOf(contentWords(phrase));
  if (!query) return [];
  const rows = sql(
    index.db,
    `SELECT ${COLUMNS} FROM quotes_fts f JOIN quotes q ON q.qseq = f.rowid JOIN articles a ON a.seq = q.article_seq
       WHERE quotes_fts MATCH ? AND q.belief = 0 ORDER BY f.rank LIMIT ?`,
  ).all(query, limit) as RawRow[];
  return rows.map(toRow);
}

/** The newest quoted remarks (direct or mixed, named speaker) in the given stories: key quotes, bounded per answer. */
export function quotesInStories(index: NewsIndex, storyIds: readonly string[]): QuoteRow[] {
  const rows = sql(
    index.db,
    `SELECT ${COLUMNS} FROM articles a JOIN quotes q ON q.article_seq = a.seq
       WHERE a.story_id IN (SELECT value FROM json_each(?)) AND q.belief = 0 AND q.entity_id IS NOT NULL AND q.kind != 'indirect'
       ORDER BY q.at DESC LIMIT 150`,
  ).all(JSON.stringify(storyIds)) as RawRow[];
  return rows.map(toRow);
}
