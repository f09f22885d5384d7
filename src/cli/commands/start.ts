import type { Command } from 'commander';
import { startApp } from '../../app/start-app.ts';

/** `newsbot start` (what `npm start` runs): chat adapters with credentials, else a terminal chat over the seeds. */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'Start the Slack and Discord adapters whose credentials are set; with none, a terminal chat over the seeds',
    )
    .action(async () => {
      await startApp({ store: program.opts().store, input: process.stdin, output: process.stdout });
    });
}
