import { describe, expect, it } from 'vitest';
import { slackTextToPlain } from '../../src/adapters/slack/slack-text-to-plain.ts';

describe('slackTextToPlain (what the user typed, from Slack’s markup)', () => {
  it('drops the bot’s own mention and keeps the question', () => {
    expect(slackTextToPlain('<@UBOT> what did Rubio say?', 'UBOT')).toBe('what did Rubio say?');
    expect(slackTextToPlain('hey <@UBOT|newsbot>, who Sheinbaum', 'UBOT')).toBe('hey  , who Sheinbaum');
  });

  it('unwraps links so `source add` gets the URL itself', () => {
    expect(slackTextToPlain('source add <https://feeds.example/rss?a=1&amp;b=2|feeds.example/rss>')).toBe(
      'source add https://feeds.example/rss?a=1&b=2',
    );
  });

  it('turns channels, people and broadcasts into plain words and decodes entities', () => {
    expect(slackTextToPlain('<#C1|general> <@U2> <!here> <!subteam^S1|@team> a &lt;b&gt; &amp; c')).toBe(
      '#general @U2 @here @subteam a <b> & c',
    );
  });
});
