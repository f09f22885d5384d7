import { mergeQuotes } from '../answers/merge-quotes.ts';
import type { QuoteRow } from '../answers/quote-rows.ts';
import type { NewsIndex } from '../index/news-index.ts';
import type { AnswerItem } from '../model/answer.ts';
import type { SourceRef } from '../model/article.ts';
import type { QuoteKind } from '../model/quote.ts';
import type { Span } from '../model/span.ts';
import { foldText } from './content-words.ts';
import type { DigestArticle, DigestCandidate, DigestSource } from './digest-source.ts';

interface ArticleRow {
  seq: number;
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  file: string | null;
  published_at: string | null;
  at: string;
  sources: string;
  text: string;
  paragraphs: string | null;
  story_id: string | null;
  headline: string | null;
}

interface RawQuoteRow {
  id: string;
  article_seq: number;
  speaker_name: string | null;
  speaker_role: string | null;
  entity_id: string | null;
  kind: QuoteKind;
  text: string;
  at: string;
}

function toDigestArticle(row: ArticleRow): DigestArticle {
  const ref: SourceRef = {
    articleId: row.id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    file: row.file,
    publishedAt: row.published_at,
  };
  const carried = (JSON.parse(row.sources) as SourceRef[]).filter(
    (s) => s.outlet !== ref.outlet || s.url !== ref.url || s.file !== ref.file,
  );
  return {
    ref,
    alsoCarriedBy: carried,
    at: row.at,
    text: row.text,
    ...(row.paragraphs ? { paragraphs: JSON.parse(row.paragraphs) as Span[] } : {}),
  };
}

/** Items as `ask` shows them: each speaker's quotes merged across outlets by the answers' own merge. */
function quoteItems(rows: QuoteRow[]): AnswerItem[] {
  const bySpeaker = new Map<string, QuoteRow[]>();
  for (const row of rows) {
    const speaker = row.entityId ?? `name:${foldText(row.speakerName ?? '')}`;
    const list = bySpeaker.get(speaker);
    if (list) list.push(row);
    else bySpeaker.set(speaker, [row]);
  }
  return [...bySpeaker.values()].flatMap((group) => mergeQuotes(group));
}

/**
 * Reads digest candidates straight from the read model's SQLite tables: the articles whose time is in the window,
 * grouped by the story the index clustered them into, with their quotes merged across outlets as `ask` merges them.
 */
export class IndexDigestSource implements DigestSource {
  /** `catchUp` brings the index up to date with the store first (another instance may have ingested since). */
  constructor(
    private readonly index: NewsIndex,
    private readonly catchUp: () => Promise<unknown> = async () => undefined,
  ) {}

  async storiesBetween(window: { since: string; until: string }): Promise<DigestCandidate[]> {
    await this.catchUp();
    const rows = this.index.db
      .prepare(
        `SELECT a.seq, a.id, a.title, a.outlet, a.url, a.file, a.published_at, a.at, a.sources, a.text, a.paragraphs,
           a.story_id, s.headline
         FROM articles a LEFT JOIN stories s ON s.id = a.story_id
         WHERE a.at >= ? AND a.at < ? ORDER BY a.at`,
      )
      .all(window.since, window.until) as ArticleRow[];
    if (rows.length === 0) return [];
    const quotes = this.quotesOf(rows.map((r) => r.seq));
    const refsBySeq = new Map(rows.map((r) => [r.seq, JSON.parse(r.sources) as SourceRef[]]));
    const stories = new Map<string, { headline: string; rows: ArticleRow[] }>();
    for (const row of rows) {
      const id = row.story_id ?? `article:${row.id}`;
      const story = stories.get(id) ?? { headline: row.headline ?? row.title, rows: [] };
      story.rows.push(row);
      stories.set(id, story);
    }
    const toQuoteRow = (raw: RawQuoteRow, storyId: string): QuoteRow => ({
      id: raw.id,
      entityId: raw.entity_id,
      speakerName: raw.speaker_name,
      speakerRole: raw.speaker_role,
      kind: raw.kind,
      text: raw.text,
      at: raw.at,
      storyId,
      sources: refsBySeq.get(raw.article_seq) ?? [],
    });
    const quotesBySeq = new Map<number, RawQuoteRow[]>();
    for (const quote of quotes)
      quotesBySeq.set(quote.article_seq, [...(quotesBySeq.get(quote.article_seq) ?? []), quote]);
    return [...stories].map(([id, story]) => {
      const raw = story.rows.flatMap((r) => quotesBySeq.get(r.seq) ?? []);
      const speakers = new Set(raw.flatMap((q) => [q.speaker_name ?? '', q.speaker_role ?? '']));
      speakers.delete('');
      return {
        id,
        headline: story.headline,
        articles: story.rows.map(toDigestArticle),
        speakers: [...speakers],
        quotes: () => quoteItems(raw.map((q) => toQuoteRow(q, id))),
      };
    });
  }

  private quotesOf(seqs: number[]): RawQuoteRow[] {
    const rows: RawQuoteRow[] = [];
    // SQLite caps bound parameters; a busy day has thousands of articles.
    for (let i = 0; i < seqs.length; i += 500) {
      const chunk = seqs.slice(i, i + 500);
      rows.push(
        ...(this.index.db
          .prepare(
            `SELECT id, article_seq, speaker_name, speaker_role, entity_id, kind, text, at FROM quotes
             WHERE belief = 0 AND article_seq IN (${chunk.map(() => '?').join(',')}) ORDER BY article_seq, start`,
          )
          .all(...chunk) as RawQuoteRow[]),
      );
    }
    return rows;
  }
}
