import {
  type AutocompleteInteraction,
  type Client,
  DiscordAPIError,
  Events,
  type Interaction,
  type Message,
} from 'discord.js';
import { errorReply } from '../../core/commands/error-reply.ts';
import type { Destination, Invocation } from '../../core/model/invocation.ts';
import type { Reply } from '../../core/model/reply.ts';
import { type Clock, type Logger, systemClock } from '../../core/ports.ts';
import type { KvStore } from '../../core/store/kv-store.ts';
import type { ChatAdapter } from '../shared/chat-adapter.ts';
import { createPostLimiter } from '../shared/post-limiter.ts';
import { createRateLimiterFactory, type RateLimiterFactory } from '../shared/rate-limiter.ts';
import { type FloodLimit, UserFloodGuard } from '../shared/user-flood-guard.ts';
import { answerInteraction } from './answer-interaction.ts';
import { COMMAND_NAME } from './command-definitions.ts';
import { parseDiscordDestination } from './destination.ts';
import type { DiscordConfig } from './discord-config.ts';
import { connectDiscord } from './discord-connection.ts';
import { DiscordSender } from './discord-sender.ts';
import { discordInviteUrl } from './invite-url.ts';
import { invocationFromInteraction } from './invocation-from-interaction.ts';
import { invocationFromMessage, textForBot } from './invocation-from-message.ts';
import { registerCommands } from './register-commands.ts';
import { renderDiscordMessages } from './render-discord-messages.ts';
import { speakerChoices } from './speaker-autocomplete.ts';

/** The part of the core the adapter uses (a `Newsbot`). */
export interface DiscordCore {
  handle(invocation: Invocation): Promise<Reply>;
  suggestSpeakers(prefix: string, limit: number): Promise<string[]>;
}

export interface DiscordAdapterDeps {
  config: DiscordConfig;
  core: DiscordCore;
  kv: KvStore;
  logger: Logger;
  clock?: Clock;
  /** Shared limiter factory (clustered over Redis when several instances run); a local one otherwise. */
  limiters?: RateLimiterFactory;
  floodLimit?: FloodLimit;
}

// Discord: 50 requests/s per bot; about 5 messages per 5 s per channel.
const GLOBAL_BUDGET = { reservoir: 50, reservoirRefreshAmount: 50, reservoirRefreshInterval: 1000 };
const CHANNEL_BUDGET = { maxConcurrent: 1, reservoir: 5, reservoirRefreshAmount: 5, reservoirRefreshInterval: 5000 };
// Autocomplete must also be answered within 3 s; a slow lookup yields no suggestions rather than an error.
const AUTOCOMPLETE_BUDGET_MS = 2000;

