import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import { findQuote } from './find-quote.ts';

describe('pronoun and description speakers', () => {
  it('follows a chain of pronoun subjects instead of a name in the object', () => {
    const text =
      'Mark Allen arrived in Ohio on Monday. He criticised the bill written by Paul Green. He said the bill would hurt farmers.';
    expect(findQuote(text, 'hurt farmers').speaker.name).toBe('Mark Allen');
  });

  it('takes the subject, not a name after a preposition, as the antecedent', () => {
    const text =
      'In an interview with Paul Green, Mark Allen criticised the bill. He said the bill would hurt farmers.';
    expect(findQuote(text, 'hurt farmers').speaker.name).toBe('Mark Allen');
  });

  it('gives "who" after an appositive to the name the appositive describes', () => {
    const q = findQuote(
      'Critics included Tom Reed, the director of the Water Institute, who said the dam would fail.',
      'dam',
    );
    expect(q.speaker.name).toBe('Tom Reed');
    expect(q.speaker.role).toBe('director of the Water Institute');
  });

  it('knows the gender of given names from a general list, not only the commonest ones', () => {
    const text =
      'Hillary Rodham debated Marco Ruiz in Miami. Ruiz attacked her record on trade. She said the plan would protect jobs.';
    expect(findQuote(text, 'protect jobs').speaker.name).toBe('Hillary Rodham');
  });

  it('skips a man the pronoun’s clause only mentions when “she” needs a woman', () => {
    const text =
      'Jane Roe spoke to reporters on Monday. “I will vote,” Roe said. Asked about Donald Trump, who has insulted voters, she replied that she had not decided.';
    expect(findQuote(text, 'had not decided').speaker.name).toBe('Jane Roe');
  });

  it('reads "said a New Hampshire Republican" as an anonymous speaker, and "Republican claims" as no speaker', () => {
    const text =
      'Polls tightened.\n\n“The race is open,” said a New Hampshire Republican. Aides disputed Republican claims.';
    const q = findQuote(text, 'The race is open');
    expect(q.speaker.type).toBe('anonymous');
    expect(q.speaker.name).toBe('a New Hampshire Republican');
  });

  it('takes a person’s gender from most of the pronouns near the name, not the first one', () => {
    const text =
      'Senator Mary Hill met Tom Reed, who praised her plan. Reed said he would vote for it. Reed added that he was proud. Later, Reed met Ana Ruiz. He said the plan would pass.';
    expect(findQuote(text, 'plan would pass').speaker.name).toBe('Tom Reed');
  });

  it('reads "the Florida senator" as the person in focus, but not an unknown "Senate minority leader"', () => {
    const intro = 'Head\n\nSenator Paul Green spoke in Tampa on Monday. “We will win this state,” Green said. ';
    expect(findQuote(`${intro}The Florida senator said the polls were wrong.`, 'polls').speaker.name).toBe(
      'Paul Green',
    );
    const other = findQuote(`${intro}The Senate minority leader said the polls were wrong.`, 'polls');
    expect(other.speaker.type).toBe('anonymous');
  });

  it('knows a common given name’s gender, so "he" skips Mary', () => {
    const text =
      'Head\n\nMary Hill thanked David Stone at the rally. “We owe him a lot,” Hill said. He said the plan would pass.';
    expect(findQuote(text, 'plan would pass').speaker.name).toBe('David Stone');
  });

  it('gives a quotation inside "X, who called …" to X, but not when "who" is the object', () => {
    const subject =
      'Head\n\nDomestically, the speech drew a sharp reaction from Senator Mary Hill, who called the plan “a reckless gamble that will fail.”';
    expect(findQuote(subject, 'reckless gamble').speaker.name).toBe('Mary Hill');
    const object = 'Head\n\nTom Reed took a swipe at Mary Hill, who he dubbed “the little senator.”';
    expect(findQuote(object, 'little senator').speaker.name).toBe('Tom Reed');
  });

  it('does not take an opening participle ("Kicking off the day …,") for the speaker', () => {
    const text =
      'Head\n\nKicking off the day in Salem, Tom Reed called the plan “a disaster for farmers.” Then he said the tax would hurt farmers.';
    expect(findQuote(text, 'disaster for farmers').speaker.name).toBe('Tom Reed');
    expect(findQuote(text, 'tax would hurt').speaker.name).toBe('Tom Reed');
  });

  it('never takes a first-person contraction ("I\'m") for a person', () => {
    const text =
      'Head\n\nYoung voters worry about guns.\n\n"I\'m all for the Second Amendment and protecting it," says Tom Reed, 31, of Tujunga, Calif., but he was shocked when he heard about the  "gun show loophole" that allows some buyers to skip checks. "It kind of scares me," he says.';
    const analysis = analyzeArticle(text);
    expect(analysis.entities.map((e) => e.name)).not.toContain("I'm");
    expect(findQuote(text, 'scares me').speaker.name).toBe('Tom Reed');
  });
  it('does not take a name after a preposition in the pronoun’s own sentence for "he"', () => {
    const text = 'Tom Reed criticised the plan on Monday. After meeting with Paul Green, he said the plan would fail.';
    expect(findQuote(text, 'plan would fail').speaker.name).toBe('Tom Reed');
  });

  it('keeps the latest speaker as "he" while nobody else has been named since', () => {
    const text =
      'Paul Green proposed the plan. Yet Green is also a “good man,” Tom Reed said. “Nobody wants it. Farmers hate it.” “We will fight,” he said.';
    expect(findQuote(text, 'We will fight').speaker.name).toBe('Tom Reed');
  });

  it('does not take a company typed like a name ("Acme Carrier", and "the carrier" later) for "he"', () => {
    const text =
      'Tom Reed runs the union. Acme Carrier closed the plant in May. The carrier makes furnaces. “We will stay,” he said.';
    expect(findQuote(text, 'We will stay').speaker.name).toBe('Tom Reed');
  });
  it('reads "’s been" after a name as "has", so the name stays the subject for "he"', () => {
    const text =
      'Paul Green spoke first. Tom Reed’s been making the case for weeks that Green is not ready. “He is not qualified,” he said.';
    expect(findQuote(text, 'not qualified').speaker.name).toBe('Tom Reed');
  });

  it('reads "said the younger Mr. Reed" as Mr. Reed, not a description cut at the title', () => {
    const text = "Tom Reed spoke on Monday. ''We did it, and we are proud,'' said the younger Mr. Reed, smiling.";
    expect(findQuote(text, 'proud').speaker.name).toContain('Reed');
  });
  it('reads "it" after "the email read" as the email, which speaks for its sender', () => {
    const text =
      'Ana Ruiz said on Monday that she would run. “Vote for me,” the email read. It stated that taxes would fall.';
    const q = findQuote(text, 'taxes would fall');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('does not take an object "her" after a name\'s verb for that name\'s gender', () => {
    const text = 'Ana Ruiz ran for mayor. Chris Lane endorsed her on Sunday. “She will win,” he said.';
    expect(findQuote(text, 'She will win').speaker.name).toBe('Chris Lane');
  });
});
