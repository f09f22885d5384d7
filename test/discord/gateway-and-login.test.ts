import { afterEach, describe, expect, it } from 'vitest';
import { BAD_TOKEN_MESSAGE, MESSAGE_CONTENT_REFUSED } from '../../src/adapters/discord/discord-connection.ts';
import { UserFacingError } from '../../src/core/user-facing-error.ts';
import { type Harness, startHarness } from './harness.ts';

const MESSAGE_CONTENT = 1 << 15;

describe('GIVEN newsbot logging in to Discord', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('THEN a wrong token is one clear line without the token, and nothing connects', async () => {
    h = await startHarness({ start: false, config: { token: 'not-the-real-token' } });
    const failure = await h.adapter.start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as Error).message).toBe(BAD_TOKEN_MESSAGE);
    expect((failure as Error).message).not.toContain('not-the-real-token');
    expect(h.adapter.isReady()).toBe(false);
    expect(h.fake.gateway.identifies).toHaveLength(0);
  });

  it('THEN an unreachable DISCORD_API_URL is one clear line naming the variable', async () => {
    h = await startHarness({ start: false, config: { apiUrl: 'http://127.0.0.1:9/api' } });
    const failure = await h.adapter.start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as Error).message).toBe(
      "cannot reach Discord's API at http://127.0.0.1:9/api (ECONNREFUSED): check DISCORD_API_URL and the network",
    );
  });

  it('THEN a refused Message Content intent (4014) is one warning and slash commands and mentions keep working', async () => {
    h = await startHarness({ fake: { messageContentAllowed: false }, config: { messageContent: true } });
    expect(h.fake.gateway.closeCodes).toEqual([4014]);
    expect(h.fake.gateway.identifies.map((i) => Boolean(i.intents & MESSAGE_CONTENT))).toEqual([true, false]);
    expect(h.logger.lines.filter((line) => line.level === 'warn').map((line) => line.msg)).toEqual([
      MESSAGE_CONTENT_REFUSED,
    ]);
    expect(h.adapter.isReady()).toBe(true);

    const interaction = h.fake.sendCommand({ path: ['help'] });
    await h.fake.waitFor(() => interaction.original);
    h.fake.sendMessage({ content: `<@${h.fake.bot.id}> help` });
    await h.fake.waitFor(() => h.fake.channelMessages.get(h.fake.channelId)?.length);
  });

  it('THEN without DISCORD_MESSAGE_CONTENT the privileged intent is never asked for, over uncompressed JSON', async () => {
    h = await startHarness({ fake: { messageContentAllowed: false } });
    expect(h.fake.gateway.connectUrls).toEqual(['/?v=10&encoding=json']);
    expect(h.fake.gateway.closeCodes).toEqual([]);
    expect(h.fake.gateway.identifies.map((i) => i.intents & MESSAGE_CONTENT)).toEqual([0]);
  });

  it('THEN a bot in no server yet logs the invite link with the bot and applications.commands scopes', async () => {
    h = await startHarness({ fake: { guilds: [] } });
    const invite = h.logger.lines.find((line) => line.msg.includes('newsbot is in no Discord server yet'));
    expect(invite?.fields.invite).toBe(
      `https://discord.com/oauth2/authorize?client_id=${h.fake.applicationId}&scope=bot+applications.commands&permissions=274877991936&integration_type=0`,
    );
  });

  it('THEN stop() disconnects and isReady() turns false', async () => {
    h = await startHarness();
    expect(h.adapter.isReady()).toBe(true);
    await h.adapter.stop();
    expect(h.adapter.isReady()).toBe(false);
  });
});
