import type { AddressInfo } from 'node:net';
import type { App, CustomRoute, webApi } from '@slack/bolt';
import type { Destination } from '../../core/model/invocation.ts';
import type { Reply } from '../../core/model/reply.ts';
import type { Newsbot } from '../../core/newsbot.ts';
import { type Clock, type Logger, systemClock } from '../../core/ports.ts';
import type { KvStore } from '../../core/store/kv-store.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import type { ChatAdapter } from '../shared/chat-adapter.ts';
import { createPostLimiter } from '../shared/post-limiter.ts';
import { createRateLimiterFactory, type LimitSettings, type RateLimiterFactory } from '../shared/rate-limiter.ts';
import type { RetryPolicy } from '../shared/retry-policy.ts';
import { type FloodLimit, UserFloodGuard } from '../shared/user-flood-guard.ts';
import { createBoltApp } from './create-bolt-app.ts';
import { listenForDirectMessages } from './direct-message-listener.ts';
import { kvInstallationStore } from './kv-installation-store.ts';
import { listenForMentions } from './mention-listener.ts';
import { postOnce } from './post-once.ts';
import { renderSlackMessages } from './render-slack-messages.ts';
import { errorCode } from './slack-command.ts';
import type { SlackConfig } from './slack-config.ts';
import { parseSlackDestination } from './slack-destination.ts';
import { SlackSender } from './slack-sender.ts';
import { explainStartFailure } from './slack-start-errors.ts';
import { listenForSlashCommands } from './slash-command-listener.ts';

/** Slack's pace for chat.postMessage (about one per second per channel) and a workspace-wide budget. */
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
  /** Extra HTTP routes on the Slack port (health checks); HTTP mode only. */
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
    createPostLimiter(rateLimiters, {
      name: 'slack',
      perDestination: deps.limits?.perChannel ?? SLACK_POST_LIMITS.perChannel,
      global: deps.limits?.workspace ?? SLACK_POST_LIMITS.workspace,
      ...(deps.limits?.retry ? { retry: deps.limits.retry } : {}),
      logger,
    }),
  );
  const floodGuard = new UserFloodGuard(deps.clock ?? systemClock, deps.limits?.perUser);
  const app: App = createBoltApp(config, {
    kv,
    logger,
    ...(deps.customRoutes ? { customRoutes: deps.customRoutes } : {}),
  });
  const inFlight = new Set<Promise<void>>();
  let ready = false;
  let server: { address(): AddressInfo | string | null } | null = null;

  const track = (what: string, work: () => Promise<void>) => {
    const job = work()
      .catch((error: unknown) => logger.error({ err: errorCode(error), what }, 'Slack answer failed'))
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
  };
  const listenerDeps = { core: deps.core, floodGuard, logger, sender, track };
  listenForSlashCommands(app, listenerDeps);
  listenForMentions(app, listenerDeps);
  listenForDirectMessages(app, listenerDeps);
  app.error(async (error) => logger.error({ err: errorCode(error) }, 'Slack event failed'));

  /** The bot token for a workspace: the single configured one, or the one stored when the workspace installed us. */
  async function botTokenFor(teamId: string): Promise<string> {
    if (config.botToken) return config.botToken;
    const installation = await kvInstallationStore(kv)
      .fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false })
      .catch(() => null);
    const token = installation?.bot?.token;
    if (!token) throw new UserFacingError(`newsbot is not installed in Slack workspace ${teamId}`);
    return token;
  }

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
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      if (ownLimiters) await ownLimiters.close();
    },
    isReady: () => ready,
    address() {
      const address = server?.address();
      return address && typeof address === 'object' ? address : null;
    },
    async post(destination: Destination, reply: Reply, options: { idempotencyKey: string }) {
      const address = parseSlackDestination(destination);
      if (!address) throw new UserFacingError(`not a Slack destination: ${destination}`);
      const token = await botTokenFor(address.teamId);
      const client: webApi.WebClient = app.client;
      const messages = renderSlackMessages(reply);
      for (const [i, message] of messages.entries()) {
        const key = `slack:post:${options.idempotencyKey}:${i}`;
        const posted = await postOnce(kv, key, () => sender.postMessage(client, address, message, token)).catch(
          (error: unknown) => {
            throw new UserFacingError(`Slack refused the post to ${destination}: ${errorCode(error)}`);
          },
        );
        if (!posted) logger.info({ destination, part: i }, 'Slack post skipped: already posted');
      }
    },
  };
}
