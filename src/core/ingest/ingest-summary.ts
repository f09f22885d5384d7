import type { IngestResult } from './ingest-parsed.ts';

export interface IngestCounts {
  added: number;
  duplicate: number;
  rejected: number;
}

export function countIngest(results: IngestResult[]): IngestCounts {
  const counts = { added: 0, duplicate: 0, rejected: 0 };
  for (const result of results) counts[result.status] += 1;
  return counts;
}

/** "5 added, 2 duplicate, 1 rejected": the one-line summary of an ingest run. */
export function describeCounts(counts: IngestCounts): string {
  return `${counts.added} added, ${counts.duplicate} duplicate, ${counts.rejected} rejected`;
}

/** One line per rejected input ("rejected notes.csv: unsupported file type (.csv) …"). */
export function rejectionLines(results: IngestResult[]): string[] {
  return results.flatMap((result) =>
    result.status === 'rejected' ? [`rejected ${result.label}: ${result.reason}`] : [],
  );
}
