import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import { findQuote } from './find-quote.ts';

describe('colon cues', () => {
  it('a paragraph ending "X wrote:" introduces the unquoted lines after it, up to a blank line', () => {
    const text =
      'In her newsletter, Ana Ruiz wrote:\n\nI think the bridge plan is sound. We want the cheapest choice.\n' +
      'But what we should ask is “who will pay?”\n\nThe council meets on Monday.';
    const q = findQuote(text, 'bridge plan is sound');
    expect(q.content.text).toBe(
      'I think the bridge plan is sound. We want the cheapest choice.\nBut what we should ask is “who will pay?”',
    );
    expect(q.speaker.name).toBe('Ana Ruiz');
  });

  it('"According to X, writing for Y:" introduces the next lines, said by X', () => {
    const text =
      'According to Tom Reed, writing for the Valley Ledger:\n\nThe fund “took in as much as 3 million” from donors.\n' +
      'That is on top of “millions” in other gifts.\n\nOfficials declined to comment.';
    const q = findQuote(text, 'The fund');
    expect(q.content.text).toContain('on top of “millions” in other gifts.');
    expect(q.speaker.name).toBe('Tom Reed');
    expect(analyzeArticle(text).quotes.some((x) => x.content.text === 'writing for the Valley Ledger')).toBe(false);
  });

  it('a list after the colon is no block quotation', () => {
    const text = 'Reed said the changes include:\n\nTurnout: more polling places.\n\nFunding: a new tax.';
    expect(analyzeArticle(text).quotes.some((x) => x.content.text.includes('more polling places'))).toBe(false);
  });

  it('a header of two names before a colon speaks through the first name', () => {
    const text =
      'BRIDGE VOTE WAS CLOSE - Ana Ruiz and Tom Reed: “The council split in two, and it will again.” [Blog.]';
    expect(findQuote(text, 'council split').speaker.name).toBe('Ana Ruiz');
    const more = 'Signs of a split were there -More from Ruiz and Reed: “Our data helps confirm it.” [Blog.]';
    expect(findQuote(more, 'Our data').speaker.name).toBe('Ruiz');
  });

  it('"“…,” X said: That …" runs on to the end of the sentence after the colon', () => {
    const text = '“This is the myth the whole plan rests on,” Ruiz said: That the bridge pays for itself. She left.';
    const q = findQuote(text, 'myth the whole plan');
    expect(q.content.text).toBe(
      'This is the myth the whole plan rests on,” Ruiz said: That the bridge pays for itself',
    );
    expect(q.speaker.name).toBe('Ruiz');
    // A cue that ends its line is not followed across the line break.
    const list = '“Keep the polls open,” she said.\n\nTurnout: Ruiz wants more polling places.';
    expect(findQuote(list, 'Keep the polls open').content.text).toBe('Keep the polls open');
  });

  it('a thought before a colon is the words of the one who thinks them', () => {
    const text = 'The columnist imagined Ruiz was thinking: “What have I done?” Others agreed.';
    expect(findQuote(text, 'What have I done').speaker.name).toBe('Ruiz');
    const asked = 'Ana Ruiz paused at the door. She asked herself: “Why now?” Then she left.';
    expect(findQuote(asked, 'Why now').speaker.name).toBe('Ana Ruiz');
    expect(findQuote('Tom Reed wondered: “Is the bridge safe?”', 'bridge safe').speaker.name).toBe('Tom Reed');
  });

  it('a header quotation closed by a misturned mark before a bracketed source tag is found', () => {
    const text =
      'Media shares blame - PollBlog: “Pollsters are taking heat for the result. In short, polls are all we have.“[Blog.]';
    const q = findQuote(text, 'Pollsters are taking heat');
    expect(q.content.text).toBe('Pollsters are taking heat for the result. In short, polls are all we have.');
    expect(q.speaker.name).toBe('PollBlog');
  });

  it('a quotation in double marks nested inside another does not cut the outer one', () => {
    const text =
      'VOTES CAME LATE - Ana Ruiz and Tom Reed: “The count was slow. The rise of “mail only” voters is new to us all.” [Blog.]';
    const q = findQuote(text, 'The count was slow');
    expect(q.content.text).toBe('The count was slow. The rise of “mail only” voters is new to us all.');
    expect(q.speaker.name).toBe('Ana Ruiz');
    // Two quotations side by side stay two.
    const two = 'She called it “a mess.” He said “fine,” she said.';
    expect(findQuote(two, 'a mess').content.text).not.toContain('fine');
  });

  it('a misturned opening mark before an ellipsis opens the quotation', () => {
    const text =
      'Ana Ruiz spoke on Monday.\n\n” … if the mayor can visit the town, then surely the governor can too,” Ruiz said.';
    const q = findQuote(text, 'if the mayor can visit');
    expect(q.content.text).toBe('… if the mayor can visit the town, then surely the governor can too');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });

  it('"According to X, writing for Y: “…”" leaves the placing phrase out of the content', () => {
    const text =
      'According to Tom Reed, writing for the Valley Ledger: “The fund took in as much as 3 million from donors.”';
    const q = findQuote(text, 'The fund took in');
    expect(q.content.text).toBe('The fund took in as much as 3 million from donors');
    expect(q.speaker.name).toBe('Tom Reed');
  });

  it('a verb whose object is a text introduces that text after a colon as its subject’s words', () => {
    const quote =
      'Ana Ruiz, who declined to comment, proposes similar language for the charter: “Every park stays open.”';
    expect(findQuote(quote, 'Every park stays open').speaker.name).toBe('Ana Ruiz');
    const block =
      'Tom Reed elaborated on the message he wanted to send:\n\nWe are not done. We will be back.\n\nThe vote is Monday.';
    expect(findQuote(block, 'We are not done').speaker.name).toBe('Tom Reed');
    // No noun of text: a plain colon keeps no speaker from the clause ("The reason was simple: …").
    const plain = analyzeArticle('Tom Reed left the meeting early:\n\nThe vote is Monday.').quotes;
    expect(plain.some((q) => q.content.text.includes('vote is Monday'))).toBe(false);
  });
});
