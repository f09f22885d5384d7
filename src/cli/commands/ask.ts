import type { Command } from 'commander';
import { renderReplyText } from '../../adapters/terminal/render-reply.ts';
import { ingestSeedsIfEmpty } from '../../app/seeds.ts';
import { answerToReply } from '../../core/answers/answer-to-reply.ts';
import { openNewsbot } from '../open-newsbot.ts';

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
        // No background services: a one-shot answer only needs the index caught up, which ask() does.
        await ingestSeedsIfEmpty(bot);
        const answer = await bot.ask(words.join(' '), { conversationKey: 'cli:local' });
        process.stdout.write(
          options.json ? `${JSON.stringify(answer)}\n` : `${renderReplyText(answerToReply(answer))}\n`,
        );
      } finally {
        await bot.close();
      }
    });
}
