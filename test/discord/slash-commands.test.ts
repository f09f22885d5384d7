import { afterEach, describe, expect, it } from 'vitest';
import type { Invocation } from '../../src/core/model/invocation.ts';
import type { Newsbot } from '../../src/core/newsbot.ts';
import { PERMISSIONS } from '../fakes/discord/payloads.ts';
import { type Harness, sleep, startHarness } from './harness.ts';

describe('GIVEN newsbot connected to Discord', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('THEN /news help is answered at once, only to the asker, with the commands', async () => {
    h = await startHarness();
    expect(h.adapter.isReady()).toBe(true);
    const interaction = h.fake.sendCommand({ path: ['help'] });
    await h.fake.waitFor(() => interaction.responses.length > 0);
    expect(interaction.responses).toEqual([4]);
    expect(interaction.ephemeral).toBe(true);
    const text = JSON.stringify(interaction.original.embeds);
    expect(text).toContain('/news ask');
    expect(interaction.original.allowed_mentions).toEqual({ parse: [] });
  });

  it('THEN a slow answer is deferred within the deadline and then edited into place', async () => {
    h = await startHarness({
      config: { deferAfterMs: 100 },
      core: (newsbot) => ({
        handle: async (inv) => {
          await sleep(600);
          return newsbot.handle(inv);
        },
        suggestSpeakers: (prefix, limit) => newsbot.suggestSpeakers(prefix, limit),
      }),
    });
    const interaction = h.fake.sendCommand({ path: ['help'] });
    await h.fake.waitFor(() => interaction.responses.length > 0);
    expect(interaction.responses).toEqual([5]);
    expect(interaction.original).toBeNull();
    await h.fake.waitFor(() => interaction.original);
    expect(JSON.stringify(interaction.original.embeds)).toContain('/news ask');
    const edit = h.fake.requests.find((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
    expect(edit?.status).toBe(200);
  });
});

describe('GIVEN a slow core and Discord’s 3-second deadline', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  const slowCore = (ms: number) => (newsbot: Newsbot) => ({
    handle: async (inv: Invocation) => {
      await sleep(ms);
      return newsbot.handle(inv);
    },
    suggestSpeakers: (prefix: string, limit: number) => newsbot.suggestSpeakers(prefix, limit),
  });

  it('THEN an answer taking 3.5 s still gets its first response in time (deferred), then the answer', async () => {
    h = await startHarness({ core: slowCore(3500) });
    const interaction = h.fake.sendCommand({ path: ['help'] });
    await h.fake.waitFor(() => interaction.original, 8000);
    const callbacks = h.fake.requests.filter((r) => r.path.endsWith('/callback'));
    expect(callbacks.map((r) => r.status)).toEqual([204]);
    expect((callbacks[0]?.at ?? 0) - interaction.createdAt).toBeLessThan(3000);
    expect(interaction.responses).toEqual([5]);
  });

  /** The adapter's and the fake's clock jump 16 minutes while the core works on the answer. */
  async function answerAfterTokenExpiry(question: string) {
    let offset = 0;
    const clock = { now: () => Date.now() + offset };
    h = await startHarness({
      clock,
      config: { deferAfterMs: 50 },
      core: (newsbot) => ({
        handle: async (inv) => {
          await sleep(200);
          offset = 16 * 60 * 1000;
          return newsbot.handle(inv);
        },
        suggestSpeakers: (prefix, limit) => newsbot.suggestSpeakers(prefix, limit),
      }),
    });
    const interaction = h.fake.sendCommand({ path: ['ask'], args: { question } });
    await h.fake.waitFor(() => h.logger.lines.some((line) => line.msg.includes('over 15 minutes')));
    return interaction;
  }

  it('THEN an answer ready only after the 15-minute token expired is posted to the channel instead', async () => {
    const interaction = await answerAfterTokenExpiry('what did Rubio say?');
    const [posted] = await h.fake.waitFor(() => h.fake.channelMessages.get(h.fake.channelId));
    expect(interaction.responses).toEqual([5]);
    expect(interaction.original).toBeNull();
    expect(posted.embeds.length).toBeGreaterThan(0);
  });

  it('THEN an error ready only after the token expired is dropped with a log line, not shown to the channel', async () => {
    const interaction = await answerAfterTokenExpiry('   ');
    expect(interaction.original).toBeNull();
    expect(h.fake.channelMessages.get(h.fake.channelId)).toBeUndefined();
    expect(h.logger.lines.map((line) => line.msg)).toContain(
      'discord answer took over 15 minutes and could not be delivered',
    );
  });

  it('THEN a public question answered with an error after deferring shows the error only to the asker', async () => {
    h = await startHarness({ config: { deferAfterMs: 50 }, core: slowCore(300) });
    const interaction = h.fake.sendCommand({ path: ['ask'], args: { question: '   ' } });
    await h.fake.waitFor(() => interaction.followUps.length > 0);
    expect(interaction.responses).toEqual([5]);
    expect(interaction.ephemeral).toBe(false);
    const followUp = interaction.followUps[0];
    expect(followUp.flags & 64).toBe(64);
    expect(followUp.embeds[0].title).toBe('Missing question.');
    expect(h.fake.requests.some((r) => r.method === 'DELETE' && r.path.endsWith('@original'))).toBe(true);
  });
});

