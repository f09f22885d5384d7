import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote.ts';

describe('the speaker is the subject of the cue, as written', () => {
  it('skips datelines and introductory phrases, places included, to the clause subject', () => {
    const text =
      'At a town hall in Dover, Delaware, on Friday, Senator Ana Ruiz attacked the plan, saying it would raise taxes.';
    expect(findQuote(text, 'raise taxes').speaker.name).toBe('Ana Ruiz');
    const dateline = 'BERLIN (Reuters) - Mayor Tom Reed defended the budget, saying the city needs new schools.';
    expect(findQuote(dateline, 'new schools').speaker.name).toBe('Tom Reed');
    const participle = 'Speaking at the harbor, Tom Reed praised the crews, saying they had saved the town.';
    expect(findQuote(participle, 'saved the town').speaker.name).toBe('Tom Reed');
  });

  it('"The Daily Ledger report said …": the report is the subject, its named owner speaks, "said" is the cue', () => {
    const text = 'Head\n\nThe Daily Ledger report said the new bridge would open in May.';
    const q = findQuote(text, 'open in May');
    expect(q.speaker.name).toBe('Daily Ledger');
    expect(q.cue?.text).toBe('said');
    expect(q.content.text).toBe('the new bridge would open in May');
    const owner = findQuote('Head\n\nMayor Tom Reed’s statement said the budget was balanced.', 'budget was balanced');
    expect(owner.speaker.name).toBe('Tom Reed');
  });

  it('never takes the hearer of "telling" or "told" for the speaker', () => {
    const text = 'Hours later, Ana Ruiz returned the compliment, telling Reuters, “We have been friends for years.”';
    expect(findQuote(text, 'friends for years').speaker.name).toBe('Ana Ruiz');
    const told = 'Tom Reed did not name his rivals but told his supporters, “Our town is in trouble.”';
    expect(findQuote(told, 'in trouble').speaker.name).toBe('Tom Reed');
  });

  it('keeps a quantified phrase whole and a number inside a noun phrase as a modifier', () => {
    const text = 'Ana Ruiz won the primary. About 4 in 10 said they wanted a change.';
    expect(findQuote(text, 'wanted a change').speaker.name).toBe('About 4 in 10');
    const less = findQuote('Less than a third agreed that the tax was fair.', 'tax was fair');
    expect(less.speaker.name).toBe('Less than a third');
    const nominee = findQuote(
      'The Republican nominee for the Nov. 8 election later said he was joking.',
      'he was joking',
    ).speaker.name;
    expect(nominee).toContain('nominee');
  });

  it('reads a reporting word after an article and modifiers as a noun, not as the cue', () => {
    const text = 'Tom Reed asked the candidates a simple question: Who will win the game?';
    expect(findQuote(text, 'Who will win').speaker.name).toBe('Tom Reed');
  });

  it('takes the head a modifier attaches to, and the first name of a coordinated subject', () => {
    const briefed = findQuote('People briefed on the talks say the deal is close.', 'deal is close').speaker.name;
    expect(briefed).toBe('People briefed on the talks');
    const time = findQuote('Tom Reed at the time said he would sign the bill.', 'sign the bill');
    expect(time.speaker.name).toBe('Tom Reed');
    const both = findQuote('Ana Ruiz and her lawyers have said the claims are false.', 'claims are false');
    expect(both.speaker.name).toBe('Ana Ruiz');
  });

  it('takes the phrase after an inverted cue, with a long appositive or relative clause, as the speaker', () => {
    const text = '“The race is close,” said a Nevada Democrat. “Anything can happen.”';
    expect(findQuote(text, 'race is close').speaker.name).toBe('a Nevada Democrat');
    const long =
      '“Taxes will rise,” said Ana Ruiz, a budget analyst who worked for two governors and wrote a book about the state pension fund. “We cannot wait.”';
    expect(findQuote(long, 'Taxes will rise').speaker.name).toBe('Ana Ruiz');
    const role = '“The talks went well,” the city’s chief negotiator, Tom Reed, said on Tuesday.';
    expect(findQuote(role, 'talks went well').speaker.name).toBe('Tom Reed');
  });

  it('reads past commas inside an appositive (an age, a hometown, a state) to the subject', () => {
    const text = 'Tom Reed, 42, of Dover, Del., said he would vote for the mayor again.';
    expect(findQuote(text, 'vote for the mayor').speaker.name).toBe('Tom Reed');
    const place = 'Ana Ruiz, speaking at a rally in Dover, Delaware, said the plant would stay open.';
    expect(findQuote(place, 'plant would stay open').speaker.name).toBe('Ana Ruiz');
  });

  it('skips time phrases and floated quantifiers between the subject and the verb', () => {
    const week = findQuote('The city council this week announced that the bridge will close.', 'bridge will close');
    expect(week.speaker.name).toContain('council');
    const both = findQuote('Ana Ruiz and Tom Reed have both argued that taxes are too high.', 'taxes are too high');
    expect(both.speaker.name).toBe('Ana Ruiz');
  });

  it('keeps whose role a description names, and never takes an object pronoun or a name inside a phrase', () => {
    const text = 'A spokeswoman for Mayor Tom Reed, asked about the plan, said the city would pay.';
    expect(findQuote(text, 'city would pay').speaker.name).toBe('A spokeswoman for Mayor Tom Reed');
    const inside = 'Ana Ruiz criticised the plan in the British parliament and suggested that it would fail.';
    expect(findQuote(inside, 'it would fail').speaker.name).toBe('Ana Ruiz');
  });

  it('accepts an article, an owner or role words before the subject of a cue after a quotation', () => {
    const text = '“We must rebuild,” his nephew Tom Reed added. Others left early.';
    expect(findQuote(text, 'We must rebuild').speaker.name).toBe('Tom Reed');
    const owner = '“The vote was close,” Gallup’s Ana Ruiz wrote in April. The count went on.';
    expect(findQuote(owner, 'vote was close').speaker.name).toBe('Ana Ruiz');
  });

  it('finds a titled or full name after modifiers in an inverted subject', () => {
    const text = '“The battle is on,” said former Delaware Gov. Tom Reed. The crowd cheered.';
    expect(findQuote(text, 'battle is on').speaker.name).toBe('Tom Reed');
    const close = '“The drop is real,” said a person close to the mayor. “We see it.”';
    expect(findQuote(close, 'drop is real').speaker.name).toBe('a person close to the mayor');
  });

  it('takes a person and any past-tense verb after a comma-closed quotation as its attribution', () => {
    const text = '“Go back to your seat,” Tom Reed barked. A guard walked over.';
    expect(findQuote(text, 'Go back to your seat').speaker.name).toBe('Tom Reed');
    const manner = '“We are so sorry you are leaving,” Ana Ruiz said sarcastically. The crowd laughed.';
    expect(findQuote(manner, 'so sorry').speaker.name).toBe('Ana Ruiz');
  });

  it('skips an owned or capitalised hearer and a relative clause after the speaker', () => {
    const text = '“It was not good,” Tom Reed told CNN’s Ana Ruiz. Reed later blamed the noise.';
    expect(findQuote(text, 'not good').speaker.name).toBe('Tom Reed');
    const caps = 'Ann left. “Nobody wrote that,” co-founder Tom Reed told POLITICO. “Even if you ask.”';
    expect(findQuote(caps, 'Nobody wrote that').speaker.name).toBe('Tom Reed');
    const who = '“It was normal,” said Sen. Tom Reed who represents the city and served as its mayor. “Not now.”';
    expect(findQuote(who, 'It was normal').speaker.name).toBe('Tom Reed');
  });

  it('takes the noun phrase before a relative clause or a participle phrase as the subject', () => {
    const text = 'One city official who relayed the exchange said the mayor was angry.';
    expect(findQuote(text, 'mayor was angry').speaker.name).toBe('One city official who relayed the exchange');
    const participle = 'Council members supporting the bill have said it will pass.';
    expect(findQuote(participle, 'it will pass').speaker.name).toBe('Council members supporting the bill');
  });

  it('names an organisation after its owner, not after another one with the same head noun', () => {
    const text = 'The Campaign Legal Center filed a complaint. Reed’s campaign said the charge was false.';
    expect(findQuote(text, 'charge was false').speaker.name).toBe('Reed campaign');
  });

  it('skips a quotation that opens the sentence and a described appositive after a name', () => {
    const text = '“You will see more depth,” Tom Reed continued, adding that the debates would be calmer.';
    expect(findQuote(text, 'debates would be calmer').speaker.name).toBe('Tom Reed');
    const paper = 'Ana Ruiz, the editor of the city’s newspaper, The Daily Planet, said every mayor was political.';
    expect(findQuote(paper, 'every mayor').speaker.name).toBe('Ana Ruiz');
  });

  it('takes a name after a dash and before a colon as the speaker of the quotation', () => {
    const text = 'Lessons from Iowa - Ana Ruiz: “The lesson is to keep calling voters.”';
    expect(findQuote(text, 'keep calling voters').speaker.name).toBe('Ana Ruiz');
  });

  it('reads sign-offs, sentence-initial inverted cues and "As X put it" frames', () => {
    const dash = 'The claim is old. “Most new income goes to the top.” - Tom Reed. The figure is outdated.';
    expect(findQuote(dash, 'Most new income').speaker.name).toBe('Tom Reed');
    const said = 'Said Ana Ruiz, who grew up on the block, “We were all so proud of him.”';
    expect(findQuote(said, 'so proud').speaker.name).toBe('Ana Ruiz');
    const frame = 'As Tom Reed put it, “The race is a marathon.”';
    expect(findQuote(frame, 'a marathon').speaker.name).toBe('Tom Reed');
    const beamed = '“This is fantastic!” beamed Ana Ruiz of Dover, Delaware, who came early.';
    expect(findQuote(beamed, 'fantastic').speaker.name).toContain('Ana Ruiz');
  });

  it('passes over a dummy "it" and shares the subject of a cue with a participle after it', () => {
    const text = 'It is a long shot, but Ana Ruiz was in Dover on Tuesday, saying the state still matters.';
    expect(findQuote(text, 'state still matters').speaker.name).toBe('Ana Ruiz');
    const adding = 'Tom Reed spoke. “It has been a disaster,” Reed said, adding, “Nobody cares.”';
    expect(findQuote(adding, 'Nobody cares').speaker.name).toBe('Tom Reed');
  });

  it('reads an owner’s role before an inverted name, a role set off before the name, and a question that runs on', () => {
    const owner = '“This is a first,” said Reed’s top policy aide Ana Ruiz. “It will not be the last.”';
    expect(findQuote(owner, 'This is a first').speaker.name).toBe('Ana Ruiz');
    const friend = 'Ann left. “She is a mother of three,” another friend, Ana Ruiz told CNN. “She taught.”';
    expect(findQuote(friend, 'mother of three').speaker.name).toBe('Ana Ruiz');
    const question = 'Kelly paused. “You know, it happens, right?” Tom Reed went on. “Get over it.”';
    expect(findQuote(question, 'it happens, right').speaker.name).toBe('Tom Reed');
  });

  it('skips participle phrases with any object before the subject', () => {
    const text = 'Facing mounting criticism, Tom Reed released a statement, saying he regretted the remark.';
    expect(findQuote(text, 'regretted the remark').speaker.name).toBe('Tom Reed');
  });

  it('reads past a title’s period before a colon cue, and keeps a document’s named source', () => {
    const text = 'Tom Reed spoke first. And Mr. Christie gloated: “I told you he would not be ready.”';
    expect(findQuote(text, 'would not be ready').speaker.name).toBe('Christie');
    const report = 'Six counties were decided by a coin toss, according to a report in the Daily Planet.';
    expect(findQuote(report, 'coin toss').speaker.name).toBe('a report in the Daily Planet');
  });

  it('reads past a nested quotation’s single mark around the closing mark', () => {
    const text = "Ann spoke. ''I would use the word 'old-school,''' said Tom Reed. The room laughed.";
    expect(findQuote(text, 'old-school').speaker.name).toBe('Tom Reed');
    const inner = 'Ann spoke. “He said, ‘We wrote the songs, bro,’” Tom Reed continued. The band laughed.';
    expect(findQuote(inner, 'We wrote the songs').speaker.name).toBe('Tom Reed');
  });

  it('reads a frame whose verb is not last and a coordinated pair of writers', () => {
    const frame = 'As Tom Reed pointed out in December, “The week before the vote is chaos.”';
    expect(findQuote(frame, 'is chaos').speaker.name).toContain('Reed');
    const pair = 'Ann left. “It was a long night,” Tom Reed and Ana Ruiz wrote. “Nobody slept.”';
    // Two writers: the first named speaks for both (the convention for coordinated subjects).
    expect(findQuote(pair, 'long night').speaker.name).toBe('Tom Reed');
  });

  it('takes a name with a party label between commas after an introductory phrase', () => {
    const text = 'Speaking in Dover after the primary, Gov. Tom Reed (R-Del.), said, “We are ready to go all the way.”';
    expect(findQuote(text, 'ready to go').speaker.name).toBe('Tom Reed');
  });

  it('lets a described "according to" source run to the clause end', () => {
    const text =
      'The attacker pledged loyalty online, according to a letter to Facebook from the chairman of the Senate Committee on Homeland Security.';
    expect(findQuote(text, 'pledged loyalty').speaker.name).toContain('Senate Committee on Homeland Security');
  });

  it('skips "in the past" between the subject and the verb', () => {
    const text = 'Ana Ruiz’s close friends have in the past said that she never wanted the job.';
    expect(findQuote(text, 'never wanted the job').speaker.name).toContain('friends');
  });

  it('reads past a relative clause that holds commas to the subject', () => {
    const text = 'Ana Ruiz, whose hometown, Dover, could flood within decades, argues that the levees must rise.';
    expect(findQuote(text, 'levees must rise').speaker.name).toBe('Ana Ruiz');
  });

  it('skips a distance in time ("a month later", "two days ago") between the subject and the cue', () => {
    const q = findQuote(
      'Sales fell. When Ana Ruiz a month later announced that the plant would close, nobody was surprised.',
      'plant',
    );
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
  it('reads two coordinated names after a quotation as the speakers, the first one named', () => {
    const q = findQuote('The panel ruled. "The judges were partisan," Ana Ruiz and Tom Reed said.', 'judges');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });
});
