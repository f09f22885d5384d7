import { UserFacingError } from '../../core/user-facing-error.ts';

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Register commands in this guild only (instant updates while developing); global when null. */
  guildId: string | null;
  /** REST base URL, e.g. a REST proxy; discord.js appends `/v10/...`. Null means Discord's own. */
  apiUrl: string | null;
  /**
   * Ask for the privileged Message Content intent. Not needed for mentions and DMs (Discord includes their text
   * anyway); when asked for but not enabled in the Developer Portal the bot says so and carries on without it.
   */
  messageContent: boolean;
  /** First response to a slash command is a deferral when the answer is not ready after this long (≤ 2500 ms). */
  deferAfterMs: number;
}

const SNOWFLAKE = /^\d{17,20}$/;
// Discord's deadline is 3 s; the deferral itself needs a round trip, so the wait before it is capped well below.
export const MAX_DEFER_AFTER_MS = 2500;
export const DEFAULT_DEFER_AFTER_MS = 2000;

function snowflake(env: Record<string, string | undefined>, name: string): string | null {
  const value = env[name]?.trim();
  if (!value) return null;
  if (!SNOWFLAKE.test(value)) throw new UserFacingError(`${name} must be a Discord id (17–20 digits), got “${value}”`);
  return value;
}

function apiUrl(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
  } catch {
    // fall through to the one-line error
  }
  throw new UserFacingError(`DISCORD_API_URL must be an http(s) URL such as https://discord.com/api, got “${value}”`);
}

function flag(raw: string | undefined, name: string): boolean {
  const value = (raw ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(value)) return false;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  throw new UserFacingError(`${name} must be true or false, got “${raw}”`);
}

function deferAfter(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_DEFER_AFTER_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > MAX_DEFER_AFTER_MS) {
    throw new UserFacingError(
      `DISCORD_DEFER_AFTER_MS must be a whole number from 0 to ${MAX_DEFER_AFTER_MS}, got “${raw}”`,
    );
  }
  return value;
}

/**
 * Discord settings from the environment, or null when `DISCORD_TOKEN` is not set (Discord not enabled).
 * Mistakes throw a UserFacingError naming the variable; the token never appears in a message.
 */
export function discordConfigFrom(env: Record<string, string | undefined>): DiscordConfig | null {
  const token = env.DISCORD_TOKEN?.trim();
  if (!token) return null;
  const applicationId = snowflake(env, 'DISCORD_APPLICATION_ID');
  if (!applicationId) {
    throw new UserFacingError(
      'DISCORD_APPLICATION_ID is required with DISCORD_TOKEN (Developer Portal → General Information → Application ID)',
    );
  }
  return {
    token: token.replace(/^Bot\s+/i, ''),
    applicationId,
    guildId: snowflake(env, 'DISCORD_GUILD_ID'),
    apiUrl: apiUrl(env.DISCORD_API_URL),
    messageContent: flag(env.DISCORD_MESSAGE_CONTENT, 'DISCORD_MESSAGE_CONTENT'),
    deferAfterMs: deferAfter(env.DISCORD_DEFER_AFTER_MS),
  };
}
