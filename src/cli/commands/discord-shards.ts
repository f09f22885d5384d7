import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { pino } from 'pino';
import { discordConfigFrom } from '../../adapters/discord/discord-config.ts';
import { createLogger } from '../../app/logger.ts';
import { processEnv } from '../../config.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';

const BIN = fileURLToPath(new URL('../../../bin/newsbot.js', import.meta.url));

/** `newsbot discord-shards`: runs the Discord side as discord.js shards, one `newsbot start` process per shard. */
export function registerDiscordShardsCommand(program: Command): void {
  program
    .command('discord-shards')
    .description('Run Discord as sharded processes (bots in more than 2,500 servers); each shard runs `newsbot start`')
    .option('--count <n>', "number of shards (default: Discord's recommendation)")
    .action(async (options: { count?: string }) => {
      const env = processEnv();
      const config = discordConfigFrom(env);
      if (!config) throw new UserFacingError('DISCORD_TOKEN is not set: sharding is only for the Discord bot');
      const totalShards = options.count === undefined ? undefined : Number(options.count);
      if (totalShards !== undefined && (!Number.isInteger(totalShards) || totalShards < 1)) {
        throw new UserFacingError(`--count must be a whole number of shards, got “${options.count}”`);
      }
      const logger = createLogger({
        level: env.LOG_LEVEL || 'info',
        secrets: [config.token],
        destination: pino.destination(1),
      });
      const shardArgs = program.opts().store ? ['--store', program.opts().store as string, 'start'] : ['start'];
      const { startDiscordShards } = await import('../../adapters/discord/shard-manager.ts');
      await startDiscordShards({ config, script: BIN, shardArgs, logger, ...(totalShards ? { totalShards } : {}) });
    });
}
