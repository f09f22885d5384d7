import type { Command } from 'commander';
import { renderReplyText } from '../../adapters/terminal/render-reply.ts';
import { ingestSeedsIfEmpty } from '../../app/seeds.ts';
import { digestToReply } from '../../core/digest/digest-to-reply.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import { openNewsbot } from '../open-newsbot.ts';

const DAY_MS = 24 * 3600_000;

export interface DigestCliOptions {
  json?: boolean;
  since?: string;
  until?: string;
  filter?: string;
  limit?: string;
}

function instant(text: string, flag: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms))
    throw new UserFacingError(`${flag} “${text}” is not a date; use ISO-8601, e.g. 2026-11-20T08:00:00Z`);
  return ms;
}

/** The window and limits from the flags: the last 24 hours by default. One clear line for anything malformed. */
export function digestWindow(options: DigestCliOptions, nowMs: number) {
  const until = options.until ? instant(options.until, '--until') : nowMs;
  const since = options.since ? instant(options.since, '--since') : until - DAY_MS;
  if (since >= until) throw new UserFacingError('--since must be before --until');
  const limit = options.limit === undefined ? 10 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UserFacingError(`--limit “${options.limit}” must be a whole number ≥ 1`);
  return {
    since: new Date(since).toISOString(),
    until: new Date(until).toISOString(),
    filter: options.filter?.trim() || null,
    maxStories: limit,
  };
}

/** `newsbot digest [--json] [--since ISO] [--until ISO] [--filter TEXT]`: builds a digest from the store, posts nothing. */
export function registerDigestCommand(program: Command): void {
  program
    .command('digest')
    .description('Print the digest of the top stories (last 24 hours by default) without posting it')
    .option('--json', 'print the digest as one JSON object')
    .option('--since <iso>', 'start of the window (default: 24 hours before --until)')
    .option('--until <iso>', 'end of the window (default: now)')
    .option('--filter <text>', 'only stories about this topic or person')
    .option('--limit <n>', 'most stories to include (default 10)')
    .action(async (options: DigestCliOptions) => {
      digestWindow(options, Date.now()); // refuse bad flags before opening anything
      const { bot } = await openNewsbot({ store: program.opts().store, logLevel: 'warn' });
      try {
        await ingestSeedsIfEmpty(bot);
        // "now" is taken after a first-run seed ingest, so the seeds fall inside the default window.
        const digest = await bot.digests.build(digestWindow(options, bot.clock.now() + 1));
        const text = options.json
          ? JSON.stringify(digest)
          : renderReplyText(digestToReply(digest, { timeZone: bot.options.defaultTimeZone }));
        process.stdout.write(`${text}\n`);
      } finally {
        await bot.close();
      }
    });
}
