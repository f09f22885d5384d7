import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { DiscordConfig } from './discord-config.ts';

/**
 * A discord.js client for newsbot. Intents: guilds (channels, permissions), guild and direct messages (mentions,
 * DMs); Message Content only when configured. REST retries are left to our limiter (`retries: 0`), which retries
 * only what cannot duplicate; 429s are still waited out by discord.js itself.
 */
export function createDiscordClient(config: DiscordConfig, messageContent: boolean): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      ...(messageContent ? [GatewayIntentBits.MessageContent] : []),
    ],
    // DM channels are not cached; without this partial discord.js drops DMs.
    partials: [Partials.Channel],
    rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), retries: 0 },
    allowedMentions: { parse: [] },
  });
}
