import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Invocation } from '../../src/core/model/invocation.ts';
import type { Reply } from '../../src/core/model/reply.ts';
import { type Harness, mentionEvent, slashFields, startHarness } from './slack-harness.ts';

const echoAnswer = async (inv: Invocation): Promise<Reply> => ({
  kind: 'answer',
  visibility: 'channel',
  title: `Answer to ${inv.args.question}`,
  fallbackText: `Answer to ${inv.args.question}`,
});

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('Slack over Socket Mode (real Bolt, fake Slack WebSocket)', () => {
  it('connects with the app token and acks a slash command envelope, then answers the channel', async () => {
    harness = await startHarness({ socketMode: true, handlers: { ask: echoAnswer } });
    const { fake } = harness;
    expect(fake.accepted('apps.connections.open')[0]?.token).toBe('xapp-test-token');
    const ack = await fake.pushEnvelope('slash_commands', slashFields(fake, 'what did Rubio say?'));
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: 'Working on it: “what did Rubio say?”…' });
    const answer = await fake.waitForResponse();
    expect(answer.body).toMatchObject({
      response_type: 'in_channel',
      text: expect.stringMatching(/^Answer to what did Rubio say\?/),
    });
  });

  it('answers an app_mention envelope in the thread', async () => {
    harness = await startHarness({ socketMode: true, handlers: { ask: echoAnswer } });
    const { fake } = harness;
    const ack = await fake.pushEnvelope(
      'events_api',
      mentionEvent('<@UBOT> what did Rubio say?', { ts: '1700000500.000100' }),
    );
    expect(ack.envelope_id).toBeDefined();
    const post = await fake.waitForCall('chat.postMessage');
    expect(post.params).toMatchObject({
      channel: 'C1',
      thread_ts: '1700000500.000100',
      text: expect.stringMatching(/^Answer to what did Rubio say\?/),
    });
  });
});

describe('Socket Mode with extra HTTP routes (health checks)', () => {
  it('serves them on PORT while events arrive over the WebSocket', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    harness = await startHarness({
      socketMode: true,
      config: { port },
      customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => res.end('ok') }],
    });
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await response.text()).toBe('ok');
  });
});

describe('Socket Mode connection drops', () => {
  it('reports not ready while the WebSocket is gone, reconnects by itself and answers again', async () => {
    harness = await startHarness({ socketMode: true, handlers: { ask: echoAnswer } });
    const { fake, adapter } = harness;
    expect(adapter.isReady()).toBe(true);
    fake.dropSocket();
    await expect.poll(() => adapter.isReady(), { timeout: 2000, interval: 10 }).toBe(false);
    await fake.waitForSocket(12_000);
    await expect.poll(() => adapter.isReady(), { timeout: 3000, interval: 20 }).toBe(true);
    const ack = await fake.pushEnvelope('slash_commands', slashFields(fake, 'what did Rubio say?'));
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    await fake.waitForResponse();
  }, 20_000);
});
