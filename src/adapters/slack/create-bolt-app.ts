import { App, type AppOptions, type CustomRoute, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../core/ports.ts';
import type { KvStore } from '../../core/store/kv-store.ts';
import { boltLogger } from './bolt-logger.ts';
import { kvInstallationStore } from './kv-installation-store.ts';
import { DEFAULT_SLACK_API_URL, SLACK_EVENTS_PATH, type SlackConfig } from './slack-config.ts';

/** Scopes the bot asks for when installed; kept in step with `slack/manifest.yml`. */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'app_mentions:read',
  'reactions:write',
  'im:history',
  'users:read',
  'channels:read',
  'groups:read',
];

export interface BoltAppDeps {
  kv: KvStore;
  logger: Logger;
  /** Extra HTTP routes on the same port (health checks). */
  customRoutes?: CustomRoute[];
}

/** Where the "Add to Slack" button sends people: Slack's authorize page, on the same host as the Web API. */
function authorizationUrl(apiUrl: string): string {
  return apiUrl === DEFAULT_SLACK_API_URL
    ? 'https://slack.com/oauth/v2/authorize'
    : new URL('/oauth/v2/authorize', apiUrl).href;
}

/** The Bolt app, and in Socket Mode the receiver whose WebSocket client reports connection changes. */
export interface BoltApp {
  app: App;
  socket: SocketModeReceiver | null;
}

/**
 * The Bolt app for a config: HTTP (Events API on `/slack/events`) or Socket Mode, one bot token or OAuth installs.
 * Bolt's WebClient does not retry by itself: 429s and 5xx surface to our limiter, which retries within the budget.
 */
export function createBoltApp(config: SlackConfig, deps: BoltAppDeps): BoltApp {
  const logger = boltLogger(deps.logger);
  const clientOptions = { slackApiUrl: config.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } };
  // The Socket Mode client and the OAuth installer make their own WebClients, which only see these options.
  const installerOptions = {
    clientOptions,
    authorizationUrl: authorizationUrl(config.apiUrl),
    // In Socket Mode, Bolt serves custom routes (health checks) and the OAuth pages from its own server on PORT.
    ...(config.appToken ? { port: config.port } : {}),
  };
  const oauth = config.oauth
    ? {
        clientId: config.oauth.clientId,
        clientSecret: config.oauth.clientSecret,
        stateSecret: config.oauth.stateSecret,
        scopes: BOT_SCOPES,
        installationStore: kvInstallationStore(deps.kv),
      }
    : {};
  const customRoutes = deps.customRoutes ?? [];
  const socket = config.appToken
    ? new SocketModeReceiver({ appToken: config.appToken, logger, installerOptions, customRoutes, ...oauth })
    : null;
  const options: AppOptions = {
    logger,
    clientOptions,
    deferInitialization: true,
    // Our own listeners ack (slash commands) and answer after; events are acked by Bolt before they run.
    processBeforeResponse: false,
    installerOptions,
    ...(config.signingSecret ? { signingSecret: config.signingSecret } : {}),
    ...(config.botToken ? { token: config.botToken } : {}),
    ...(socket
      ? { socketMode: true, appToken: config.appToken as string, receiver: socket }
      : { endpoints: SLACK_EVENTS_PATH, port: config.port, customRoutes, ...oauth }),
  };
  return { app: new App(options), socket };
}
