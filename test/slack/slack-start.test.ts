import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack/create-slack-adapter.ts';
import type { SlackConfig } from '../../src/adapters/slack/slack-config.ts';
import { silentLogger } from '../../src/core/ports.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { UserFacingError } from '../../src/core/user-facing-error.ts';
import { FakeSlack } from '../fakes/slack/fake-slack.ts';
import { NewsbotWithHandlers, SIGNING_SECRET } from './slack-harness.ts';

async function startError(config: Partial<SlackConfig>, fake?: FakeSlack): Promise<string> {
  const kv = await openStore('memory://');
  const adapter = createSlackAdapter({
    config: {
      botToken: 'xoxb-test-token',
      signingSecret: SIGNING_SECRET,
      appToken: null,
      oauth: null,
      apiUrl: fake?.apiUrl ?? 'http://127.0.0.1:9/api/',
      port: 0,
      ...config,
    },
    core: new NewsbotWithHandlers(kv, {}),
    kv,
    logger: silentLogger,
    listenHost: '127.0.0.1',
  });
  try {
    await adapter.start();
    throw new Error('expected start() to fail');
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    expect(adapter.isReady()).toBe(false);
    return (error as Error).message;
  } finally {
    await adapter.stop();
    await kv.close();
  }
}

describe('starting the Slack adapter with bad settings', () => {
  it('names SLACK_BOT_TOKEN when auth.test rejects it, without echoing the token', async () => {
    const fake = await new FakeSlack().start();
    try {
      const line = await startError({ botToken: 'xoxb-revoked-secret' }, fake);
      expect(line).toBe(
        "SLACK_BOT_TOKEN was rejected by Slack (invalid_auth): check the token in your Slack app's settings",
      );
      expect(fake.calls.map((call) => call.method)).toEqual(['auth.test']);
    } finally {
      await fake.stop();
    }
  });

  it('names SLACK_APP_TOKEN when Socket Mode cannot open a connection with it', async () => {
    const fake = await new FakeSlack().start();
    try {
      const line = await startError({ appToken: 'xapp-revoked' }, fake);
      expect(line).toMatch(/^SLACK_APP_TOKEN was rejected by Slack \(invalid_auth\)/);
    } finally {
      await fake.stop();
    }
  });

  it('names SLACK_API_URL when nothing answers there', async () => {
    const closed = await new FakeSlack().start();
    const apiUrl = closed.apiUrl;
    await closed.stop();
    const line = await startError({ apiUrl });
    expect(line).toBe(`cannot reach Slack's Web API at ${apiUrl} (ECONNREFUSED): check SLACK_API_URL and the network`);
  });

  it('names PORT when another program already listens there', async () => {
    const fake = await new FakeSlack().start();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      expect(await startError({ port }, fake)).toBe(`PORT ${port} is already in use: choose another PORT`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
      await fake.stop();
    }
  });
});
