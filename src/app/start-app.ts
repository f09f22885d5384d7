import type { Readable, Writable } from 'node:stream';
import { pino } from 'pino';
import { createDiscordAdapter } from '../adapters/discord/discord-adapter.ts';
import { type DiscordConfig, discordConfigFrom } from '../adapters/discord/discord-config.ts';
import type { ChatAdapter } from '../adapters/shared/chat-adapter.ts';
import { createRateLimiterFactory } from '../adapters/shared/rate-limiter.ts';
import { createSlackAdapter } from '../adapters/slack/create-slack-adapter.ts';
import { type SlackConfig, slackConfigFrom } from '../adapters/slack/slack-config.ts';
import { renderReplyText } from '../adapters/terminal/render-reply.ts';
import { createTerminalAdapter } from '../adapters/terminal/terminal-adapter.ts';
import { runTerminalChat } from '../adapters/terminal/terminal-chat.ts';
import { coreConfigFrom, processEnv } from '../config.ts';
import { announcingStore } from '../core/coordination/announcing-store.ts';
import { catchUpOnNudge } from '../core/coordination/catch-up-on-nudge.ts';
import { createRedisNudges } from '../core/coordination/redis-nudges.ts';
import { Newsbot } from '../core/newsbot.ts';
import { systemClock } from '../core/ports.ts';
import { openStore } from '../core/store/open-store.ts';
import { createDestinationPoster } from './destination-poster.ts';
import {
  adapterConnected,
  HealthEndpoints,
  type ReadinessCheck,
  startHealthServer,
  storeReachable,
} from './http-health.ts';
import { createLogger } from './logger.ts';
import { ingestSeedsIfEmpty } from './seeds.ts';
import { createShutdown, type ShutdownStep } from './shutdown.ts';

export interface StartAppOptions {
  /** The CLI's `--store`. */
  store?: string;
  input: Readable;
  output: Writable;
}

const CONNECT_HINT =
  'To connect Slack set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode); for Discord set DISCORD_TOKEN and DISCORD_APPLICATION_ID — see .env.example.';

function secretsOf(slack: SlackConfig | null, discord: DiscordConfig | null): (string | null)[] {
  return [
    slack?.botToken ?? null,
    slack?.signingSecret ?? null,
    slack?.appToken ?? null,
    slack?.oauth?.clientSecret ?? null,
    slack?.oauth?.stateSecret ?? null,
    discord?.token ?? null,
  ];
}

/** Bolt listens on PORT in HTTP mode, and in Socket Mode too when it serves the OAuth install pages. */
function slackServesHttp(slack: SlackConfig): boolean {
  return !slack.appToken || slack.oauth !== null;
}

function chatAdapters(
  bot: Newsbot,
  slack: SlackConfig | null,
  discord: DiscordConfig | null,
  health: HealthEndpoints,
  limiters: ReturnType<typeof createRateLimiterFactory>,
): ChatAdapter[] {
  const { kv, logger } = bot;
  const adapters: ChatAdapter[] = [];
  if (slack) {
    // Over HTTP (or serving OAuth install pages) Bolt owns PORT, so the health endpoints ride on it.
    const routes = slackServesHttp(slack) ? { customRoutes: health.routes } : {};
    adapters.push(createSlackAdapter({ config: slack, core: bot, kv, logger, rateLimiters: limiters, ...routes }));
  }
  if (discord) adapters.push(createDiscordAdapter({ config: discord, core: bot, kv, logger, limiters }));
  return adapters;
}

/**
 * `npm start`: every chat adapter whose credentials are configured; with none, a terminal chat over the store with
 * the seeds ingested. The environment is read here once; everything below gets typed settings.
 */
export async function startApp(options: StartAppOptions): Promise<void> {
  const env = processEnv();
  const config = coreConfigFrom(env, options.store);
  // A discord.js shard process (`newsbot discord-shards`) runs Discord only; Slack runs in its own, unsharded process.
  const discordShard = env.SHARDING_MANAGER === 'true';
  const slack = discordShard ? null : slackConfigFrom(env);
  const discord = discordConfigFrom(env);
  const terminal = !slack && !discord;
  const logger = createLogger({
    level: terminal && !env.LOG_LEVEL ? 'warn' : config.logLevel,
    secrets: secretsOf(slack, discord),
    ...(terminal ? { destination: pino.destination(2) } : {}),
  });
  const clock = systemClock;
  const opened = await openStore(config.storeUrl, { clock });
  const nudges = config.redisUrl ? await createRedisNudges(config.redisUrl, { namespace: 'newsbot', logger }) : null;
  const kv = nudges ? announcingStore(opened, nudges) : opened;
  const bot = new Newsbot({ kv, clock, logger, options: config.options });
  const onNudge = nudges ? catchUpOnNudge(nudges, bot.indexSync, logger) : null;
  const limiters = createRateLimiterFactory({ ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}), logger });
  const checks: ReadinessCheck[] = [storeReachable(kv)];
  const health = new HealthEndpoints(checks);
  const adapters = chatAdapters(bot, slack, discord, health, limiters);
  checks.push(...adapters.map(adapterConnected));
  const posters = terminal ? [createTerminalAdapter(options.output, renderReplyText)] : adapters;
  bot.poster = createDestinationPoster(posters);

  const seeded = terminal ? await ingestSeedsIfEmpty(bot) : 0;
  await bot.start();
  await onNudge?.start();
  for (const adapter of adapters) await adapter.start();
  const slackOwnsPort = slack !== null && slackServesHttp(slack);
  const healthServer = !terminal && !slackOwnsPort ? await startHealthServer(health, { port: config.port }) : null;

  const steps: ShutdownStep[] = [
    { name: 'readiness', run: () => health.markShuttingDown() },
    { name: 'core services', run: () => bot.stop() },
    ...adapters.map((adapter) => ({ name: `${adapter.platform} adapter`, run: () => adapter.stop() })),
    { name: 'rate limiters', run: () => limiters.close() },
    {
      name: 'nudges',
      run: async () => {
        await onNudge?.stop();
        await nudges?.close();
      },
    },
    { name: 'store', run: () => bot.close() },
    { name: 'health server', run: () => healthServer?.close() },
  ];
  const shutdown = createShutdown({ steps, logger });
  shutdown.onSignals();
  if (!terminal) {
    logger.info({ adapters: adapters.map((a) => a.platform), store: kv.displayUrl }, 'newsbot started');
    return;
  }
  const articles = bot.index.articleCount();
  const banner = [
    `newsbot — ${seeded ? `ingested ${seeded} sample articles from seeds/; ` : ''}${articles} articles indexed in ${kv.displayUrl}.`,
    'Ask e.g. “what did Rubio say?”, “who said ‘absolutely ruled out’?”, “search cartels”, “help” — or “quit”.',
    CONNECT_HINT,
  ].join('\n');
  await runTerminalChat({
    handle: (inv) => bot.handle(inv),
    render: renderReplyText,
    input: options.input,
    output: options.output,
    banner,
  });
  await shutdown.run('terminal chat ended');
}
