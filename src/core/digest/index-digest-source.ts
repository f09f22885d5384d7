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

interface QuoteRow {
  article_seq: number;
  speaker_name: string | null;
  speaker_role: string | null;
  entity_id: string | null;
  kind: QuoteKind;
  text: string;
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

/** One item per remark: the same words from the same speaker in several outlets become one item with every source. */
function mergeQuotes(rows: QuoteRow[], refsBySeq: Map<number, SourceRef[]>): AnswerItem[] {
  const items = new Map<string, AnswerItem>();
  for (const row of rows) {
    const key = `${row.entity_id ?? foldText(row.speaker_name ?? '')}|${foldText(row.text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()}`;
    const sources = refsBySeq.get(row.article_seq) ?? [];
    const existing = items.get(key);
    if (existing) {
      for (const source of sources) {
        if (!existing.sources.some((s) => s.articleId === source.articleId && s.outlet === source.outlet)) {
          existing.sources.push(source);
        }
      }
      continue;
    }
    items.set(key, {
      text: row.text,
      kind: row.kind,
      speaker: { name: row.speaker_name, role: row.speaker_role },
      sources: [...sources],
      variants: [],
    });
  }
  return [...items.values()];
}

/**
 * Reads digest candidates straight from the read model's SQLite tables: the articles whose time is in the window,
 * grouped by the story the index clustered them into, with their quotes merged across outlets.
 */
export class IndexDigestSource implements DigestSource {
  constructor(private readonly index: NewsIndex) {}

  async storiesBetween(window: { since: string; until: string }): Promise<DigestCandidate[]> {
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
    return [...stories].map(([id, story]) => {
      const seqs = new Set(story.rows.map((r) => r.seq));
      return {
        id,
        headline: story.headline,
        articles: story.rows.map(toDigestArticle),
        quotes: mergeQuotes(
          quotes.filter((q) => seqs.has(q.article_seq)),
          refsBySeq,
        ),
      };
    });
  }

  private quotesOf(seqs: number[]): QuoteRow[] {
    const rows: QuoteRow[] = [];
    // SQLite caps bound parameters; a busy day has thousands of articles.
    for (let i = 0; i < seqs.length; i += 500) {
      const chunk = seqs.slice(i, i + 500);
      rows.push(
        ...(this.index.db
          .prepare(
            `SELECT article_seq, speaker_name, speaker_role, entity_id, kind, text FROM quotes
             WHERE belief = 0 AND article_seq IN (${chunk.map(() => '?').join(',')}) ORDER BY article_seq, start`,
          )
          .all(...chunk) as QuoteRow[]),
      );
    }
    return rows;
  }
}
