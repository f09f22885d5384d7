import type { Command } from 'commander';
import { registerQuotesCommand } from './quotes.ts';

/** Each CLI command lives in its own file and registers itself here. */
export function registerCliCommands(program: Command): void {
  registerQuotesCommand(program);
  void program;
}
