import { type Client, DiscordjsErrorCodes, Events } from 'discord.js';
import type { Logger } from '../../core/ports.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import { createDiscordClient } from './discord-client.ts';
import type { DiscordConfig } from './discord-config.ts';

const AUTHENTICATION_FAILED = 4004;
const DISALLOWED_INTENTS = 4014;

export const BAD_TOKEN_MESSAGE =
  'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token from Developer Portal → your app → Bot → Reset Token';
export const MESSAGE_CONTENT_REFUSED =
  'Discord refused the Message Content intent (gateway close 4014): enable it under Developer Portal → Bot → Privileged Gateway Intents, or unset DISCORD_MESSAGE_CONTENT. Carrying on with slash commands, mentions and DMs only.';

type LoginOutcome = 'ready' | 'disallowed-intents';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'ECONNRESET',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The one line for a login failure we can explain; other errors pass through unchanged. */
function loginFailure(error: unknown, config: DiscordConfig): unknown {
  if (isBadToken(error)) return new UserFacingError(BAD_TOKEN_MESSAGE);
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } })?.code ??
    (error as { cause?: { code?: unknown } })?.cause?.code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) {
    const where = config.apiUrl ?? 'https://discord.com/api';
    return new UserFacingError(
      `cannot reach Discord's API at ${where} (${code}): check DISCORD_API_URL and the network`,
    );
  }
  return error;
}

function isBadToken(error: unknown): boolean {
  const e = error as { code?: unknown; status?: unknown };
  return e?.code === DiscordjsErrorCodes.TokenInvalid || e?.status === 401;
}

/** Logs in and resolves when the client is ready, or reports a gateway close Discord will not recover from. */
async function loginOnce(client: Client, config: DiscordConfig): Promise<LoginOutcome> {
  return new Promise<LoginOutcome>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve('ready'));
    client.on(Events.ShardDisconnect, (event) => {
      if (event.code === DISALLOWED_INTENTS) resolve('disallowed-intents');
      else if (event.code === AUTHENTICATION_FAILED) reject(new UserFacingError(BAD_TOKEN_MESSAGE));
      else
        reject(new UserFacingError(`Discord closed the gateway connection (code ${event.code}) and it cannot resume`));
    });
    client.login(config.token).catch((error: unknown) => reject(loginFailure(error, config)));
  });
}

/**
 * Connects a ready client. When the Message Content intent is refused (4014) it says so in one line and connects
 * again without it; a wrong token is one UserFacingError line, never a stack trace with the token in it.
 * `setup` attaches event handlers to each client before it logs in.
 */
export async function connectDiscord(
  config: DiscordConfig,
  logger: Logger,
  setup: (client: Client) => void,
): Promise<Client> {
  let messageContent = config.messageContent;
  for (;;) {
    const client = createDiscordClient(config, messageContent);
    setup(client);
    let outcome: LoginOutcome;
    try {
      outcome = await loginOnce(client, config);
    } catch (error) {
      await client.destroy();
      throw error;
    }
    if (outcome === 'ready') return client;
    await client.destroy();
    if (!messageContent) throw new UserFacingError('Discord refused the gateway intents (close 4014)');
    logger.warn(MESSAGE_CONTENT_REFUSED);
    messageContent = false;
  }
}
