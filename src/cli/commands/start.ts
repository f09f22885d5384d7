import type { Command } from 'commander';

/** `newsbot start` (what `npm start` runs): chat adapters with credentials, else a terminal chat over the seeds. */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'Start the Slack and Discord adapters whose credentials are set; with none, a terminal chat over the seeds',
    )
    .action(async () => {
      // Loaded only here: the chat SDKs take a while to import, and other commands do not need them.
      const { startApp } = await import('../../app/start-app.ts');
      await startApp({ store: program.opts().store, input: process.stdin, output: process.stdout });
    });
}
