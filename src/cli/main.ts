import { Command, CommanderError } from 'commander';
import { UserFacingError } from '../core/user-facing-error.ts';
import { registerCliCommands } from './commands/index.ts';

/** The `newsbot` command line: the terminal face of the core. */
export function buildProgram(): Command {
  const program = new Command('newsbot')
    .description('newsbot: who said what in the news, quoted exactly, with every outlet that reported it.')
    .option('--store <url>', 'store URL: sqlite://path, redis://..., postgres://..., memory:// (env NEWSBOT_STORE)')
    .showHelpAfterError()
    .exitOverride();
  registerCliCommands(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof UserFacingError) {
      process.stderr.write(`newsbot: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    throw error;
  }
}

await main(process.argv);
