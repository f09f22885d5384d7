import { afterEach, describe, expect, it } from 'vitest';
import { discordDestination } from '../../src/adapters/discord/destination.ts';
import { helpReply } from '../../src/core/commands/help.ts';
import { type Harness, startHarness } from './harness.ts';
import { hostileQuoteReply, sixtyQuoteReply } from './reply-fixtures.ts';

const channelPosts = (h: Harness) =>
  h.fake.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));

describe('GIVEN newsbot posting digests and alerts to a Discord channel', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('THEN a 429 is waited out and the message is posted exactly once', async () => {
    h = await startHarness();
    h.fake.failNext({
      method: 'POST',
      path: /^\/channels\/\d+\/messages$/,
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
      headers: { 'retry-after': '1' },
    });
    const destination = discordDestination(h.fake.guildId, h.fake.channelId);
    await h.adapter.post(destination, helpReply(), { idempotencyKey: 'digest:sub1:2026-11-21' });
    const attempts = channelPosts(h);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(h.fake.channelMessages.get(h.fake.channelId)).toHaveLength(1);
  });

  it('THEN a 500 after Discord already posted is retried without a duplicate (enforced nonce)', async () => {
    h = await startHarness();
    h.fake.failNext({
      method: 'POST',
      path: /^\/channels\/\d+\/messages$/,
      status: 500,
      body: { message: '500: Internal Server Error', code: 0 },
      processFirst: true,
    });
    const destination = discordDestination(h.fake.guildId, h.fake.channelId);
    await h.adapter.post(destination, helpReply(), { idempotencyKey: 'alert:rubio:1' });
    expect(channelPosts(h).map((r) => r.status)).toEqual([500, 200]);
    expect(channelPosts(h).every((r) => r.body.enforce_nonce === true && r.body.nonce.length <= 25)).toBe(true);
    expect(h.fake.channelMessages.get(h.fake.channelId)).toHaveLength(1);
  });

  it('THEN posting the same key again (a retry after a crash) posts nothing new', async () => {
    h = await startHarness();
    const destination = discordDestination(h.fake.guildId, h.fake.channelId);
    await h.adapter.post(destination, helpReply(), { idempotencyKey: 'digest:sub1:2026-11-22' });
    await h.adapter.post(destination, helpReply(), { idempotencyKey: 'digest:sub1:2026-11-22' });
    expect(channelPosts(h)).toHaveLength(1);
  });

  it('THEN a 60-quote answer arrives complete, in order, and every message is within Discord limits', async () => {
    h = await startHarness();
    const reply = sixtyQuoteReply();
    await h.adapter.post(discordDestination(h.fake.guildId, h.fake.channelId), reply, { idempotencyKey: 'answer:60' });
    const posts = channelPosts(h);
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.every((r) => r.status === 200)).toBe(true);
    const text = JSON.stringify(posts.map((r) => r.body.embeds));
    const order = reply.quotes?.map((q) => text.indexOf(`"${q.speaker}`)) ?? [];
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toContain('Answer shortened');
    expect(text).toContain('Showing all 60 quotes.');
  });

  it('THEN @everyone, user and role mentions in article text ping nobody and links cannot be disguised', async () => {
    h = await startHarness();
    await h.adapter.post(discordDestination(h.fake.guildId, h.fake.channelId), hostileQuoteReply(), {
      idempotencyKey: 'answer:hostile',
    });
    const [post] = channelPosts(h);
    expect(post?.status).toBe(200);
    expect(post?.body.allowed_mentions).toEqual({ parse: [] });
    expect(h.fake.pings).toEqual([]);
    const field = post?.body.embeds[0].fields[0];
    expect(field.value).toContain('\\[the official statement\\](https://evil.example/phish)');
    expect(field.value).toContain('\\*\\*now\\*\\*');
    expect(field.value).not.toContain('[Evil](https://evil.example)');
  });

  it('THEN a DM destination (discord:@me:C) is posted to that DM channel', async () => {
    h = await startHarness();
    await h.adapter.post('discord:@me:600000000000000007', helpReply(), { idempotencyKey: 'alert:dm' });
    expect(h.fake.channelMessages.get('600000000000000007')).toHaveLength(1);
  });

  it('THEN a channel the bot cannot see is refused in one line naming the destination', async () => {
    h = await startHarness();
    const destination = discordDestination(h.fake.guildId, '399999999999999999');
    await expect(h.adapter.post(destination, helpReply(), { idempotencyKey: 'gone' })).rejects.toThrow(
      `Discord refused the post to ${destination}: Unknown Channel (code 10003, HTTP 404)`,
    );
  });

  it('THEN a destination that is not Discord is refused in one line', async () => {
    h = await startHarness();
    await expect(h.adapter.post('slack:T1:C1', helpReply(), { idempotencyKey: 'x' })).rejects.toThrow(
      'not a Discord destination: slack:T1:C1',
    );
    expect(channelPosts(h)).toHaveLength(0);
  });
});
