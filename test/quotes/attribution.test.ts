import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import { findQuote } from './find-quote.ts';

describe('attribution patterns a reader would expect', () => {
  it('a quote split by its attribution gives both halves to the speaker', () => {
    const text = 'Senator Maria Lopez spoke on Monday. “We will vote no,” she said. “The bill is a mistake.”';
    expect(findQuote(text, 'We will vote no').speaker.name).toBe('Maria Lopez');
    expect(findQuote(text, 'The bill is a mistake').speaker.name).toBe('Maria Lopez');
  });

  it('a quote that runs over two paragraphs is one quote', () => {
    const text = 'Governor Tom Reed said: “The roads are closed.\n\n“Stay home until Friday.”';
    const q = findQuote(text, 'The roads are closed');
    expect(q.content.text).toContain('Stay home until Friday');
    expect(q.speaker.name).toBe('Tom Reed');
    expect(q.speaker.role).toBe('Governor');
  });

  it('reports indirect speech in any tense, with "according to" and "X:" cues', () => {
    expect(
      findQuote('The mayor, Ana Ruiz, has said the budget will shrink next year.', 'budget will shrink').speaker.name,
    ).toBe('Ana Ruiz');
    const according = findQuote('According to the Daily Planet, the plant will close in May.', 'plant will close');
    expect(according.kind).toBe('indirect');
    expect(according.cue?.text).toBe('According to');
    expect(findQuote('Ana Ruiz: “We are ready for the storm.”', 'ready for the storm').speaker.name).toBe('Ana Ruiz');
  });

  it('marks anonymous speakers as anonymous instead of guessing a name', () => {
    const q = findQuote(
      'Ana Ruiz left early. Officials said the bridge would reopen on Tuesday.',
      'bridge would reopen',
    );
    expect(q.speaker.type).toBe('anonymous');
    expect(q.speaker.name).toBe('Officials');
    expect(q.speaker.entityKey).toBeNull();
  });

  it('marks beliefs as beliefs, not speech', () => {
    const q = findQuote('Tom Reed believes the plan will fail in the Senate.', 'plan will fail');
    expect(q.belief).toBe(true);
  });

  it('resolves "the daily" to the newspaper named before', () => {
    const text = 'The Boston Globe reported the deal on Sunday. “The talks have stalled,” the daily said.';
    const q = findQuote(text, 'talks have stalled');
    expect(q.speaker.name).toBe('Boston Globe');
    expect(q.speaker.type).toBe('organization');
  });
  it('names the speaker after a title with a period and before a party label', () => {
    const text =
      'Mark Jebens, a veteran, found no fault.\n\n“A lot died over nothing,” said Mr. Jebens, who served in Iraq.';
    expect(findQuote(text, 'A lot died').speaker.name).toBe('Mark Jebens');
    const senator = findQuote(
      '“It is the beginning of cracks,” said Sen. Richard Blumenthal (D-Conn.), who pushed.',
      'cracks',
    );
    expect(senator.speaker.name).toBe('Richard Blumenthal');
    expect(senator.speaker.role).toBe('Sen.');
  });

  it('reads a quotation after a later verb as part of that clause, and drops one-word scare quotes', () => {
    const text = 'Since the debate, Cruz has repeatedly chided the media for “the little game” of pitting rivals.';
    const q = findQuote(text, 'little game');
    expect(q.kind).toBe('mixed');
    expect(q.content.text).toBe('the media for “the little game” of pitting rivals');
    const scare = analyzeArticle('The senator called it a “plan” on Monday.').quotes;
    expect(scare.map((x) => x.content.text)).not.toContain('plan');
  });
  it('finds the name after a lower-case role on either side of the cue', () => {
    const after = findQuote('“Turnout rose,” said former Obama adviser David Axelrod.', 'Turnout rose');
    expect(after.speaker.name).toBe('David Axelrod');
    const before = findQuote('“Over half are chosen,” campaign manager Robby Mook said.', 'Over half');
    expect(before.speaker.name).toBe('Robby Mook');
    expect(before.speaker.role).toBe('campaign manager');
  });
  it('keeps the attribution when a long modifier follows the cue', () => {
    const text = '“I am your voice,” Trump said in a long address to delegates on the closing night of the convention.';
    expect(findQuote(text, 'I am your voice').speaker.name).toBe('Trump');
    const second = '“You bet I would,” Chris Christie said when asked whether he would issue a quarantine.';
    expect(findQuote(second, 'You bet').speaker.name).toBe('Chris Christie');
  });
  it('reads a short quotation as the object of the verb before it', () => {
    const q = findQuote('Ana Ruiz left the meeting early, calling it a “great meeting.”', 'great meeting');
    expect(q.kind).toBe('mixed');
    expect(q.content.text).toBe('it a “great meeting.”');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('keeps a long appositive after an inverted cue', () => {
    const text =
      '“It saved us,” said Carole Taylor, the provincial minister of finance at the time the tax was introduced.';
    expect(findQuote(text, 'It saved us').speaker.name).toBe('Carole Taylor');
  });
  it('gives "…,” X said, adding that …" and the quote after it to X', () => {
    const text =
      '“It is clear he did not fight,” Chris Christie said, adding that he had fought for bills. “A leader must fight.”';
    expect(findQuote(text, 'he had fought for bills').speaker.name).toBe('Chris Christie');
    expect(findQuote(text, 'A leader must fight').speaker.name).toBe('Chris Christie');
  });
  it('reads "But, according to X, …" like a sentence that opens with the cue', () => {
    const q = findQuote(
      'But, according to the poll, 46 percent of Republican voters remain undecided.',
      'remain undecided',
    );
    expect(q.content.text).toBe('46 percent of Republican voters remain undecided');
    expect(q.cue?.text).toBe('according to');
  });
  it('reports a passive question without naming the unnamed asker', () => {
    const q = findQuote('When asked whether the city should have a vote, Ana Ruiz smiled.', 'should have a vote');
    expect(q.content.text).toBe('whether the city should have a vote');
    expect(q.speaker.name).toBeNull();
  });
  it('reads a quotation that is only part of the clause its cue reports as mixed', () => {
    const text =
      'Mayor Ana Ruiz spoke on Monday. Ruiz said “the budget is broken” every time the council met, and she left. ' +
      'The council is “out of touch,” Ruiz said. Ruiz also called the plan “a gift to developers.” ' +
      'She urged voters to “send a message” to the council on Tuesday.';
    const after = findQuote(text, 'budget is broken');
    expect(after.kind).toBe('mixed');
    expect(after.content.text).toBe('“the budget is broken” every time the council met');
    const before = findQuote(text, 'out of touch');
    expect(before.content.text).toBe('The council is “out of touch');
    expect(before.speaker.name).toBe('Ana Ruiz');
    const called = findQuote(text, 'gift to developers');
    expect(called.content.text).toBe('the plan “a gift to developers.”');
    expect(called.cue?.text).toBe('called');
    const urged = findQuote(text, 'send a message');
    expect(urged.content.text).toBe('voters to “send a message” to the council on Tuesday');
    expect(urged.speaker.name).toBe('Ana Ruiz');
  });
  it('reads a title-case chant after a naming verb, not a noun after a possessive, and drops short scare quotes', () => {
    const text =
      'Supporters waited for hours. The crowd chanted “USA! USA!” as the mayor arrived. ' +
      'The senator backed a “law and order” agenda on Monday. Sanders’ campaign called AP’s report a “rush to judgment.”';
    expect(findQuote(text, 'USA! USA!').cue?.text).toBe('chanted');
    const called = findQuote(text, 'rush to judgment');
    expect(called.cue?.text).toBe('called');
    expect(called.content.text).toBe('AP’s report a “rush to judgment.”');
    expect(analyzeArticle(text).quotes.some((q) => q.content.text.includes('law and order'))).toBe(false);
  });
  it('reads an opening curly mark glued to the word before it as a closing mark typed the wrong way round', () => {
    const text = 'Senator Ana Ruiz called the proposal “reckless“ in a post on Sunday. “We will fight it,“ said Ruiz.';
    expect(findQuote(text, 'reckless').cue?.text).toBe('called');
    const q = findQuote(text, 'We will fight it');
    expect(q.content.text).toBe('We will fight it');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('gives a quotation after a relative "who said" to the name before it', () => {
    const text = 'The rally was loud. Mayor Ana Ruiz, who said she would “fight the plan” in court, spoke last.';
    const q = findQuote(text, 'fight the plan');
    expect(q.cue?.text).toBe('said');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('takes earlier quotations of the same clause into a quote whose cue follows it', () => {
    const q = findQuote('The debate went on. Taxes are “too high” and “hurt families,” Ruiz said.', 'hurt families');
    expect(q.content.text).toBe('Taxes are “too high” and “hurt families');
    expect(
      analyzeArticle('The debate went on. Taxes are “too high” and “hurt families,” Ruiz said.').quotes,
    ).toHaveLength(1);
  });
  it('closes a double quotation on a lone right single mark that ends its sentence', () => {
    const text = 'Ruiz tweeted: “We can win. Vote today.’ Ruiz was in Ohio on Monday, at a “big rally” there.';
    expect(findQuote(text, 'We can win').content.text).toBe('We can win. Vote today.');
  });
  it('keeps the clause before a colon and the words after a short quotation in what is reported', () => {
    const text =
      'Mayor Ana Ruiz spoke in Ohio. Ruiz adds that voters have two choices: “You either vote or you lose.” ' +
      'Ruiz showed “extreme carelessness” with the data.';
    expect(findQuote(text, 'You either vote').content.text).toBe(
      'that voters have two choices: “You either vote or you lose.',
    );
    expect(findQuote(text, 'extreme carelessness').content.text).toBe('“extreme carelessness” with the data');
  });
  it('reads a closing curly mark at the start of a paragraph before a word as an opening mark', () => {
    const text = 'Readers wrote in.\n\n”Stay safe, everyone, and vote,” posted Ana Ruiz.';
    const q = findQuote(text, 'Stay safe');
    expect(q.content.text).toBe('Stay safe, everyone, and vote');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('reads a "that" clause after a noun of speech as what was said', () => {
    const text =
      'Mayor Ana Ruiz spoke on Monday. Critics cited her assertion that the budget was “totally balanced” last year.';
    const q = findQuote(text, 'totally balanced');
    expect(q.kind).toBe('mixed');
    expect(q.content.text).toBe('that the budget was “totally balanced” last year');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('keeps the clause before a comma-led quotation whose cue follows it', () => {
    const text = 'The vote was close. Though the count was slow, “we never doubted it,” said Ana Ruiz.';
    expect(findQuote(text, 'never doubted').content.text).toBe('Though the count was slow, “we never doubted it');
  });
  it('reads a quotation after a verb of judging someone in words', () => {
    const text = 'The hearing ran late. Ruiz lambasted the director for acting as “judge and jury” in the case.';
    const q = findQuote(text, 'judge and jury');
    expect(q.cue?.text).toBe('lambasted');
    expect(q.content.text).toBe('the director for acting as “judge and jury” in the case');
  });
  it('reads "Name: “…”" after a dash as that name speaking', () => {
    const q = findQuote(
      'Polls were off in Iowa - Ana Ruiz: “The polls ended too early. That is all.”',
      'ended too early',
    );
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('reads a sentence that opens with a quotation and ends "…, X said" as one mixed quote', () => {
    const text =
      'The attacks shook the city.\n\n"More police" would help, Republican candidate Ana Ruiz said after the attacks.';
    const q = findQuote(text, 'More police');
    expect(q.kind).toBe('mixed');
    expect(q.content.text).toBe('More police" would help');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('keeps a name given in quotation marks after "titled" or "known as", with no speaker', () => {
    const text =
      'The group ran ads. It launched an ad titled “Scam Artist” on Monday. The plan, known as “the full sweep,” failed.';
    const titled = findQuote(text, 'Scam Artist');
    expect(titled.cue?.text).toBe('titled');
    expect(titled.speaker.name).toBeNull();
    expect(findQuote(text, 'the full sweep').cue?.text).toBe('known');
    expect(
      findQuote('The results came in. But their chants of “Go! Go! Go!” were cut short.', 'Go! Go!').cue?.text,
    ).toBe('chants');
  });
  it('reads a longer quotation as the object of a verb just before it', () => {
    const text =
      'Polls were mixed. Ruiz’s campaign, in a memo, outlined how “a small tax on trades” would raise money.';
    expect(findQuote(text, 'small tax').content.text).toBe('how “a small tax on trades” would raise money');
  });
  it('keeps a subordinate clause between the cue and a comma-led quotation', () => {
    const text =
      'Ruiz spoke. Ruiz said because the mayor is popular with voters, “he is a very good surrogate for her.”';
    expect(findQuote(text, 'good surrogate').content.text).toBe(
      'because the mayor is popular with voters, “he is a very good surrogate for her.',
    );
  });
  it('reads a verb of the manner of speaking after a quotation as its cue', () => {
    const text = 'The rally was loud. Ana Ruiz spoke first. “We will win this,” Ruiz continued.';
    const q = findQuote(text, 'We will win');
    expect(q.cue?.text).toBe('continued');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('takes a coordinated clause before a quotation back to the sentence start', () => {
    const text = 'Ruiz tried to distance herself from the mayor, and in doing so she "made a mistake," Lee said.';
    expect(findQuote(text, 'made a mistake').content.text).toBe(
      'Ruiz tried to distance herself from the mayor, and in doing so she "made a mistake',
    );
  });
  it('does not report a quotation again on its own when a mixed clause before it already holds it', () => {
    const text = 'Ruiz spoke last. Ruiz described the plan as “a disaster” and “a waste of money” on Monday.';
    const quotes = analyzeArticle(text).quotes.filter((q) => q.content.text.includes('waste of money'));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.content.text).toContain('a disaster');
  });
  it('opens a straight quotation glued to a colon', () => {
    const q = findQuote('The hearing was tense.\n\nRep. Ana Ruiz (D-Ohio):"Who told you that?"', 'Who told you');
    expect(q.content.text).toBe('Who told you that?');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('gives "X, who replied: “…”" to X', () => {
    const quotes = analyzeArticle('The call went on. Ruiz asked Tom Lee, who replied: “Not today, not ever.”').quotes;
    const direct = quotes.find((q) => q.kind === 'direct' && q.content.text.startsWith('Not today'));
    expect(direct?.speaker.name).toBe('Tom Lee');
  });
  it('takes the noun a naming participle names into the content, not as the speaker', () => {
    const text = 'Mayor Ana Ruiz spoke on Monday. Ruiz slammed the tax loophole called an “inversion” in her speech.';
    const q = findQuote(text, 'inversion');
    expect(q.content.text).toBe('the tax loophole called an “inversion” in her speech');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('reads past a contracted auxiliary and an irregular participle to the verb whose clause holds the quotation', () => {
    const q = findQuote(
      'The pattern is clear. We’ve seen this sort of “cover-up in plain sight” from the agency before.',
      'cover-up',
    );
    expect(q.content.text).toBe('this sort of “cover-up in plain sight” from the agency before');
  });
  it('joins uncued quotations that follow each other into one stretch of the same speaker', () => {
    const text =
      'Senator Ana Ruiz spoke on Monday. “We will vote no,” she said. “The bill is a mistake.” “It hurts families.”';
    const q = findQuote(text, 'The bill is a mistake');
    expect(q.content.text).toBe('The bill is a mistake.” “It hurts families.');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('keeps the words after a continuing quotation when its sentence goes on', () => {
    const text =
      'Senator Ana Ruiz spoke on Monday. “Voters like the plan,” she said. “They are not there yet” to back it this year.';
    const q = findQuote(text, 'not there yet');
    expect(q.content.text).toBe('They are not there yet” to back it this year');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('reads "“…,” the White House said" with an article before the speaker as the quote\'s cue', () => {
    const q = findQuote('The plan was debated. “It cannot pass,” the White House said in a statement.', 'cannot pass');
    expect(q.cue?.text).toBe('said');
    expect(q.speaker.name).toBe('White House');
  });
  it('gives a quotation after ", mentioning …" the subject of the cue before the participle', () => {
    const text =
      'The band is recording. “We wrote many songs,” Kiedis said, mentioning the album is “in the home stretch.”';
    expect(findQuote(text, 'home stretch').speaker.name).toBe('Kiedis');
  });
  it('drops a short quotation that its sentence goes on to talk about (a term, not speech)', () => {
    const text =
      'Senator Ana Ruiz spoke on Monday. “We will vote no,” she said. “Containment” has been our policy since the war.';
    expect(analyzeArticle(text).quotes.some((q) => q.content.text.includes('Containment'))).toBe(false);
  });

  it('reads a dash-and-name paragraph after a quotation as its signature', () => {
    const text =
      'Claims from the debate.\n\n"Wages have not grown for forty years in this country."\n\n- Ana Ruiz.\n\nThat is wrong.';
    expect(findQuote(text, 'Wages have not grown').speaker.name).toBe('Ana Ruiz');
  });

  it("reads an archive-style ''' (inner single mark, then the double) before an inverted cue", () => {
    const text = "The vote was close. ''We call it 'the long night,''' said Senator Tom Reed of Ohio.";
    expect(findQuote(text, 'We call it').speaker.name).toBe('Tom Reed of Ohio');
  });
  it('takes a past-tense verb before a colon as the cue, but not a noun or an adverb there', () => {
    const echoed = findQuote('The hall was full. Jane Roe echoed: “We will win this fight.”', 'win this fight');
    expect(echoed.speaker.name).toBe('Jane Roe');
    const text = 'As Tom Reed observed, the real winner was the stage itself: “Nobody watched the candidates at all.”';
    expect(findQuote(text, 'Nobody watched').speaker.name).toBe('Tom Reed');
  });
  it('gives a quotation after "-ing" following the clause object to the clause subject', () => {
    const text =
      'The debate was lively. Ana Ruiz opened their third debate saying Tom Reed lacked “the judgment” to lead.';
    expect(findQuote(text, 'the judgment').speaker.name).toBe('Ana Ruiz');
  });
  it('gives a quotation to the sentence before it when that sentence is only a cue ("X said in a statement.")', () => {
    const text =
      'Turnout was high. Ana Ruiz, the party chair, said in a statement.\n\n“We will count every vote and publish the results.”';
    expect(findQuote(text, 'count every vote').speaker.name).toBe('Ana Ruiz');
  });
  it('gives a quotation after ", writing:" to the subject of the clause the participle attaches to', () => {
    const text =
      'The attack was terrible. Senator Ana Ruiz quickly took to Twitter, writing: "Another attack on our town."';
    expect(findQuote(text, 'Another attack').speaker.name).toBe('Ana Ruiz');
  });
  it('takes the person before "who" as the speaker even without a comma', () => {
    const text = 'Many users joked. Among them was a post from Ana Ruiz who wrote, "The mayor will run things for us."';
    expect(findQuote(text, 'run things').speaker.name).toBe('Ana Ruiz');
  });
});
