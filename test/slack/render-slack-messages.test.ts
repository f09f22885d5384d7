import { describe, expect, it } from 'vitest';
import { escapeAndTruncate, escapeSlackText, slackLink } from '../../src/adapters/slack/escape-slack-text.ts';
import { renderSlackMessages } from '../../src/adapters/slack/render-slack-messages.ts';
import type { Reply } from '../../src/core/model/reply.ts';
import { HOSTILE, hostileReply, manyQuotesReply, quote, source } from './reply-fixtures.ts';
import { expectNoMentionOrForgedLink, expectWithinSlackLimits } from './slack-message-checks.ts';

describe('escaping article text for Slack', () => {
  it('turns &, < and > into entities so no control sequence can form', () => {
    expect(escapeSlackText('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it('truncates after escaping without leaving half an entity', () => {
    const cut = escapeAndTruncate('ab<<<<', 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('ab…');
  });

  it('links only http(s) URLs and keeps | and > from ending the link early', () => {
    expect(slackLink('javascript:alert(1)', 'X')).toBe('X');
    expect(slackLink('not a url', 'X')).toBe('X');
    expect(slackLink('https://a.example/x|y>z', 'A|B')).toBe('<https://a.example/x%7Cy%3Ez|A¦B>');
  });
});

describe('renderSlackMessages', () => {
  it('renders a short answer as one message: header, quote with speaker and role, linked outlets', () => {
    const reply: Reply = {
      kind: 'answer',
      visibility: 'channel',
      title: 'What Marco Rubio said',
      quotes: [
        quote('We will not let cartels operate freely.', {
          variants: [{ text: 'We won’t let cartels operate', sources: [source('BBC', 5)] }],
        }),
      ],
      fallbackText: 'What Marco Rubio said\n“We will not let cartels operate freely.” — Marco Rubio',
    };
    const [message, ...rest] = renderSlackMessages(reply);
    expect(rest).toEqual([]);
    expect(message?.text).toBe(reply.fallbackText);
    const json = JSON.stringify(message?.blocks);
    expect(message?.blocks[0]).toMatchObject({ type: 'header', text: { text: 'What Marco Rubio said' } });
    expect(json).toContain('> We will not let cartels operate freely.\\n— *Marco Rubio*, Secretary of State');
    expect(json).toContain('<https://news.example/1|Reuters> · <https://news.example/2|AP>');
    expect(json).toContain('Also reported as:');
    expect(json).toContain('<https://news.example/5|BBC>');
  });

  it('shows a paraphrased variant without quotation marks, so it never reads as the speaker’s words', () => {
    const reply: Reply = {
      kind: 'answer',
      visibility: 'channel',
      title: 'What Marco Rubio said',
      quotes: [
        quote('We have to start treating them as armed terrorist organizations.', {
          variants: [
            { text: 'treating them as armed terrorist organisations', sources: [source('BBC', 5)], kind: 'direct' },
            { text: 'cartels should be treated as terrorist groups', sources: [source('CNN', 6)], kind: 'indirect' },
          ],
        }),
      ],
      fallbackText: 'What Marco Rubio said',
    };
    const json = JSON.stringify(renderSlackMessages(reply)[0]?.blocks);
    expect(json).toContain('“treating them as armed terrorist organisations” — <https://news.example/5|BBC>');
    expect(json).toContain(
      '_paraphrased:_ cartels should be treated as terrorist groups — <https://news.example/6|CNN>',
    );
    expect(json).not.toContain('“cartels should be treated');
  });

  it('gives each part of a split reply its own fallback text', () => {
    const messages = renderSlackMessages(manyQuotesReply(60));
    expect(messages[0]?.text).toMatch(/^What Marco Rubio said\n60 remarks in 12 articles\n“Remark number 1:/);
    expect(messages[1]?.text).toMatch(/^“Remark number \d+:.* — Marco Rubio, Secretary of State \(Reuters, AP, BBC\)/);
    expect(messages.at(-1)?.text).toMatch(/…and \d+ more quotes not shown/);
  });

  it('keeps a 60-quote answer within every limit, splitting between quotes and noting what was left out', () => {
    const messages = renderSlackMessages(manyQuotesReply(60));
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(4);
    for (const message of messages) expectWithinSlackLimits(message);
    const all = messages.map((message) => JSON.stringify(message.blocks)).join('');
    const shown = new Set([...all.matchAll(/Remark number (\d+):/g)].map((match) => match[1]));
    const note = /…and (\d+) more quotes not shown/.exec(all);
    expect(note).not.toBeNull();
    expect(shown.size + Number(note?.[1])).toBe(60);
    // Quotes are never cut in half across messages: each shown remark keeps its speaker line.
    expect([...all.matchAll(/— \*Marco Rubio\*/g)].length).toBe(shown.size);
  });

  it('cuts one enormous quote to fit a section instead of being rejected', () => {
    const reply: Reply = {
      kind: 'answer',
      visibility: 'channel',
      title: 'x'.repeat(400),
      quotes: [quote('word '.repeat(5000))],
      fallbackText: 'y'.repeat(50_000),
    };
    const messages = renderSlackMessages(reply);
    expect(messages).toHaveLength(1);
    for (const message of messages) expectWithinSlackLimits(message);
    expect(messages[0]?.text.length).toBeLessThanOrEqual(4000);
  });

  it('lets no article text mention anyone or forge a link, anywhere in the message', () => {
    const messages = renderSlackMessages(hostileReply());
    for (const message of messages) {
      expectWithinSlackLimits(message);
      expectNoMentionOrForgedLink(message.text);
      expectNoMentionOrForgedLink(JSON.stringify(message.blocks));
    }
    const json = JSON.stringify(messages);
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('&lt;@U123&gt;');
    expect(json).not.toContain('javascript:');
    expect(HOSTILE).toContain('<!channel>');
  });

  it('puts short fields side by side and long ones in their own section, before the quotes', () => {
    const reply: Reply = {
      kind: 'info',
      visibility: 'channel',
      title: 'Claudia Sheinbaum',
      fields: [
        { label: 'Type', value: 'person' },
        { label: 'Roles', value: 'Mexican President; President' },
        { label: 'Background', value: 'long '.repeat(100) },
      ],
      quotes: [quote('We co-operate, we collaborate.')],
      fallbackText: 'Claudia Sheinbaum',
    };
    const blocks = renderSlackMessages(reply)[0]?.blocks ?? [];
    expect(blocks[1]).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*Type*\nperson' },
        { type: 'mrkdwn', text: '*Roles*\nMexican President; President' },
      ],
    });
    expect(JSON.stringify(blocks[2])).toContain('*Background*\\nlong long');
    expect(JSON.stringify(blocks[3])).toContain('We co-operate');
  });

  it('splits many lines into several sections of whole lines rather than cutting them', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `Line ${i + 1}: ${'x'.repeat(90)}`);
    const reply: Reply = { kind: 'info', visibility: 'ephemeral', title: 'Sources', lines, fallbackText: 'Sources' };
    const [message] = renderSlackMessages(reply);
    expectWithinSlackLimits(message as { text: string; blocks: object[] });
    const json = JSON.stringify(message?.blocks);
    expect(json).toContain('Line 1:');
    expect(json).toContain('Line 60:');
    expect(message?.blocks.filter((block) => block.type === 'section').length).toBeGreaterThan(1);
  });

  it('renders help-style replies (lines, fields, footer, suggestions) with a fallback', () => {
    const reply: Reply = {
      kind: 'help',
      visibility: 'ephemeral',
      title: 'newsbot help',
      lines: ['/news ask <question> — Ask about the news'],
      fields: [{ label: 'Examples', value: '/news what did Rubio say?' }],
      footer: 'Showing the first 10.',
      suggestions: ['what did Sheinbaum say?'],
      fallbackText: 'newsbot help',
    };
    const [message] = renderSlackMessages(reply);
    const json = JSON.stringify(message?.blocks);
    expect(json).toContain('/news ask &lt;question&gt;');
    expect(json).toContain('*Examples*');
    expect(json).toContain('Showing the first 10.');
    expect(json).toContain('Try: “what did Sheinbaum say?”');
  });
});
