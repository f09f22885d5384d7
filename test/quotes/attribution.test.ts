import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import type { ExtractedQuote } from '../../src/core/quotes/article-analysis.ts';

function find(text: string, words: string): ExtractedQuote {
  const quotes = analyzeArticle(text).quotes;
  const q = quotes.find((x) => x.content.text.includes(words));
  expect(q, `no quote with "${words}": ${quotes.map((x) => x.content.text).join(' | ')}`).toBeDefined();
  return q as ExtractedQuote;
}

describe('attribution patterns a reader would expect', () => {
  it('a quote split by its attribution gives both halves to the speaker', () => {
    const text = 'Senator Maria Lopez spoke on Monday. “We will vote no,” she said. “The bill is a mistake.”';
    expect(find(text, 'We will vote no').speaker.name).toBe('Maria Lopez');
    expect(find(text, 'The bill is a mistake').speaker.name).toBe('Maria Lopez');
  });

  it('a quote that runs over two paragraphs is one quote', () => {
    const text = 'Governor Tom Reed said: “The roads are closed.\n\n“Stay home until Friday.”';
    const q = find(text, 'The roads are closed');
    expect(q.content.text).toContain('Stay home until Friday');
    expect(q.speaker.name).toBe('Tom Reed');
    expect(q.speaker.role).toBe('Governor');
  });

  it('reports indirect speech in any tense, with "according to" and "X:" cues', () => {
    expect(
      find('The mayor, Ana Ruiz, has said the budget will shrink next year.', 'budget will shrink').speaker.name,
    ).toBe('Ana Ruiz');
    const according = find('According to the Daily Planet, the plant will close in May.', 'plant will close');
    expect(according.kind).toBe('indirect');
    expect(according.cue?.text).toBe('According to');
    expect(find('Ana Ruiz: “We are ready for the storm.”', 'ready for the storm').speaker.name).toBe('Ana Ruiz');
  });

  it('marks anonymous speakers as anonymous instead of guessing a name', () => {
    const q = find('Ana Ruiz left early. Officials said the bridge would reopen on Tuesday.', 'bridge would reopen');
    expect(q.speaker.type).toBe('anonymous');
    expect(q.speaker.name).toBe('Officials');
    expect(q.speaker.entityKey).toBeNull();
  });

  it('marks beliefs as beliefs, not speech', () => {
    const q = find('Tom Reed believes the plan will fail in the Senate.', 'plan will fail');
    expect(q.belief).toBe(true);
  });

  it('resolves "the daily" to the newspaper named before', () => {
    const text = 'The Boston Globe reported the deal on Sunday. “The talks have stalled,” the daily said.';
    const q = find(text, 'talks have stalled');
    expect(q.speaker.name).toBe('Boston Globe');
    expect(q.speaker.type).toBe('organization');
  });
  it('names the speaker after a title with a period and before a party label', () => {
    const text =
      'Mark Jebens, a veteran, found no fault.\n\n“A lot died over nothing,” said Mr. Jebens, who served in Iraq.';
    expect(find(text, 'A lot died').speaker.name).toBe('Mark Jebens');
    const senator = find(
      '“It is the beginning of cracks,” said Sen. Richard Blumenthal (D-Conn.), who pushed.',
      'cracks',
    );
    expect(senator.speaker.name).toBe('Richard Blumenthal');
    expect(senator.speaker.role).toBe('Sen.');
  });

  it('reads a quotation after a later verb as part of that clause, and drops one-word scare quotes', () => {
    const text = 'Since the debate, Cruz has repeatedly chided the media for “the little game” of pitting rivals.';
    const q = find(text, 'little game');
    expect(q.kind).toBe('mixed');
    expect(q.content.text).toBe('the media for “the little game” of pitting rivals');
    const scare = analyzeArticle('The senator called it a “plan” on Monday.').quotes;
    expect(scare.map((x) => x.content.text)).not.toContain('plan');
  });
  it('finds the name after a lower-case role on either side of the cue', () => {
    const after = find('“Turnout rose,” said former Obama adviser David Axelrod.', 'Turnout rose');
    expect(after.speaker.name).toBe('David Axelrod');
    const before = find('“Over half are chosen,” campaign manager Robby Mook said.', 'Over half');
    expect(before.speaker.name).toBe('Robby Mook');
    expect(before.speaker.role).toBe('campaign manager');
  });
  it('keeps the attribution when a long modifier follows the cue', () => {
    const text = '“I am your voice,” Trump said in a long address to delegates on the closing night of the convention.';
    expect(find(text, 'I am your voice').speaker.name).toBe('Trump');
    const second = '“You bet I would,” Chris Christie said when asked whether he would issue a quarantine.';
    expect(find(second, 'You bet').speaker.name).toBe('Chris Christie');
  });
  it('reads a short quotation as the object of the verb before it', () => {
    const q = find('Ana Ruiz left the meeting early, calling it a “great meeting.”', 'great meeting');
    expect(q.kind).toBe('mixed');
    expect(q.content.text).toBe('it a “great meeting.”');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('keeps a long appositive after an inverted cue', () => {
    const text =
      '“It saved us,” said Carole Taylor, the provincial minister of finance at the time the tax was introduced.';
    expect(find(text, 'It saved us').speaker.name).toBe('Carole Taylor');
  });
  it('gives "…,” X said, adding that …" and the quote after it to X', () => {
    const text =
      '“It is clear he did not fight,” Chris Christie said, adding that he had fought for bills. “A leader must fight.”';
    expect(find(text, 'he had fought for bills').speaker.name).toBe('Chris Christie');
    expect(find(text, 'A leader must fight').speaker.name).toBe('Chris Christie');
  });
  it('reads "But, according to X, …" like a sentence that opens with the cue', () => {
    const q = find('But, according to the poll, 46 percent of Republican voters remain undecided.', 'remain undecided');
    expect(q.content.text).toBe('46 percent of Republican voters remain undecided');
    expect(q.cue?.text).toBe('according to');
  });
  it('reports a passive question without naming the unnamed asker', () => {
    const q = find('When asked whether the city should have a vote, Ana Ruiz smiled.', 'should have a vote');
    expect(q.content.text).toBe('whether the city should have a vote');
    expect(q.speaker.name).toBeNull();
  });
});
