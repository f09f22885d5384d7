import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReplyText } from '../../src/adapters/terminal/render-reply.ts';
import type { Invocation } from '../../src/core/model/invocation.ts';
import type { Reply } from '../../src/core/model/reply.ts';
import type { Newsbot } from '../../src/core/newsbot.ts';
import { seedBot } from './seed-bot.ts';

let bot: Newsbot;
beforeAll(async () => {
  ({ bot } = await seedBot());
});
afterAll(() => bot.close());

const invocation = (command: string[], args: Record<string, string>): Invocation => ({
  platform: 'slack',
  destination: 'slack:T1:C1',
  conversationKey: 'slack:T1:C1:1700000000.000100',
  user: { id: 'U1', canManageChannel: false },
  command,
  args,
});

describe('replies through Newsbot.handle', () => {
  it('ask: a channel answer whose fallback text holds every quote, outlet and wording', async () => {
    const reply = await bot.handle(invocation(['ask'], { question: 'what did Sheinbaum say?' }));
    expect(reply.kind).toBe('answer');
    expect(reply.visibility).toBe('channel');
    expect(reply.title).toBe('What Claudia Sheinbaum said');
    const first = reply.quotes?.[0];
    expect(first?.speaker).toBe('Claudia Sheinbaum');
    expect(reply.fallbackText).toContain(first?.text);
    for (const source of first?.sources ?? []) expect(reply.fallbackText).toContain(source.outlet);
    expect(reply.fallbackText).toContain('absolutely rejected');
    expect(reply.fallbackText).toContain('absolutely off the table');
    expect(reply.quotes?.length).toBeLessThanOrEqual(10);
    expect(reply.footer).toMatch(/^and \d+ more/);
  });

  it('paraphrases are marked as reported speech, never put in quotation marks', async () => {
    const reply = await bot.handle(invocation(['ask'], { question: 'what did Rubio say?' }));
    const paraphrase = reply.quotes?.flatMap((q) => q.variants).find((v) => v.kind === 'indirect');
    expect(paraphrase).toBeDefined();
    expect(reply.fallbackText).toContain(`Paraphrased: ${paraphrase?.text}`);
    expect(reply.fallbackText).not.toContain(`“${paraphrase?.text}”`);
  });

  it('chat text names outlets and article URLs, never a local file path (Slack shows it in notifications)', async () => {
    const said = await bot.handle(invocation(['ask'], { question: 'what did Rubio say?' }));
    const found = await bot.handle(invocation(['search'], { terms: 'directive cartels' }));
    for (const reply of [said, found]) {
      const sources = [...(reply.quotes ?? []), ...(reply.stories ?? [])].flatMap((part) => part.sources);
      expect(sources.some((source) => source.file)).toBe(true); // the JSON contract still carries files
      for (const source of sources) expect(reply.fallbackText).toContain(source.outlet);
      expect(reply.fallbackText).not.toMatch(/seeds\/|\.txt\b/);
      expect(renderReplyText(reply)).not.toMatch(/seeds\/|\.txt\b/);
    }
  });

  it('who: a profile with roles and counts as fields', async () => {
    const reply = await bot.handle(invocation(['who'], { name: 'Rubio' }));
    expect(reply.title).toBe('Marco Rubio');
    expect(reply.fields?.find((f) => f.label === 'Roles')?.value).toMatch(/Secretary of State/);
    expect(reply.fields?.find((f) => f.label === 'Articles')?.value).toBe('5');
  });

  it('search: stories with snippets and sources', async () => {
    const reply = await bot.handle(invocation(['search'], { terms: 'directive cartels' }));
    expect(reply.stories?.length).toBeGreaterThan(0);
    expect(reply.stories?.[0]?.summary).toBeTruthy();
    expect(reply.fallbackText).toContain('Sources:');
  });

  it('nothing found: an info reply that says so, with suggestions', async () => {
    const reply = await bot.handle(invocation(['ask'], { question: 'what did Rubioo Marko say?' }));
    expect(reply.kind).toBe('info');
    expect(reply.quotes).toBeUndefined();
    expect(reply.title).toMatch(/^I know of no quotes from/);
  });

  it('autocomplete suggests quoted speakers by any part of their name', async () => {
    expect(await bot.suggestSpeakers('rub', 5)).toEqual(['Marco Rubio']);
    expect(await bot.suggestSpeakers('Shein', 5)).toContain('Claudia Sheinbaum');
    expect(await bot.suggestSpeakers('zzz', 5)).toEqual([]);
  });
});

describe('terminal rendering', () => {
  const reply: Reply = {
    kind: 'answer',
    visibility: 'channel',
    title: 'What X said',
    quotes: [
      {
        text: 'Evil \u001b[2J\u001b[31mred\u0007 text',
        kind: 'direct',
        speaker: 'X',
        role: null,
        sources: [
          { articleId: 'a', title: 't', outlet: 'Outlet', url: 'https://o.example/a', file: null, publishedAt: null },
        ],
        variants: [],
      },
    ],
    fallbackText: 'unused',
  };

  it('strips control characters from article text (no terminal escapes)', () => {
    const text = renderReplyText(reply);
    expect([...text].some((c) => c !== '\n' && c !== '\t' && (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127))).toBe(
      false,
    );
    expect(text).toContain('Evil [2J[31mred text');
    expect(text).toContain('Reported by: Outlet (https://o.example/a)');
  });

  it('cites the URL when there is one and never the file, even when both are known', () => {
    const both = {
      ...reply,
      quotes: [
        {
          ...(reply.quotes?.[0] as NonNullable<Reply['quotes']>[number]),
          sources: [
            {
              articleId: 'b',
              title: 't',
              outlet: 'Wire',
              url: 'https://w.example/b',
              file: '/srv/in/b.txt',
              publishedAt: null,
            },
            { articleId: 'c', title: 't', outlet: 'Local', url: null, file: '/srv/in/c.txt', publishedAt: null },
          ],
        },
      ],
    };
    expect(renderReplyText(both)).toContain('Reported by: Wire (https://w.example/b); Local');
    expect(renderReplyText(both)).not.toContain('/srv/in');
  });

  it('wraps long lines under their own indentation', () => {
    const long = {
      ...reply,
      quotes: [{ ...(reply.quotes?.[0] as NonNullable<Reply['quotes']>[number]), text: 'word '.repeat(60).trim() }],
    };
    const lines = renderReplyText(long).split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
    expect(lines.filter((line) => line.startsWith('  word')).length).toBeGreaterThan(0);
  });
});
