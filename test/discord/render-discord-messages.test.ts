import { describe, expect, it } from 'vitest';
import { MAX_MESSAGES_PER_REPLY, renderDiscordMessages } from '../../src/adapters/discord/render-discord-messages.ts';
import type { Reply } from '../../src/core/model/reply.ts';
import { messageProblems } from '../fakes/discord/discord-limits.ts';
import { hostileQuoteReply, sixtyQuoteReply, source } from './reply-fixtures.ts';

const allText = (reply: Reply) => JSON.stringify(renderDiscordMessages(reply));

describe('renderDiscordMessages', () => {
  it('keeps a 60-quote answer within every Discord limit, split over messages', () => {
    const messages = renderDiscordMessages(sixtyQuoteReply());
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(messageProblems(message)).toEqual([]);
      expect(message.allowedMentions).toEqual({ parse: [] });
    }
  });

  it('shows each quote with speaker, role, every outlet as a link and other wordings', () => {
    const text = allText(sixtyQuoteReply());
    expect(text).toContain('Speaker 1, Secretary of State');
    expect(text).toContain('[Reuters](https://news.example/0/story_%280%29)');
    expect(text).toContain('Also reported as');
    expect(text).toContain('Speaker 5 (paraphrase)');
  });

  it('shortens an answer too long for a channel with a note instead of posting dozens of messages', () => {
    const huge = sixtyQuoteReply();
    huge.quotes = [...(huge.quotes ?? []), ...(huge.quotes ?? []), ...(huge.quotes ?? []), ...(huge.quotes ?? [])];
    const messages = renderDiscordMessages(huge);
    expect(messages).toHaveLength(MAX_MESSAGES_PER_REPLY);
    expect(JSON.stringify(messages.at(-1))).toContain('Answer shortened for Discord');
    for (const message of messages) expect(messageProblems(message)).toEqual([]);
  });

  it('never puts a paraphrased variant of a direct quote in quotation marks', () => {
    const reply = sixtyQuoteReply();
    const quote = reply.quotes?.[0];
    if (quote) {
      quote.variants = [{ text: 'the talks should continue', sources: [source(9)], kind: 'indirect' }];
    }
    const text = allText(reply);
    expect(text).toContain('Paraphrased as the talks should continue — ');
    expect(text).not.toContain('“the talks should continue”');
  });

  it('cuts a quote longer than an embed description with an ellipsis, keeping its beginning verbatim', () => {
    const reply = sixtyQuoteReply();
    const long = reply.quotes?.[7];
    const embeds = renderDiscordMessages(reply).flatMap((m) => m.embeds);
    const embed = embeds.find((e) => e.title === 'Speaker 8');
    expect(embed?.description?.length).toBeLessThanOrEqual(4096);
    expect(embed?.description).toContain(long?.text.slice(0, 200));
    expect(embed?.description).toContain('…');
    // The outlets are never cut off to make room for the quote.
    expect(embed?.description).toContain('\n— [El Universal](https://news.example/7/story_%287%29)');
  });

  it('escapes Markdown in article text so links cannot be disguised', () => {
    const text = allText(hostileQuoteReply());
    expect(text).toContain('\\\\[the official statement\\\\](https://evil.example/phish)');
    expect(text).not.toContain('[Evil](https://evil.example)');
  });

  it('renders stories with a linked headline, summary and sources; truncates a title over 256', () => {
    const reply: Reply = {
      kind: 'digest',
      visibility: 'channel',
      title: 'T'.repeat(400),
      stories: [
        {
          id: 's1',
          headline: 'US weighs cartel designation',
          summary: 'Officials discussed the designation on Tuesday.',
          sources: [source(1), source(2)],
          quotes: [],
        },
      ],
      fallbackText: 'digest',
    };
    const [message] = renderDiscordMessages(reply);
    expect(message?.embeds[0]?.title).toHaveLength(256);
    const story = message?.embeds.find((e) => e.title === 'US weighs cartel designation');
    expect(story?.url).toBe('https://news.example/1/story_%281%29');
    expect(story?.description).toContain('Officials discussed the designation on Tuesday.');
    expect(story?.description).toContain('Reported by [Associated Press]');
  });

  it('escapes every masked link in a quote, not only the first', () => {
    const reply = hostileQuoteReply();
    const quote = reply.quotes?.[0];
    if (quote) quote.text = 'See [the record](https://evil.example/a) and [the transcript](https://evil.example/b) now';
    const value = renderDiscordMessages(reply)[0]?.embeds[0]?.fields?.[0]?.value ?? '';
    expect(value).toContain('\\[the record\\](https://evil.example/a)');
    expect(value).toContain('\\[the transcript\\](https://evil.example/b)');
  });

  it('cuts a 200 KB quote to the embed limit before escaping, marked with an ellipsis', () => {
    const reply = hostileQuoteReply();
    const quote = reply.quotes?.[0];
    if (quote) quote.text = '*the minister* said the talks would continue. '.repeat(4500);
    const [message] = renderDiscordMessages(reply);
    const embed = message?.embeds.find((e) => e.title === 'Anonymous poster');
    expect(embed?.description?.length).toBeLessThanOrEqual(4096);
    expect(embed?.description?.startsWith('“\\*the minister\\* said the talks would continue.')).toBe(true);
    expect(embed?.description).toContain('…');
    expect(embed?.description).toMatch(/\n— \[Evil/);
    expect(messageProblems(message ?? { embeds: [] })).toEqual([]);
  });

  it('refuses to link anything but http(s) URLs', () => {
    const reply = hostileQuoteReply();
    const quote = reply.quotes?.[0];
    if (quote) quote.sources = [{ ...source(1), outlet: 'Sneaky', url: 'javascript:alert(1)' }];
    const text = allText(reply);
    expect(text).toContain('— Sneaky');
    expect(text).not.toContain('javascript:');
  });
});
