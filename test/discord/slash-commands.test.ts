import { afterEach, describe, expect, it } from 'vitest';
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