export function createDiscordAdapter(deps: DiscordAdapterDeps): ChatAdapter {
  const { config, core, kv, logger } = deps;
  const clock = deps.clock ?? systemClock;
  // A factory handed in belongs to the composition root; one made here is closed by stop() and remade by start().
  let limiters = deps.limiters ?? createRateLimiterFactory({ logger });
  const newSender = () =>
    new DiscordSender(
      createPostLimiter(limiters, { name: 'discord', perDestination: CHANNEL_BUDGET, global: GLOBAL_BUDGET, logger }),
      kv,
    );
  let sender = newSender();
  let limitersClosed = false;
  const flood = new UserFloodGuard(clock, deps.floodLimit);
  const inFlight = new Set<Promise<unknown>>();
  let client: Client | null = null;
  let stopping = false;

  const track = (work: Promise<unknown>, what: string) => {
    const tracked = work.catch((error: unknown) => logger.error({ err: error }, `discord ${what} failed`));
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
  };

  async function onCommand(interaction: Interaction): Promise<void> {
    if (!interaction.isChatInputCommand() || interaction.commandName !== COMMAND_NAME) return;
    const invocation = invocationFromInteraction(interaction);
    const verdict = flood.check(`discord:${interaction.user.id}`);
    const handle = verdict.allowed ? (inv: Invocation) => core.handle(inv) : async () => errorReply(verdict.message);
    await answerInteraction(interaction, invocation, {
      handle,
      sender,
      clock,
      logger,
      deferAfterMs: config.deferAfterMs,
    });
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<[]>((resolve) => {
      timer = setTimeout(() => resolve([]), AUTOCOMPLETE_BUDGET_MS);
    });
    const choices = await Promise.race([speakerChoices(core, focused.name, String(focused.value)), timeout]).finally(
      () => clearTimeout(timer),
    );
    // Users keep typing: an expired autocomplete interaction is routine, not an error.
    await interaction.respond(choices).catch((error: unknown) => logger.debug({ err: error }, 'autocomplete expired'));
  }

  async function onMessage(message: Message, botId: string): Promise<void> {
    const text = textForBot(message, botId);
    if (text === null) return;
    const verdict = flood.check(`discord:${message.author.id}`);
    const parsed = verdict.allowed ? invocationFromMessage(message, text) : errorReply(verdict.message);
    const reply = 'command' in parsed ? await core.handle(parsed) : parsed;
    if (!message.channel.isSendable()) return;
    const destination = `discord:${message.guildId ?? '@me'}:${message.channelId}`;
    await sender.toChannel(message.channel, renderDiscordMessages(reply), {
      destination,
      // A gateway replay of the same message never answers twice.
      idempotencyKey: `mention:${message.id}`,
      replyTo: message,
    });
  }

  function attach(next: Client): void {
    next.on(Events.InteractionCreate, (interaction) => {
      if (stopping) return;
      if (interaction.isAutocomplete()) track(onAutocomplete(interaction), 'autocomplete');
      else track(onCommand(interaction), 'slash command');
    });
    next.on(Events.MessageCreate, (message) => {
      if (stopping || !next.user) return;
      track(onMessage(message, next.user.id), 'mention reply');
    });
    next.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  }

  return {
    platform: 'discord',

    async start() {
      if (limitersClosed) {
        limiters = createRateLimiterFactory({ logger });
        sender = newSender();
        limitersClosed = false;
      }
      stopping = false;
      client = await connectDiscord(config, logger, attach);
      const readyClient = client;
      readyClient.on(Events.ShardDisconnect, (event, shardId) =>
        logger.error({ code: event.code, shardId }, 'discord gateway closed for good; restart newsbot'),
      );
      const appId = readyClient.application?.id;
      if (appId && appId !== config.applicationId) {
        logger.warn(
          { tokenApp: appId },
          'DISCORD_APPLICATION_ID differs from the application of DISCORD_TOKEN; using the token’s',
        );
      }
      // Under sharding only shard 0 registers, so N shards do not race to write the same commands.
      const shardIds = readyClient.shard?.ids ?? [0];
      if (shardIds.includes(0)) {
        await registerCommands(
          readyClient.rest,
          { applicationId: appId ?? config.applicationId, guildId: config.guildId },
          logger,
        ).catch((error: unknown) => logger.error({ err: error }, 'could not register the /news command with Discord'));
      }
      logger.info({ user: readyClient.user?.tag, guilds: readyClient.guilds.cache.size }, 'discord connected');
      if (readyClient.guilds.cache.size === 0 && shardIds.includes(0)) {
        logger.info({ invite: discordInviteUrl(appId ?? config.applicationId) }, 'newsbot is in no Discord server yet');
      }
    },

    async stop() {
      stopping = true;
      while (inFlight.size > 0) await Promise.all([...inFlight]);
      if (client) await client.destroy();
      client = null;
      if (!deps.limiters && !limitersClosed) {
        limitersClosed = true;
        await limiters.close();
      }
    },

    isReady() {
      return client?.isReady() ?? false;
    },

    async post(destination: Destination, reply: Reply, options: { idempotencyKey: string }) {
      const target = parseDiscordDestination(destination);
      if (!target) throw new Error(`not a Discord destination: ${destination}`);
      if (!client) throw new Error('the Discord adapter is not started');
      const ready = client;
      const work = (async () => {
        const channel = await ready.channels.fetch(target.channelId);
        if (!channel?.isSendable()) throw new Error(`cannot post to ${destination}: not a text channel`);
        await sender.toChannel(channel, renderDiscordMessages(reply), {
          destination,
          idempotencyKey: options.idempotencyKey,
        });
      })().catch((error: unknown) => {
        throw postFailure(destination, error);
      });
      inFlight.add(work);
      try {
        await work;
      } finally {
        inFlight.delete(work);
      }
    },
  };
}

/** Discord's refusal as one line naming the destination (e.g. the bot was removed or lacks Send Messages). */
function postFailure(destination: string, error: unknown): Error {
  if (error instanceof DiscordAPIError) {
    return new Error(
      `Discord refused the post to ${destination}: ${error.message} (code ${error.code}, HTTP ${error.status})`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
