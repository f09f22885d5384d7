import { REST, Routes, ShardingManager } from 'discord.js';
import type { Logger } from '../../core/ports.ts';
import type { DiscordConfig } from './discord-config.ts';

export interface DiscordShardOptions {
  config: DiscordConfig;
  /** The newsbot entry each shard runs (the same `start` as without sharding). */
  script: string;
  /** Arguments for each shard process, e.g. `['start', '--platform', 'discord']`. */
  shardArgs?: string[];
  /** Node flags for each shard process, e.g. `['--import', 'tsx']` when running from TypeScript. */
  execArgv?: string[];
  /** A fixed number of shards; by default Discord's recommendation (about one per 1,000 guilds). */
  totalShards?: number;
  /** Wait between shard starts; Discord allows one IDENTIFY per 5 s unless the bot has a higher max_concurrency. */
  spawnDelayMs?: number;
  logger: Logger;
}

/**
 * The shard count Discord recommends for this bot, read through `DISCORD_API_URL` when set (discord.js' own
 * 'auto' always asks discord.com, which a REST proxy deployment cannot reach).
 */
export async function recommendedShardCount(config: DiscordConfig): Promise<number> {
  const rest = new REST({ ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, gateway.shards);
}

/**
 * Runs newsbot's Discord side as discord.js shards (needed past 2,500 guilds): one process per shard, each a full
 * newsbot whose client takes its shard ids from the manager. Only shard 0 registers commands; channel posts go over
 * REST, which any shard can reach; digests and alerts need a shared store (Redis or Postgres) so claims hold across
 * the shard processes.
 */
export async function startDiscordShards(options: DiscordShardOptions): Promise<ShardingManager> {
  const totalShards = options.totalShards ?? (await recommendedShardCount(options.config));
  const manager = new ShardingManager(options.script, {
    token: options.config.token,
    totalShards,
    mode: 'process',
    respawn: true,
    shardArgs: options.shardArgs ?? [],
    execArgv: options.execArgv ?? [],
  });
  manager.on('shardCreate', (shard) => {
    options.logger.info({ shard: shard.id, totalShards }, 'discord shard started');
    shard.on('death', () => options.logger.warn({ shard: shard.id }, 'discord shard exited; respawning'));
  });
  await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs ?? 5500, timeout: 60_000 });
  return manager;
}
