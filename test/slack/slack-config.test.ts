import { describe, expect, it } from 'vitest';
import { slackConfigFrom } from '../../src/adapters/slack/slack-config.ts';
import { UserFacingError } from '../../src/core/user-facing-error.ts';

const base = { SLACK_BOT_TOKEN: 'xoxb-1-2-secret', SLACK_SIGNING_SECRET: 'shh' };

function errorLine(env: Record<string, string | undefined>): string {
  try {
    slackConfigFrom(env);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return (error as Error).message;
  }
  throw new Error('expected slackConfigFrom to refuse this environment');
}

describe('slackConfigFrom', () => {
  it('is null when no Slack variable is set, so Slack is simply not started', () => {
    expect(slackConfigFrom({ PORT: '8080', SLACK_API_URL: '' })).toBeNull();
  });

  it('reads a single-workspace HTTP setup with defaults', () => {
    expect(slackConfigFrom(base)).toEqual({
      botToken: 'xoxb-1-2-secret',
      signingSecret: 'shh',
      appToken: null,
      oauth: null,
      apiUrl: 'https://slack.com/api/',
      port: 3000,
    });
  });

  it('accepts Socket Mode without a signing secret and normalises the API URL', () => {
    const config = slackConfigFrom({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
    });
    expect(config?.appToken).toBe('xapp-1');
    expect(config?.apiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it('reads OAuth installs', () => {
    const config = slackConfigFrom({
      SLACK_SIGNING_SECRET: 's',
      SLACK_CLIENT_ID: 'id',
      SLACK_CLIENT_SECRET: 'cs',
      SLACK_STATE_SECRET: 'st',
      PORT: '0',
    });
    expect(config?.oauth).toEqual({ clientId: 'id', clientSecret: 'cs', stateSecret: 'st' });
    expect(config?.botToken).toBeNull();
    expect(config?.port).toBe(0);
  });

  it.each([
    [{ SLACK_SIGNING_SECRET: 's' }, /^SLACK_BOT_TOKEN is not set/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /^SLACK_SIGNING_SECRET is not set/],
    [{ ...base, SLACK_BOT_TOKEN: 'xoxp-user-token' }, /^SLACK_BOT_TOKEN must start with “xoxb-”/],
    [{ ...base, SLACK_APP_TOKEN: 'xoxb-wrong' }, /^SLACK_APP_TOKEN must start with “xapp-”/],
    [{ ...base, SLACK_API_URL: 'slack.com/api' }, /^SLACK_API_URL must be an http\(s\) URL/],
    [{ ...base, SLACK_API_URL: 'ftp://slack.com/api' }, /^SLACK_API_URL must be an http\(s\) URL/],
    [{ ...base, PORT: 'eighty' }, /^PORT must be a whole number/],
    [
      { SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: 'id' },
      /^SLACK_CLIENT_SECRET and SLACK_STATE_SECRET must be set too/,
    ],
    [{ SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 's' }, /^SLACK_CLIENT_ID must be set too/],
    [
      { ...base, SLACK_CLIENT_ID: 'id', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 's' },
      /^SLACK_BOT_TOKEN must be empty when SLACK_CLIENT_ID is set/,
    ],
  ])('refuses %j with one line naming the variable', (env, expected) => {
    const line = errorLine(env);
    expect(line).toMatch(expected);
    expect(line).not.toContain('\n');
  });

  it('never echoes a secret in its error line', () => {
    const line = errorLine({ SLACK_BOT_TOKEN: 'xoxp-very-secret-value', SLACK_SIGNING_SECRET: 'also-secret' });
    expect(line).not.toContain('very-secret');
    expect(line).not.toContain('also-secret');
  });
});
