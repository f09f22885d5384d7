import type { SinkOutcome } from './article-sink.ts';
import type { SkipReason } from './source.ts';

/** What became of one feed item or article URL. */
export type ItemOutcome =
  | { status: 'added'; articleId: string; title: string; url: string | null }
  | { status: 'skipped'; reason: SkipReason; detail: string; title: string; url: string | null; retry?: boolean };

/** The item outcome for what the ingest pipeline said; a duplicate names the article it duplicates. */
export function outcomeFromSink(title: string, url: string | null, outcome: SinkOutcome): ItemOutcome {
  if (outcome.status === 'added') return { status: 'added', articleId: outcome.articleId, title, url };
  if (outcome.status === 'rejected')
    return { status: 'skipped', reason: 'not-an-article', detail: outcome.reason, title, url };
  const of = outcome.title ? `“${outcome.title}” (${outcome.articleId})` : outcome.articleId;
  const how = outcome.how ? `, ${outcome.how}` : '';
  return { status: 'skipped', reason: 'duplicate', detail: `duplicate of ${of}${how}`, title, url };
}
