import { afterEach, describe, expect, it } from 'vitest';
import { botRoleId, type FakeGuild } from '../fakes/discord/payloads.ts';
import { type Harness, startHarness } from './harness.ts';

const replies = (h: Harness, channelId: string) => h.fake.channelMessages.get(channelId) ?? [];

describe('GIVEN a user writing to newsbot in a channel or a DM', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('THEN "@newsbot help" in a channel is answered as a reply to that message', async () => {
    h = await startHarness();
    const messageId = h.fake.sendMessage({ content: `<@${h.fake.bot.id}> help` });
    const [reply] = await h.fake.waitFor(() => replies(h, h.fake.channelId).length > 0 && replies(h, h.fake.channelId));
    expect(reply.message_reference.message_id).toBe(messageId);
    expect(JSON.stringify(reply.embeds)).toContain('/news ask');
    expect(reply.allowed_mentions.parse).toEqual([]);
  });

  it('THEN mentioning the bot’s own role (what "@newsbot" often picks) also asks newsbot', async () => {
    h = await startHarness();
    const roleId = botRoleId(h.fake.guilds[0] as FakeGuild);
    const messageId = h.fake.sendMessage({ content: `<@&${roleId}> help` });
    const [reply] = await h.fake.waitFor(() => replies(h, h.fake.channelId).length > 0 && replies(h, h.fake.channelId));
    expect(reply.message_reference.message_id).toBe(messageId);
    expect(JSON.stringify(reply.embeds)).toContain('/news ask');
  });

  it('THEN a message that does not mention the bot is ignored', async () => {
    h = await startHarness();
    h.fake.sendMessage({ content: 'what did Rubio say?' });
    h.fake.sendMessage({ content: '<@&200000000000000005> what did Rubio say?' });
    h.fake.sendMessage({ content: `<@${h.fake.bot.id}> help` });
    await h.fake.waitFor(() => replies(h, h.fake.channelId).length > 0);
    expect(replies(h, h.fake.channelId)).toHaveLength(1);
  });

  it('THEN a mention that does not parse gets one clear line with the usage', async () => {
    h = await startHarness();
    h.fake.sendMessage({ content: `<@${h.fake.bot.id}> digest sometimes` });
    const [reply] = await h.fake.waitFor(() => replies(h, h.fake.channelId).length > 0 && replies(h, h.fake.channelId));
    expect(reply.embeds[0].title).toContain('unknown digest command “sometimes”');
    expect(reply.embeds[0].description).toContain('Usage: /news digest now|subscribe|unsubscribe|list');
  });

  it('THEN a DM needs no mention and is answered in the DM', async () => {
    h = await startHarness();
    const dmChannel = '600000000000000001';
    h.fake.sendMessage({ content: 'help', guildId: null, channelId: dmChannel });
    const [reply] = await h.fake.waitFor(() => replies(h, dmChannel).length > 0 && replies(h, dmChannel));
    expect(JSON.stringify(reply.embeds)).toContain('/news ask');
  });

  it('THEN a member without Manage Channels cannot subscribe the channel by mention', async () => {
    h = await startHarness();
    h.fake.sendMessage({ content: `<@${h.fake.bot.id}> digest subscribe 08:00` });
    const [reply] = await h.fake.waitFor(() => replies(h, h.fake.channelId).length > 0 && replies(h, h.fake.channelId));
    expect(reply.embeds[0].title).toContain('Only people who can manage this channel');
  });

  it('THEN the server owner may subscribe the channel by mention', async () => {
    h = await startHarness();
    h.fake.sendMessage({
      content: `<@${h.fake.bot.id}> digest subscribe 08:00`,
      author: { id: '400000000000000009', username: 'owner' },
    });
    const [reply] = await h.fake.waitFor(() => replies(h, h.fake.channelId).length > 0 && replies(h, h.fake.channelId));
    expect(reply.embeds[0].title).not.toContain('Only people who can manage this channel');
    expect(await h.newsbot.kv.get(`digest:sub:discord:${h.fake.guildId}:${h.fake.channelId}`)).toBeDefined();
  });
});
