import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { analyzeArticle } from '../../core/quotes/analyze-article.ts';
import type { ExtractedQuote } from '../../core/quotes/article-analysis.ts';
import { reportedQuotes } from '../../core/quotes/reported-quotes.ts';

/** One line of `newsbot quotes --json`: the contract shared with the independent evaluation. */
export interface QuoteLine {
  file: string;
  speaker: string | null;
  speakerType: 'person' | 'organization' | 'anonymous' | null;
  role: string | null;
  speakerMention: { start: number; end: number } | null;
  content: { start: number; end: number; text: string };
  cue: { start: number; end: number; text: string } | null;
  kind: 'direct' | 'mixed' | 'indirect';
  confidence: number;
  /** Present (true) only on a belief or intention that quotes its holder's words: not speech. */
  belief?: true;
}

export function toQuoteLine(file: string, q: ExtractedQuote): QuoteLine {
  return {
    file,
    speaker: q.speaker.name,
    speakerType: q.speaker.type,
    role: q.speaker.role,
    speakerMention: q.speakerMention ? { start: q.speakerMention.start, end: q.speakerMention.end } : null,
    content: { start: q.content.start, end: q.content.end, text: q.content.text },
    cue: q.cue ? { start: q.cue.start, end: q.cue.end, text: q.cue.text } : null,
    kind: q.kind,
    confidence: q.confidence,
    ...(q.belief ? { belief: true as const } : {}),
  };
}

function humanLine(line: QuoteLine): string {
  const who = line.speaker ? `${line.speaker}${line.role ? ` (${line.role})` : ''}` : 'unknown speaker';
  const text = line.content.text.replace(/\s+/g, ' ');
  const kind = line.belief ? `${line.kind}, belief` : line.kind;
  return `${line.file}:${line.content.start}  ${who} [${kind}${line.cue ? `, "${line.cue.text}"` : ''}]: ${text}`;
}

/**
 * Lists who said what in each file, without touching the store. A file that cannot be read gets one error line on
 * stderr; the other files are still processed and the exit code says something failed.
 */
export async function runQuotes(
  files: string[],
  options: { json?: boolean },
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
      err(`newsbot quotes: cannot read ${file}: ${reason}`);
      failed++;
      continue;
    }
    for (const quote of reportedQuotes(text, analyzeArticle(text).quotes)) {
      const line = toQuoteLine(file, quote);
      out(options.json ? JSON.stringify(line) : humanLine(line));
    }
  }
  return failed;
}

export function registerQuotesCommand(program: Command): void {
  program
    .command('quotes')
    .description('print every quote found in article files: who said what, with offsets into the file text')
    .argument('<files...>', 'article text files (UTF-8)')
    .option('--json', 'one JSON object per quote per line')
    .action(async (files: string[], options: { json?: boolean }) => {
      const failed = await runQuotes(
        files,
        options,
        (line) => process.stdout.write(`${line}\n`),
        (line) => process.stderr.write(`${line}\n`),
      );
      if (failed > 0) process.exitCode = 1;
    });
}
