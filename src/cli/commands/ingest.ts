import type { Command } from 'commander';
import { describeUrlIngest, ingestUrl, type UrlIngestResult } from '../../core/feeds/ingest-url.ts';
import { countIngest, describeCounts, type IngestCounts, rejectionLines } from '../../core/ingest/ingest-summary.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import { openNewsbot } from '../open-newsbot.ts';

const isUrl = (target: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(target);

/** Counts of a URL ingest in the same terms as files: skipped duplicates are duplicates, other skips rejections. */
function countUrl(result: UrlIngestResult, counts: IngestCounts): void {
  const outcomes = result.kind === 'page' ? [result.outcome] : result.items;
  for (const outcome of outcomes) {
    if (outcome.status === 'added') counts.added += 1;
    else if (outcome.reason === 'duplicate') counts.duplicate += 1;
    else counts.rejected += 1;
  }
}

/**
 * `newsbot ingest PATH|URL...`: files (.txt .md .html .json) and folders go through the file readers, http(s) URLs
 * through the feed/page fetcher. Prints one line per rejected input, then a one-line summary. Exit code 1 when any
 * input was rejected, so scripts notice; everything else in the run is still ingested.
 */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Add articles to the store from files, folders, article URLs or feed URLs (each once).')
    .argument('<inputs...>', 'files (.txt, .md, .html, .json), folders, or http(s) URLs of articles or feeds')
    .action(async (inputs: string[]) => {
      const { bot } = await openNewsbot({ store: program.opts().store, logLevel: 'warn' });
      try {
        const paths = inputs.filter((input) => !isUrl(input));
        const results = paths.length > 0 ? await bot.ingestFiles(paths) : [];
        const lines = rejectionLines(results);
        const counts = countIngest(results);
        for (const url of inputs.filter(isUrl)) {
          try {
            const result = await ingestUrl(bot.sources, url);
            countUrl(result, counts);
            lines.push(describeUrlIngest(result));
          } catch (error) {
            if (!(error instanceof UserFacingError)) throw error;
            counts.rejected += 1;
            lines.push(`rejected ${url}: ${error.message}`);
          }
        }
        for (const line of lines) process.stdout.write(`${line}\n`);
        process.stdout.write(`${describeCounts(counts)}\n`);
        if (counts.rejected > 0) process.exitCode = 1;
      } finally {
        await bot.close();
      }
    });
}
