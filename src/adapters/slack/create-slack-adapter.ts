import type { AddressInfo } from 'node:net';
import type { App, CustomRoute } from '@slack/bolt';
import type { Destination } from '../../core/model/invocation.ts';
import type { Reply } from '../../core/model/reply.ts';
import type { Newsbot } from '../../core/newsbot.ts';
import { type Clock, type Logger, systemClock } from '../../core/ports.ts';
import type { KvStore } from '../../core/store/kv-store.ts';
import type { ChatAdapter } from '../shared/chat-adapter.ts';
import { createRateLimiterFactory, type LimitSettings, type RateLimiterFactory } from '../shared/rate-limiter.ts';
import type { RetryPolicy } from '../shared/retry-policy.ts';
import { type FloodLimit, UserFloodGuard } from '../shared/user-flood-guard.ts';
import { createBoltApp } from './create-bolt-app.ts';
import { listenForDirectMessages } from './direct-message-listener.ts';
import { InFlightWork } from './in-flight-work.ts';
import { listenForMentions } from './mention-listener.ts';
import { postToDestination } from './post-to-destination.ts';
import { errorCode } from './slack-command.ts';
import type { SlackConfig } from './slack-config.ts';
import { SlackSender } from './slack-sender.ts';
import { explainStartFailure } from './slack-start-errors.ts';
import { listenForSlashCommands } from './slash-command-listener.ts';
import { workspacePostLimiters } from './workspace-post-limiters.ts';

/** Slack's pace for chat.postMessage (about one per second per channel) and a budget per workspace. */
export const SLACK_POST_LIMITS: { perChannel: LimitSettings; workspace: LimitSettings } = {
  perChannel: { maxConcurrent: 1, minTime: 1000 },
  workspace: { maxConcurrent: 10, reservoir: 300, reservoirRefreshAmount: 300, reservoirRefreshInterval: 60_000 },
};

export interface CreateSlackAdapterDeps {
  config: SlackConfig;
  core: Pick<Newsbot, 'handle'>;
  kv: KvStore;
  logger: Logger;
  clock?: Clock;
  /** Shared (possibly Redis-clustered) limiter factory from the composition root; a local one otherwise. */
  rateLimiters?: RateLimiterFactory;
  limits?: { perChannel?: LimitSettings; workspace?: LimitSettings; retry?: RetryPolicy; perUser?: FloodLimit };
  /** Extra HTTP routes on PORT (health checks), in HTTP and Socket Mode. */
  customRoutes?: CustomRoute[];
  /** Interface the HTTP server listens on (all by default; tests use 127.0.0.1). */
  listenHost?: string;
}

export interface SlackAdapter extends ChatAdapter {
  /** The HTTP server's address once started in HTTP mode (tests start on port 0). */
  address(): AddressInfo | null;
}

/**
 * The Slack adapter: `/news`, @-mentions and DMs through Bolt into `core.handle`, answers rendered as Block Kit and
 * sent through the paced sender; `post()` delivers digests and alerts to stored `slack:T:C` destinations exactly once.
 */
export function createSlackAdapter(deps: CreateSlackAdapterDeps): SlackAdapter {
  const { config, kv, logger } = deps;
  const ownLimiters = deps.rateLimiters ? null : createRateLimiterFactory({ logger });
  const rateLimiters = deps.rateLimiters ?? (ownLimiters as RateLimiterFactory);
  const sender = new SlackSender(
    workspacePostLimiters(rateLimiters, {
      perDestination: deps.limits?.perChannel ?? SLACK_POST_LIMITS.perChannel,
      global: deps.limits?.workspace ?? SLACK_POST_LIMITS.workspace,
      ...(deps.limits?.retry ? { retry: deps.limits.retry } : {}),
      logger,
    }),
    logger,
  );
  const floodGuard = new UserFloodGuard(deps.clock ?? systemClock, deps.limits?.perUser);
  const { app, socket } = createBoltApp(config, {
    kv,
    logger,
    ...(deps.customRoutes ? { customRoutes: deps.customRoutes } : {}),
  });
  const work = new InFlightWork(logger);
  let ready = false;
  // Socket Mode drops and reconnects on its own; /readyz should say so while it is away.
  let connected = socket === null;
  socket?.client.on('connected', () => {
    connected = true;
  });
  socket?.client.on('close', () => {
    if (ready) logger.warn({ scope: 'slack' }, 'Slack Socket Mode connection lost, reconnecting');
    connected = false;
  });
  let server: { address(): AddressInfo | string | null } | null = null;

  const listenerDeps = { core: deps.core, floodGuard, logger, sender, kv, track: work.track.bind(work) };
  listenForSlashCommands(app, listenerDeps);
  listenForMentions(app, listenerDeps);
  listenForDirectMessages(app, listenerDeps);
  app.error(async (error) => logger.error({ err: errorCode(error) }, 'Slack event failed'));

  return {
    platform: 'slack',
    async start() {
      await rateLimiters.ready();
      // auth.test checks the bot token here; the app token is only used when Socket Mode connects below.
      await app.init().catch((error: unknown) => Promise.reject(explainStartFailure(error, config, 'auth')));
      try {
        const listen = config.appToken
          ? []
          : [{ port: config.port, ...(deps.listenHost ? { host: deps.listenHost } : {}) }];
        const started = (await app.start(...(listen as Parameters<App['start']>))) as unknown;
        server = config.appToken ? null : (started as typeof server);
      } catch (error) {
        throw explainStartFailure(error, config, 'connect');
      }
      ready = true;
      logger.info({ mode: config.appToken ? 'socket' : 'http', oauth: config.oauth !== null }, 'Slack adapter started');
    },
    async stop() {
      ready = false;
      await app.stop().catch((error: unknown) => logger.warn({ err: errorCode(error) }, 'Slack stop failed'));
      await work.drain();
      if (ownLimiters) await ownLimiters.close();
    },
    isReady: () => ready && connected,
    address() {
      const address = server?.address();
      return address && typeof address === 'object' ? address : null;
    },
    post(destination: Destination, reply: Reply, options: { idempotencyKey: string }) {
      const postDeps = { app, config, kv, logger, sender };
      return work.run(() => postToDestination(postDeps, destination, reply, options.idempotencyKey));
    },
  };
}
