import { StoreError } from '../store/store-error.ts';
import { type IngestDeps, type IngestResult, ingestParsed } from './ingest-parsed.ts';
import { isRejection, type ParsedArticle } from './parsed-article.ts';
import { readArticleFiles } from './read-article-files.ts';

/** One article through the pipeline; a failure of this article alone (not of the store) becomes its rejection. */
async function ingestOne(deps: IngestDeps, parsed: ParsedArticle): Promise<IngestResult> {
  try {
    return await ingestParsed(deps, parsed);
  } catch (error) {
    if (error instanceof StoreError) throw error; // the store is down: every later article would fail the same way
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return {
      status: 'rejected',
      label: parsed.file ?? parsed.url ?? parsed.title ?? 'article',
      reason: `failed: ${message}`,
    };
  }
}

/**
 * Ingests files and folders: one result per article found or input rejected, in input order. A bad file or an
 * article the pipeline fails on is reported and skipped; the others are still ingested.
 */
export async function ingestFiles(
  deps: IngestDeps,
  paths: string[],
  options: { maxBytes: number },
): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const parsed of await readArticleFiles(paths, options)) {
    results.push(isRejection(parsed) ? { status: 'rejected', ...parsed } : await ingestOne(deps, parsed));
  }
  return results;
}
