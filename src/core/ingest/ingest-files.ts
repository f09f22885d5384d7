import { type IngestDeps, type IngestResult, ingestParsed } from './ingest-parsed.ts';
import { isRejection } from './parsed-article.ts';
import { readArticleFiles } from './read-article-files.ts';

/**
 * Ingests files and folders: one result per article found or input rejected, in input order. A bad file is reported
 * and skipped; the others are still ingested.
 */
export async function ingestFiles(
  deps: IngestDeps,
  paths: string[],
  options: { maxBytes: number },
): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const parsed of await readArticleFiles(paths, options)) {
    results.push(isRejection(parsed) ? { status: 'rejected', ...parsed } : await ingestParsed(deps, parsed));
  }
  return results;
}
