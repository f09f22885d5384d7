import type { Command } from 'commander';

/** Each CLI command lives in its own file and registers itself here. */
export function registerCliCommands(program: Command): void {
  void program;
}
