import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexInput } from '../../src/core/index/stored-article.ts';
import type { Article } from '../../src/core/model/article.ts';
import type { Quote } from '../../src/core/model/quote.ts';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** The five seed files with the outlets and times the scenario describes: four Friday reports, one later follow-up. */
export const SEED_FILES = [
  { file: '000_1ba7f7b49b2fcce1.txt', outlet: 'Outlet One', at: '2026-11-20T15:00:00.000Z' },
  { file: '001_f7db4d455873c533.txt', outlet: 'Outlet Two', at: '2026-11-20T15:30:00.000Z' },
  { file: '002_2b6a419fb5f5109c.txt', outlet: 'Outlet Three', at: '2026-11-20T16:00:00.000Z' },
  { file: '004_a3af21f984c6ba0f.txt', outlet: 'Outlet Four', at: '2026-11-20T17:00:00.000Z' },
  { file: '003_709c97691079b0b5.txt', outlet: 'Outlet Five', at: '2026-11-24T12:00:00.000Z' },
] as const;

/** A stored article built from a seed file and the real quote engine (what ingestion stores). */
export function seedInput(seed: { file: string; outlet: string; at: string }): IndexInput {
  const text = readFileSync(join(SEEDS, seed.file), 'utf8').trim();
  const id = seed.file.slice(4, 20);
  const title = (text.split('\n')[0] ?? '').slice(0, 140);
  const article: Article = {
    id,
    title,
    outlet: seed.outlet,
    url: `https://news.example/${id}`,
    file: seed.file,
    publishedAt: seed.at,
    ingestedAt: seed.at,
    text,
    original: text,
    offsetMap: [],
    sources: [{ outlet: seed.outlet, url: `https://news.example/${id}`, file: seed.file, seenAt: seed.at }],
  };
  const analysis = analyzeArticle(text);
  const quotes: Quote[] = analysis.quotes.map((q, i) => ({
    id: `${id}:q${i}`,
    articleId: id,
    kind: q.kind,
    content: q.content,
    cue: q.cue,
    speakerMention: q.speakerMention,
    speaker: { name: q.speaker.name, type: q.speaker.type, role: q.speaker.role, entityId: q.speaker.entityKey },
    confidence: q.confidence,
    ...(q.belief ? { belief: true } : {}),
  }));
  return { article, quotes, entities: analysis.entities };
}
