import { afterEach, describe, expect, it } from 'vitest';
import type { Invocation } from '../../src/core/model/invocation.ts';
import type { Reply } from '../../src/core/model/reply.ts';
import { sendEvent, sendSlashCommand } from '../fakes/slack/signed-request.ts';
import { type Harness, mentionEvent, SIGNING_SECRET, slashFields, startHarness } from './slack-harness.ts';

const secret = { secret: SIGNING_SECRET };
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An answer that names the conversation it was asked in, so thread follow-ups can be seen from Slack's side. */
const echoAnswer = async (inv: Invocation): Promise<Reply> => ({
  kind: 'answer',
  visibility: 'channel',
  title: `Answer to ${inv.args.question}`,
  lines: [`conversation ${inv.conversationKey}`],
  fallbackText: `Answer to ${inv.args.question}`,
});

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('Slack over HTTP (real Bolt, fake Slack)', () => {
  it('answers /news help privately through the response_url', async () => {
    harness = await startHarness();
    const { fake, eventsUrl } = harness;
    const fields = slashFields(fake, 'help');
    const ack = await sendSlashCommand(eventsUrl, fields, secret);
    expect(ack.status).toBe(200);
    const response = await fake.waitForResponse((post) => fields.response_url?.endsWith(post.id) ?? false);
    expect(response.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(response.body.blocks)).toContain('/news ask &lt;question&gt;');
  });

  it('acks a slow question within Slack’s 3 s with “working on it”, then posts the answer to the channel', async () => {
    harness = await startHarness({
      handlers: {
        ask: async (inv) => {
          await delay(3300);
          return echoAnswer(inv);
        },
      },
    });
    const { fake, eventsUrl } = harness;
    const ack = await sendSlashCommand(eventsUrl, slashFields(fake, 'what did Rubio say?'), secret);
    expect(ack.status).toBe(200);
    expect(ack.elapsedMs).toBeLessThan(3000);
    expect(JSON.parse(ack.body)).toMatchObject({
      response_type: 'ephemeral',
      text: 'Working on it: “what did Rubio say?”…',
    });
    const answer = await fake.waitForResponse(() => true, 8000);
    expect(answer.body.response_type).toBe('in_channel');
    expect(answer.body.text).toMatch(/^Answer to what did Rubio say\?/);
  });

  it('rejects a bad signature and a stale timestamp with 401, and runs nothing', async () => {
    harness = await startHarness({ handlers: { ask: echoAnswer } });
    const { fake, eventsUrl } = harness;
    const forged = await sendSlashCommand(eventsUrl, slashFields(fake, 'what did Rubio say?'), {
      ...secret,
      signature: 'v0=0000',
    });
    const stale = await sendSlashCommand(eventsUrl, slashFields(fake, 'what did Rubio say?'), {
      ...secret,
      timestamp: Math.floor(Date.now() / 1000) - 10 * 60,
    });
    expect([forged.status, stale.status]).toEqual([401, 401]);
    await delay(200);
    expect(fake.responses).toEqual([]);
  });

  it('answers a typo in the ack itself, with usage', async () => {
    harness = await startHarness();
    const ack = await sendSlashCommand(harness.eventsUrl, slashFields(harness.fake, 'digest sometimes'), secret);
    const body = JSON.parse(ack.body);
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('unknown digest command “sometimes”');
    expect(body.text).toContain('Usage: /news digest now|subscribe|unsubscribe|list');
  });

  it('answers an @-mention in its thread and keeps the thread as the conversation for follow-ups', async () => {
    harness = await startHarness({ handlers: { ask: echoAnswer } });
    const { fake, eventsUrl } = harness;
    const first = mentionEvent('<@UBOT> what did Rubio say?', { ts: '1700000100.000100' });
    expect((await sendEvent(eventsUrl, first, secret)).status).toBe(200);
    const working = await fake.waitForCall('reactions.add');
    expect(working.params).toMatchObject({ channel: 'C1', timestamp: '1700000100.000100', name: 'eyes' });
    const answer = await fake.waitForCall('chat.postMessage');
    expect(answer.params).toMatchObject({
      channel: 'C1',
      thread_ts: '1700000100.000100',
      text: expect.stringMatching(/^Answer to what did Rubio say\?/),
    });

    const followUp = mentionEvent('<@UBOT> and what did Sheinbaum say?', {
      ts: '1700000200.000100',
      thread_ts: '1700000100.000100',
    });
    await sendEvent(eventsUrl, followUp, secret);
    const second = await fake.waitForCall('chat.postMessage', (call) => String(call.params.text).includes('Sheinbaum'));
    expect(second.params.thread_ts).toBe('1700000100.000100');
    expect(JSON.stringify(second.params.blocks)).toContain('conversation slack:T1:C1:1700000100.000100');
  });

  it('answers direct messages without a mention', async () => {
    harness = await startHarness({ handlers: { ask: echoAnswer } });
    const { fake, eventsUrl } = harness;
    const dm = mentionEvent('what did Rubio say?', { ts: '1700000300.000100' });
    Object.assign(dm.event, { type: 'message', channel: 'D1', channel_type: 'im' });
    await sendEvent(eventsUrl, dm, secret);
    const answer = await fake.waitForCall('chat.postMessage');
    expect(answer.params).toMatchObject({
      channel: 'D1',
      text: expect.stringMatching(/^Answer to what did Rubio say\?/),
    });
    expect(answer.params.thread_ts).toBeUndefined();
  });

  it('never lets article text mention anyone when answering in a channel', async () => {
    const hostile = '<!channel> <!here> <@U123> <https://evil.example|https://bank.example>';
    harness = await startHarness({
      handlers: {
        ask: async () => ({
          kind: 'answer',
          visibility: 'channel',
          title: hostile,
          quotes: [{ text: hostile, kind: 'direct', speaker: hostile, role: hostile, sources: [], variants: [] }],
          fallbackText: hostile,
        }),
      },
    });
    await sendEvent(harness.eventsUrl, mentionEvent('<@UBOT> what did Rubio say?'), secret);
    const post = await harness.fake.waitForCall('chat.postMessage');
    const sent = `${post.params.text} ${JSON.stringify(post.params.blocks)}`;
    expect(sent).not.toMatch(/<[!@#]/);
    expect(sent).not.toContain('<https://evil');
    expect(sent).toContain('&lt;!channel&gt;');
  });

  it('answers a mention Slack delivers twice (a retry) only once', async () => {
    harness = await startHarness({ handlers: { ask: echoAnswer } });
    const { fake, eventsUrl } = harness;
    const event = mentionEvent('<@UBOT> what did Rubio say?');
    await sendEvent(eventsUrl, event, secret);
    await fake.waitForCall('chat.postMessage');
    await sendEvent(eventsUrl, event, secret);
    await delay(300);
    expect(fake.accepted('chat.postMessage')).toHaveLength(1);
  });

  it('finishes an answer already under way when stopped, and is not ready after', async () => {
    let started: () => void = () => {};
    const answering = new Promise<void>((resolve) => {
      started = resolve;
    });
    harness = await startHarness({
      handlers: {
        ask: async (inv) => {
          started();
          await delay(400);
          return echoAnswer(inv);
        },
      },
    });
    const { fake, eventsUrl, adapter } = harness;
    expect(adapter.isReady()).toBe(true);
    await sendEvent(eventsUrl, mentionEvent('<@UBOT> what did Rubio say?'), secret);
    await answering;
    await adapter.stop();
    expect(adapter.isReady()).toBe(false);
    expect(fake.accepted('chat.postMessage')).toHaveLength(1);
  });

  it('retries an answer the response_url refused with a 5xx, and delivers it once', async () => {
    harness = await startHarness({ handlers: { ask: echoAnswer } });
    const { fake, eventsUrl } = harness;
    const fields = slashFields(fake, 'what did Rubio say?');
    const id = fields.response_url?.split('/').at(-1) ?? '';
    fake.failNext(`response:${id}`, { status: 502 });
    await sendSlashCommand(eventsUrl, fields, secret);
    const answer = await fake.waitForResponse((post) => post.id === id);
    expect(answer.body.text).toMatch(/^Answer to what did Rubio say\?/);
    await delay(200);
    expect(fake.responses.filter((post) => post.id === id)).toHaveLength(1);
  });

  it('acknowledges an event at once even when the answer is slow', async () => {
    harness = await startHarness({
      handlers: {
        ask: async (inv) => {
          await delay(2500);
          return echoAnswer(inv);
        },
      },
    });
    const ack = await sendEvent(harness.eventsUrl, mentionEvent('<@UBOT> what did Rubio say?'), secret);
    expect(ack.status).toBe(200);
    expect(ack.elapsedMs).toBeLessThan(2000);
    expect(harness.fake.accepted('chat.postMessage')).toHaveLength(0);
    await harness.fake.waitForCall('chat.postMessage', () => true, 5000);
  });
});
