import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { renderReplyText } from '../../adapters/terminal/render-reply.ts';
import { answerToReply } from '../../core/answers/answer-to-reply.ts';
import type { Newsbot } from '../../core/newsbot.ts';
import { openNewsbot } from '../open-newsbot.ts';

/** The sample articles shipped with newsbot, so a first `newsbot ask` answers at once. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds', import.meta.url));

/** Ingests the seed articles when the store has none yet; resolves to how many were added. */
export async function ingestSeedsIfEmpty(bot: Newsbot, seedsDir = SEEDS_DIR): Promise<number> {
  if ((await bot.articles.head()) > 0) return 0;
  const results = await bot.ingestFiles([seedsDir]);
  return results.filter((result) => result.status === 'added').length;
}

/** `newsbot ask "QUESTION" [--json]`: answers from the store; the JSON is the contract the evaluation reads. */
export function registerAskCommand(program: Command): void {
  program
    .command('ask')
    .description('Ask a question: "what did Rubio say?", "who said \'absolutely ruled out\'?", "news on Mexico"')
    .argument('<question...>', 'the question, in ordinary words')
    .option('--json', 'print the answer as one JSON object')
    .action(async (words: string[], options: { json?: boolean }) => {
      const { bot } = await openNewsbot({ store: program.opts().store, logLevel: 'warn' });
      try {
        await ingestSeedsIfEmpty(bot);
        await bot.start();
        const answer = await bot.ask(words.join(' '), { conversationKey: 'cli:local' });
        process.stdout.write(
          options.json ? `${JSON.stringify(answer)}\n` : `${renderReplyText(answerToReply(answer))}\n`,
        );
      } finally {
        await bot.close();
      }
    });
}
