import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/model/reply.ts';
import { manyQuotesReply } from './reply-fixtures.ts';
import { type Harness, startHarness, TEST_LIMITS } from './slack-harness.ts';
import { expectWithinSlackLimits } from './slack-message-checks.ts';

const digest = (title: string): Reply => ({
  kind: 'digest',
  visibility: 'channel',
  title,
  lines: ['Top stories since yesterday'],
  fallbackText: title,
});

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('Slack post() for digests and alerts', () => {
  it('posts to a stored slack:T:C destination with the bot token', async () => {
    harness = await startHarness();
    await harness.adapter.post('slack:T1:C42', digest('Morning digest'), { idempotencyKey: 'digest:1:2026-11-21' });
    const [post] = harness.fake.accepted('chat.postMessage');
    expect(post?.params).toMatchObject({
      channel: 'C42',
      text: 'Morning digest',
      unfurl_links: 'false',
    });
    expect(post?.token).toBe('xoxb-test-token');
  });

  it('honours Retry-After on 429 and posts exactly once', async () => {
    harness = await startHarness();
    harness.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    await harness.adapter.post('slack:T1:C1', digest('Morning digest'), { idempotencyKey: 'k-429' });
    const calls = harness.fake.calls.filter((call) => call.method === 'chat.postMessage');
    expect(calls.map((call) => call.params.__status)).toEqual(['failed 429', 'ok']);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(harness.fake.accepted('chat.postMessage')).toHaveLength(1);
  });

  it('retries 5xx with backoff and never posts the same idempotency key twice', async () => {
    harness = await startHarness();
    harness.fake.failNext('chat.postMessage', { status: 500 }, { status: 503 });
    await harness.adapter.post('slack:T1:C1', digest('Morning digest'), { idempotencyKey: 'k-5xx' });
    // A retry of the whole post (e.g. after a crash report) must not post again.
    await harness.adapter.post('slack:T1:C1', digest('Morning digest'), { idempotencyKey: 'k-5xx' });
    const statuses = harness.fake.calls
      .filter((call) => call.method === 'chat.postMessage')
      .map((call) => call.params.__status);
    expect(statuses).toEqual(['failed 500', 'failed 503', 'ok']);
  });

  it('a 5xx after Slack stored the message is not posted twice: the retry finds it by its key', async () => {
    harness = await startHarness();
    harness.fake.failNext('chat.postMessage', { status: 503, afterStoring: true });
    await harness.adapter.post('slack:T1:C7', digest('Morning digest'), { idempotencyKey: 'k-stored' });
    expect(harness.fake.posted.filter((m) => m.channel === 'C7').map((m) => m.text)).toEqual(['Morning digest']);
    // The retry asked history instead of posting again.
    expect(harness.fake.calls.map((call) => call.method)).toContain('conversations.history');
    // A later retry of the whole digest (restart, second instance) still does not post it again.
    await harness.adapter.post('slack:T1:C7', digest('Morning digest'), { idempotencyKey: 'k-stored' });
    expect(harness.fake.posted.filter((m) => m.channel === 'C7')).toHaveLength(1);
  });

  it('a 5xx before Slack stored it is posted on retry, and posts of other keys do not count as it', async () => {
    harness = await startHarness();
    await harness.adapter.post('slack:T1:C8', digest('Yesterday'), { idempotencyKey: 'k-other' });
    harness.fake.failNext('chat.postMessage', { status: 500 });
    await harness.adapter.post('slack:T1:C8', digest('Today'), { idempotencyKey: 'k-today' });
    expect(harness.fake.posted.filter((m) => m.channel === 'C8').map((m) => m.text)).toEqual(['Yesterday', 'Today']);
  });

  it('without history scope a stored-then-5xx post is posted again (the documented limit), and the post succeeds', async () => {
    harness = await startHarness();
    harness.fake.historyScope = false;
    harness.fake.failNext('chat.postMessage', { status: 502, afterStoring: true });
    await harness.adapter.post('slack:T1:C9', digest('Morning digest'), { idempotencyKey: 'k-noscope' });
    expect(harness.fake.posted.filter((m) => m.channel === 'C9')).toHaveLength(2);
  });

  it('gives up on a permanent Slack error with one clear error, and a later retry can still post', async () => {
    harness = await startHarness();
    harness.fake.failNext('chat.postMessage', { status: 200, error: 'not_in_channel' });
    await expect(harness.adapter.post('slack:T1:C1', digest('d'), { idempotencyKey: 'k-perm' })).rejects.toThrow(
      'Slack refused the post to slack:T1:C1: not_in_channel',
    );
    expect(harness.fake.calls.filter((call) => call.method === 'chat.postMessage')).toHaveLength(1);
    await harness.adapter.post('slack:T1:C1', digest('d'), { idempotencyKey: 'k-perm' });
    expect(harness.fake.accepted('chat.postMessage')).toHaveLength(1);
  });

  it('refuses a destination that is not Slack’s, naming it', async () => {
    harness = await startHarness();
    await expect(harness.adapter.post('discord:G1:C1', digest('d'), { idempotencyKey: 'x' })).rejects.toThrow(
      'not a Slack destination: discord:G1:C1',
    );
  });

  it('delivers a 60-quote answer as messages Slack accepts, each within every limit', async () => {
    harness = await startHarness();
    await harness.adapter.post('slack:T1:C1', manyQuotesReply(60), { idempotencyKey: 'k-60' });
    const calls = harness.fake.calls.filter((call) => call.method === 'chat.postMessage');
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every((call) => call.params.__status === 'ok')).toBe(true);
    for (const call of calls) {
      expectWithinSlackLimits({ text: String(call.params.text), blocks: call.params.blocks as object[] });
    }
    const last = JSON.stringify(calls.at(-1)?.params.blocks);
    expect(last).toMatch(/…and \d+ more quotes not shown/);
  });

  it('spaces posts to one channel by the per-channel pace, other channels are not held up', async () => {
    harness = await startHarness({ limits: { ...TEST_LIMITS, perChannel: { maxConcurrent: 1, minTime: 400 } } });
    const { adapter, fake } = harness;
    await Promise.all([
      adapter.post('slack:T1:C1', digest('one'), { idempotencyKey: 'p1' }),
      adapter.post('slack:T1:C1', digest('two'), { idempotencyKey: 'p2' }),
      adapter.post('slack:T1:C2', digest('other channel'), { idempotencyKey: 'p3' }),
    ]);
    const at = (channel: string) =>
      fake
        .accepted('chat.postMessage')
        .filter((c) => c.params.channel === channel)
        .map((c) => c.at);
    const [first, second] = at('C1');
    // Unpaced, the two would arrive within milliseconds; network jitter on a busy machine is allowed for.
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(300);
    // The other channel does not wait behind C1's pace.
    expect(at('C2')[0] ?? Number.POSITIVE_INFINITY).toBeLessThan(second ?? 0);
  });
});
