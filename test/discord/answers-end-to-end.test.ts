import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, ingestSeeds, startHarness } from './harness.ts';

const RUBIO_QUOTE = 'We have to start treating them as armed terrorist organizations';

describe('GIVEN the five sample articles ingested and newsbot in Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ prepare: ingestSeeds });
  });
  afterAll(async () => h?.close());

  it('THEN /news ask "what did Rubio say?" shows his quotes with role and every outlet, to the channel', async () => {
    const interaction = h.fake.sendCommand({ path: ['ask'], args: { question: 'what did Rubio say?' } });
    await h.fake.waitFor(() => interaction.original);
    expect(interaction.ephemeral).toBe(false);
    const [embed] = interaction.original.embeds;
    expect(embed.title).toBe('What Marco Rubio said');
    const field = embed.fields.find((f: { value: string }) => f.value.includes(RUBIO_QUOTE));
    expect(field.name).toBe('Marco Rubio, Secretary of State');
    expect(field.value).toContain('001\\_f7db4d455873c533');
    expect(field.value).toContain('004\\_a3af21f984c6ba0f');
    expect(field.value).toContain('000\\_1ba7f7b49b2fcce1');
  });

  it('THEN "@newsbot what did Rubio say?" gets the same answer as a reply', async () => {
    const asked = h.fake.sendMessage({ content: `<@${h.fake.bot.id}> what did Rubio say?` });
    const reply = await h.fake.waitFor(() =>
      h.fake.channelMessages.get(h.fake.channelId)?.find((m) => m.message_reference?.message_id === asked),
    );
    expect(JSON.stringify(reply.embeds)).toContain(RUBIO_QUOTE);
  });

  it('THEN typing "Rub" into who name: suggests Marco Rubio', async () => {
    const typing = h.fake.sendCommand({ path: ['who'], args: { name: 'Rub' }, focused: 'name' });
    await h.fake.waitFor(() => typing.responses.length > 0);
    const callback = h.fake.requests.find((r) => r.path.includes(`/interactions/${typing.id}/`));
    expect(callback?.body.data.choices).toEqual([{ name: 'Marco Rubio', value: 'Marco Rubio' }]);
  });

  it('THEN typing "what did marco" into ask question: completes the name', async () => {
    const typing = h.fake.sendCommand({ path: ['ask'], args: { question: 'what did marco' }, focused: 'question' });
    await h.fake.waitFor(() => typing.responses.length > 0);
    const callback = h.fake.requests.find((r) => r.path.includes(`/interactions/${typing.id}/`));
    expect(callback?.body.data.choices).toEqual([{ name: 'what did Marco Rubio', value: 'what did Marco Rubio' }]);
  });

  it('THEN an empty ask question: offers "what did X say?" for known speakers', async () => {
    const typing = h.fake.sendCommand({ path: ['ask'], args: { question: '' }, focused: 'question' });
    await h.fake.waitFor(() => typing.responses.length > 0);
    const callback = h.fake.requests.find((r) => r.path.includes(`/interactions/${typing.id}/`));
    const names = callback?.body.data.choices.map((c: { name: string }) => c.name);
    expect(names).toContain('what did Marco Rubio say?');
    expect(names).toContain('what did Claudia Sheinbaum say?');
  });

  it('THEN a follow-up "what did he say?" by mention continues the slash-command conversation, per user', async () => {
    const politics = '300000000000000002';
    const asker = { id: '500000000000000007', username: 'editor' };
    const first = h.fake.sendCommand({
      path: ['ask'],
      args: { question: 'what did Rubio say?' },
      channelId: politics,
      user: asker,
    });
    await h.fake.waitFor(() => first.original);

    const followUp = h.fake.sendMessage({
      content: `<@${h.fake.bot.id}> what did he say?`,
      channelId: politics,
      author: asker,
    });
    const stranger = h.fake.sendMessage({
      content: `<@${h.fake.bot.id}> what did he say?`,
      channelId: politics,
      author: { id: '500000000000000008', username: 'visitor' },
    });
    const replyTo = (id: string) =>
      h.fake.waitFor(() => h.fake.channelMessages.get(politics)?.find((m) => m.message_reference?.message_id === id));
    expect((await replyTo(followUp)).embeds[0].title).toBe('What Marco Rubio said');
    expect(JSON.stringify((await replyTo(stranger)).embeds)).toMatch(/Ask with a name/);
  });
});
