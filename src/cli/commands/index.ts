import type { Command } from 'commander';
import { registerAskCommand } from './ask.ts';
import { registerDigestCommand } from './digest.ts';
import { registerDiscordShardsCommand } from './discord-shards.ts';
import { registerIngestCommand } from './ingest.ts';
import { registerQuotesCommand } from './quotes.ts';
import { registerStartCommand } from './start.ts';

/** Each CLI command lives in its own file and registers itself here. */
export function registerCliCommands(program: Command): void {
  registerIngestCommand(program);
  registerStartCommand(program);
  registerDiscordShardsCommand(program);
  registerQuotesCommand(program);
  registerAskCommand(program);
  registerDigestCommand(program);
  void program;
}
