import { describe, expect, test } from 'vitest';
import type { Digest } from '../../src/core/digest/digest.ts';
import { digestToReply } from '../../src/core/digest/digest-to-reply.ts';

const source = {
  articleId: 'a1',
  title: 'Mexico rejects U.S. military presence',
  outlet: 'Reuters',
  url: 'https://example.org/a1',
  file: null,
  publishedAt: '2026-11-20T15:00:00Z',
};

const digest: Digest = {
  since: '2026-11-20T07:00:00.000Z',
  until: '2026-11-21T07:00:00.000Z',
  filter: null,
  moreStories: 0,
  stories: [
    {
      id: 'story:1',
      headline: 'Mexico rejects U.S. military presence',
      summary: 'Sheinbaum ruled out any U.S. military presence. She spoke on Friday.',
      articles: [source],
      quotes: [
        {
          text: 'absolutely ruled out',
          kind: 'direct',
          speaker: { name: 'Claudia Sheinbaum', role: 'President of Mexico' },
          sources: [source],
          variants: [],
        },
      ],
    },
  ],
};

describe('digestToReply', () => {
  test('a channel message with each story, its summary, quotes with speaker and role, and outlets', () => {
    const reply = digestToReply(digest, { timeZone: 'Europe/Madrid' });
    expect(reply).toMatchObject({ kind: 'digest', visibility: 'channel', title: 'News digest: 1 story' });
    expect(reply.lines).toEqual(['Since Fri 20 Nov, 08:00 Europe/Madrid']);
    expect(reply.stories?.[0]).toMatchObject({
      headline: 'Mexico rejects U.S. military presence',
      summary: 'Sheinbaum ruled out any U.S. military presence. She spoke on Friday.',
      quotes: [{ text: 'absolutely ruled out', speaker: 'Claudia Sheinbaum', role: 'President of Mexico' }],
    });
    expect(reply.fallbackText).toContain('“absolutely ruled out” — Claudia Sheinbaum, President of Mexico');
    expect(reply.fallbackText).toContain('Reuters');
    expect(reply.footer).toBeUndefined();
  });

  test('stories left out are summarised as "and N more stories" with a way to see them', () => {
    const reply = digestToReply({ ...digest, moreStories: 12 });
    expect(reply.title).toBe('News digest: 13 stories');
    expect(reply.footer).toMatch(/^and 12 more stories — see them with \/news/);
    expect(reply.fallbackText).toContain(reply.footer);
  });

  test('a late digest says when it was due, in the subscription time zone', () => {
    const reply = digestToReply(digest, { timeZone: 'Europe/Madrid', lateFor: { dueAt: '2026-11-21T07:00:00.000Z' } });
    expect(reply.lines).toContain('Posted late: this digest was due Sat 21 Nov, 08:00 Europe/Madrid.');
  });

  test('no stories is a quiet day, naming the topic when the channel has one', () => {
    const reply = digestToReply({ ...digest, stories: [], filter: 'mexico' });
    expect(reply.title).toBe('Quiet day: no new stories on “mexico”.');
    expect(reply.stories).toEqual([]);
    expect(reply.fallbackText).toContain('Quiet day');
  });
});
