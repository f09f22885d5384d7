import { UserFacingError } from '../../core/user-facing-error.ts';

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';
export const SLACK_EVENTS_PATH = '/slack/events';

/** Bolt's OAuth flow for multi-workspace installs; the installation store lives in the KvStore. */
export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
}

/** Everything the Slack adapter needs, read once from the environment by `slackConfigFrom`. */
export interface SlackConfig {
  /** Single-workspace bot token (`xoxb-…`); null when the OAuth flow provides one token per workspace. */
  botToken: string | null;
  /** Verifies HTTP requests; not needed in Socket Mode. */
  signingSecret: string | null;
  /** App-level token (`xapp-…`): Socket Mode instead of the HTTP Events API. */
  appToken: string | null;
  oauth: SlackOAuthConfig | null;
  /** Web API base URL ending in `/` (GovSlack, a proxy or a test server). */
  apiUrl: string;
  /** HTTP port for the Events API, slash commands and the OAuth pages. */
  port: number;
}

type Env = Record<string, string | undefined>;

const read = (env: Env, name: string): string | null => {
  const value = env[name]?.trim();
  return value ? value : null;
};

function requirePrefix(name: string, value: string | null, prefix: string): void {
  if (value !== null && !value.startsWith(prefix)) {
    throw new UserFacingError(`${name} must start with “${prefix}” (copy it from your Slack app's settings)`);
  }
}

function apiUrlFrom(env: Env): string {
  const raw = read(env, 'SLACK_API_URL');
  if (raw === null) return DEFAULT_SLACK_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserFacingError(`SLACK_API_URL must be an http(s) URL such as ${DEFAULT_SLACK_API_URL}, got “${raw}”`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UserFacingError(`SLACK_API_URL must be an http(s) URL such as ${DEFAULT_SLACK_API_URL}, got “${raw}”`);
  }
  // WebClient appends the method name to this base, so it must end with a slash.
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function portFrom(env: Env): number {
  const raw = read(env, 'PORT');
  if (raw === null) return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserFacingError(`PORT must be a whole number from 0 to 65535, got “${raw}”`);
  }
  return port;
}

function oauthFrom(env: Env): SlackOAuthConfig | null {
  const names = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
  const values = names.map((name) => read(env, name));
  if (values.every((value) => value === null)) return null;
  const missing = names.filter((_, i) => values[i] === null);
  if (missing.length > 0) {
    throw new UserFacingError(
      `${missing.join(' and ')} must be set too: OAuth installs need all of ${names.join(', ')}`,
    );
  }
  const [clientId, clientSecret, stateSecret] = values as string[];
  return { clientId: clientId as string, clientSecret: clientSecret as string, stateSecret: stateSecret as string };
}

/**
 * Reads the Slack settings. Null when no Slack variable is set (Slack is simply not used); otherwise a complete config
 * or a `UserFacingError` whose one line names the variable that is missing or wrong. Never echoes a secret.
 */
export function slackConfigFrom(env: Env): SlackConfig | null {
  const slackNames = [
    'SLACK_BOT_TOKEN',
    'SLACK_APP_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_CLIENT_ID',
    'SLACK_CLIENT_SECRET',
    'SLACK_STATE_SECRET',
  ];
  if (slackNames.every((name) => read(env, name) === null)) return null;

  const botToken = read(env, 'SLACK_BOT_TOKEN');
  const appToken = read(env, 'SLACK_APP_TOKEN');
  const signingSecret = read(env, 'SLACK_SIGNING_SECRET');
  const oauth = oauthFrom(env);
  requirePrefix('SLACK_BOT_TOKEN', botToken, 'xoxb-');
  requirePrefix('SLACK_APP_TOKEN', appToken, 'xapp-');

  if (botToken !== null && oauth !== null) {
    throw new UserFacingError(
      'SLACK_BOT_TOKEN must be empty when SLACK_CLIENT_ID is set: OAuth installs bring one token per workspace',
    );
  }
  if (botToken === null && oauth === null) {
    throw new UserFacingError(
      'SLACK_BOT_TOKEN is not set: give the bot token (xoxb-…), or SLACK_CLIENT_ID/SECRET/STATE_SECRET for OAuth installs',
    );
  }
  if (signingSecret === null && appToken === null) {
    throw new UserFacingError(
      'SLACK_SIGNING_SECRET is not set: HTTP mode needs it (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  return { botToken, signingSecret, appToken, oauth, apiUrl: apiUrlFrom(env), port: portFrom(env) };
}
