import { type IngestDeps, ingestParsed } from '../ingest/ingest-parsed.ts';
import type { ArticleSink } from './article-sink.ts';

const DUPLICATE_KIND = {
  'same-text': 'same text',
  'same-url': 'same URL',
  'near-copy': 'near-identical text',
} as const;

/** The real sink: the storage engineer's ingest pipeline, with our near-duplicate detection in its deps. */
export function ingestSink(deps: IngestDeps): ArticleSink {
  return async (parsed) => {
    const result = await ingestParsed(deps, parsed);
    if (result.status === 'added') return { status: 'added', articleId: result.id };
    if (result.status === 'rejected') return { status: 'rejected', reason: result.reason };
    return { status: 'duplicate', articleId: result.id, title: result.title, how: DUPLICATE_KIND[result.duplicateOf] };
  };
}