describe('GIVEN the gateway delivering interactions late', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('THEN time in transit counts: an interaction 2.5 s old is deferred at once, without waiting for the answer', async () => {
    h = await startHarness();
    const late = h.fake.sendCommand({ path: ['ask'], args: { question: 'what did Rubio say?' }, ageMs: 2500 });
    await h.fake.waitFor(() => late.original);
    expect(late.responses).toEqual([5]);
  });

  it('THEN one already past Discord’s 3 s is logged in one line, not thrown', async () => {
    h = await startHarness();
    h.fake.sendCommand({ path: ['help'], ageMs: 3500 });
    await h.fake.waitFor(() => h.logger.lines.some((line) => line.level === 'warn'));
    expect(h.logger.lines.filter((line) => line.level !== 'info').map((line) => line.msg)).toEqual([
      'Discord expired the interaction before newsbot could respond (it arrived late from the gateway)',
    ]);
  });
});

describe('GIVEN Discord failing a follow-up with a 500 after storing it', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('THEN the follow-up is not retried (no nonce to deduplicate it) and the failure is logged', async () => {
    h = await startHarness({
      config: { deferAfterMs: 50 },
      core: (newsbot) => ({
        handle: async (inv: Invocation) => {
          await sleep(200);
          return newsbot.handle(inv);
        },
        suggestSpeakers: (prefix: string, limit: number) => newsbot.suggestSpeakers(prefix, limit),
      }),
    });
    h.fake.failNext({
      method: 'POST',
      path: /^\/webhooks\/\d+\/[^/]+$/,
      status: 500,
      body: { message: '500: Internal Server Error', code: 0 },
      processFirst: true,
    });
    const interaction = h.fake.sendCommand({ path: ['ask'], args: { question: '   ' } });
    await h.fake.waitFor(() => h.logger.lines.some((line) => line.level === 'error'));
    await sleep(300);
    expect(interaction.followUps).toHaveLength(1);
    expect(h.fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/webhooks/'))).toHaveLength(1);
    expect(h.logger.lines.find((line) => line.level === 'error')?.msg).toContain('not retried so it cannot post twice');
  });
});

describe('GIVEN members with different permissions', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('THEN only members with Manage Channels or Manage Server pass admin-only commands', async () => {
    h = await startHarness();
    const member = h.fake.sendCommand({ path: ['digest', 'subscribe'], args: { time: '08:00' } });
    await h.fake.waitFor(() => member.original);
    expect(member.original.embeds[0].title).toContain('Only people who can manage this channel');

    const manager = h.fake.sendCommand({
      path: ['digest', 'subscribe'],
      args: { time: '08:00' },
      permissions: PERMISSIONS.viewChannel | PERMISSIONS.manageChannels,
    });
    await h.fake.waitFor(() => manager.original);
    expect(manager.original.embeds[0].title).not.toContain('Only people who can manage this channel');
  });

  it('THEN a user sending commands too fast is told to wait, once the flood limit is reached', async () => {
    h = await startHarness();
    const sent = Array.from({ length: 9 }, () => h.fake.sendCommand({ path: ['help'] }));
    await h.fake.waitFor(() => sent.every((interaction) => interaction.original));
    const titles = sent.map((interaction) => interaction.original.embeds[0].title as string);
    expect(titles.filter((title) => title.includes('faster than I can answer'))).toHaveLength(1);
    expect(titles[8]).toContain('faster than I can answer');
  });
});

describe('GIVEN a user typing into an autocompleted option', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('THEN the suggestion request is answered in time with valid choices', async () => {
    h = await startHarness();
    const typing = h.fake.sendCommand({ path: ['who'], args: { name: 'Rub' }, focused: 'name' });
    await h.fake.waitFor(() => typing.responses.length > 0);
    expect(typing.responses).toEqual([8]);
    const callback = h.fake.requests.find((r) => r.path.endsWith('/callback'));
    expect(callback?.status).toBe(204);
    expect(Array.isArray(callback?.body.data.choices)).toBe(true);
  });
});
