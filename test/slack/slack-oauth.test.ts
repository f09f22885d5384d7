import { afterEach, describe, expect, it } from 'vitest';
import type { Installation } from '../../src/adapters/slack/index.ts';
import type { Invocation } from '../../src/core/model/invocation.ts';
import type { Reply } from '../../src/core/model/reply.ts';
import { sendEvent } from '../fakes/slack/signed-request.ts';
import { type Harness, mentionEvent, SIGNING_SECRET, startHarness } from './slack-harness.ts';

const echoAnswer = async (inv: Invocation): Promise<Reply> => ({
  kind: 'answer',
  visibility: 'channel',
  title: `Answer to “${inv.args.question}”`,
  fallbackText: `Answer to ${inv.args.question}`,
});

const oauthConfig = {
  botToken: null,
  oauth: { clientId: 'client-1', clientSecret: 'client-secret', stateSecret: 'state-secret' },
};

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** Walks Bolt's install flow as a browser would: the install page, then Slack's redirect back with a code. */
async function install(base: string, code: string): Promise<Response> {
  const page = await fetch(`${base}/slack/install`);
  const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
  const state = /state=([^"&]+)/.exec(await page.text())?.[1];
  expect(state).toBeDefined();
  return fetch(`${base}/slack/oauth_redirect?code=${code}&state=${state}`, { headers: { cookie } });
}

describe('Slack OAuth installs across workspaces', () => {
  it('stores the installation in the KvStore and answers that workspace with its own token', async () => {
    harness = await startHarness({
      config: oauthConfig,
      handlers: { ask: echoAnswer },
      prepareFake: (fake) => fake.validTokens.add('xoxb-installed-T1'),
    });
    const { fake, kv, eventsUrl, adapter } = harness;
    const base = eventsUrl.replace('/slack/events', '');
    const done = await install(base, 'good-code');
    expect(done.status).toBe(200);
    const stored = await kv.get<Installation>('slack:install:T:T1');
    expect(stored?.bot?.token).toBe('xoxb-installed-T1');

    await sendEvent(eventsUrl, mentionEvent('<@UBOT> what did Rubio say?'), { secret: SIGNING_SECRET });
    const answer = await fake.waitForCall('chat.postMessage');
    expect(answer.token).toBe('xoxb-installed-T1');

    await adapter.post('slack:T1:C7', echoReply('digest'), { idempotencyKey: 'oauth-digest' });
    expect(fake.accepted('chat.postMessage').at(-1)).toMatchObject({
      token: 'xoxb-installed-T1',
      params: { channel: 'C7' },
    });
  });

  it('refuses a bad code, stores nothing, and says which workspace is missing when posting there', async () => {
    harness = await startHarness({ config: oauthConfig });
    const base = harness.eventsUrl.replace('/slack/events', '');
    const failed = await install(base, 'bad-code');
    expect(failed.status).toBeGreaterThanOrEqual(400);
    expect(await harness.kv.get('slack:install:T:T1')).toBeUndefined();
    await expect(harness.adapter.post('slack:T1:C1', echoReply('x'), { idempotencyKey: 'k' })).rejects.toThrow(
      'newsbot is not installed in Slack workspace T1',
    );
  });
});

function echoReply(title: string): Reply {
  return { kind: 'digest', visibility: 'channel', title, fallbackText: title };
}
