import { describe, expect, it } from 'vitest';
import { discordConfigFrom } from '../../src/adapters/discord/discord-config.ts';
import { UserFacingError } from '../../src/core/user-facing-error.ts';

const base = { DISCORD_TOKEN: 'secret-token-value', DISCORD_APPLICATION_ID: '100000000000000002' };

function failure(env: Record<string, string | undefined>): string {
  try {
    discordConfigFrom(env);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).not.toContain('secret-token-value');
    return message;
  }
  throw new Error('expected a configuration error');
}

describe('discordConfigFrom', () => {
  it('is null when DISCORD_TOKEN is not set (Discord not enabled)', () => {
    expect(discordConfigFrom({})).toBeNull();
    expect(discordConfigFrom({ DISCORD_TOKEN: '  ' })).toBeNull();
  });

  it('reads the defaults: global commands, Discord’s API, no privileged intent, defer after 2 s', () => {
    expect(discordConfigFrom(base)).toEqual({
      token: 'secret-token-value',
      applicationId: '100000000000000002',
      guildId: null,
      apiUrl: null,
      messageContent: false,
      deferAfterMs: 2000,
    });
  });

  it('reads every optional variable and strips a pasted "Bot " prefix from the token', () => {
    const config = discordConfigFrom({
      ...base,
      DISCORD_TOKEN: 'Bot secret-token-value',
      DISCORD_GUILD_ID: '200000000000000001',
      DISCORD_API_URL: 'http://proxy.internal:8080/api/',
      DISCORD_MESSAGE_CONTENT: 'true',
      DISCORD_DEFER_AFTER_MS: '0',
    });
    expect(config).toMatchObject({
      token: 'secret-token-value',
      guildId: '200000000000000001',
      apiUrl: 'http://proxy.internal:8080/api',
      messageContent: true,
      deferAfterMs: 0,
    });
  });

  it('names a missing application id in one line', () => {
    expect(failure({ DISCORD_TOKEN: 'secret-token-value' })).toContain('DISCORD_APPLICATION_ID is required');
  });

  it('refuses ids that are not Discord ids', () => {
    expect(failure({ ...base, DISCORD_APPLICATION_ID: 'my-app' })).toContain(
      'DISCORD_APPLICATION_ID must be a Discord id',
    );
    expect(failure({ ...base, DISCORD_GUILD_ID: '12' })).toContain('DISCORD_GUILD_ID must be a Discord id');
  });

  it('refuses an API URL that is not http(s)', () => {
    expect(failure({ ...base, DISCORD_API_URL: 'discord.com/api' })).toContain(
      'DISCORD_API_URL must be an http(s) URL',
    );
    expect(failure({ ...base, DISCORD_API_URL: 'ftp://x' })).toContain('DISCORD_API_URL must be an http(s) URL');
  });

  it('refuses a deferral wait that could miss Discord’s 3 s deadline', () => {
    expect(failure({ ...base, DISCORD_DEFER_AFTER_MS: '3000' })).toContain('from 0 to 2500');
    expect(failure({ ...base, DISCORD_DEFER_AFTER_MS: 'soon' })).toContain('DISCORD_DEFER_AFTER_MS');
  });

  it('refuses a flag that is not true/false', () => {
    expect(failure({ ...base, DISCORD_MESSAGE_CONTENT: 'maybe' })).toContain(
      'DISCORD_MESSAGE_CONTENT must be true or false',
    );
  });
});
