import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import { findQuote } from './find-quote.ts';

describe('reported speech without quotation marks', () => {
  it('reads a short opener before a parenthetical cue ("The goal, he said, is …")', () => {
    const q = findQuote(
      'Ana Ruiz spoke on Monday. The goal, she said, is a lasting truce in the valley.',
      'lasting truce',
    );
    expect(q.content.text).toBe('is a lasting truce in the valley');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });

  it('finds the content before "the Gazette reported" and "a spokesman told The Daily Planet"', () => {
    const text =
      'The mill will close in March, the Gazette reported. The owner had tried to sell it, a company spokesman told The Daily Planet.';
    expect(findQuote(text, 'mill will close').cue?.text).toBe('reported');
    expect(findQuote(text, 'tried to sell').cue?.text).toBe('told');
  });

  it('reads a description the speaker readers cut short ("a source close to him said")', () => {
    const q = findQuote('The senator will run again next year, a source close to him said.', 'run again');
    expect(q.content.text).toBe('The senator will run again next year');
    expect(q.speaker.type).toBe('anonymous');
  });

  it('does not read a relative clause as the subject ("a deal the union has criticized")', () => {
    const quotes = analyzeArticle('The city now pays half of the cost, a deal the union has criticized.').quotes;
    expect(quotes).toHaveLength(0);
  });

  it('finds the subject across a time phrase, a coordinated verb or a long appositive', () => {
    expect(
      findQuote('Ana Ruiz on Tuesday said the bridge would reopen soon.', 'bridge would reopen').speaker.name,
    ).toBe('Ana Ruiz');
    const but = findQuote(
      'Mayor Tom Reed declined to comment on the budget but said the vote was fair.',
      'vote was fair',
    );
    expect(but.speaker.name).toBe('Tom Reed');
    const long = findQuote(
      'Maria Lopez, 34, a nurse from Dayton who backs the union, said the new hospital was badly needed.',
      'hospital was badly needed',
    );
    expect(long.speaker.name).toBe('Maria Lopez');
  });

  it('does not read "said little about …" as a statement', () => {
    const quotes = analyzeArticle('Tom Reed praised the plan but said little about how it would be paid for.').quotes;
    expect(quotes).toHaveLength(0);
  });

  it('reads questions: "Asked on Monday whether …", "asked by X if …", "X asked the voters if …"', () => {
    const opening = findQuote('Asked on Monday whether the plant would close, Ana Ruiz shook her head.', 'plant would');
    expect(opening.content.text).toBe('whether the plant would close');
    const by = findQuote('Tom Reed, asked by a reporter if he would run again, smiled.', 'would run again');
    expect(by.content.text).toBe('if he would run again');
    const active = findQuote('Ana Ruiz asked the voters if they trusted the new council.', 'trusted the new council');
    expect(active.speaker.name).toBe('Ana Ruiz');
    expect(active.content.text).toBe('if they trusted the new council');
  });

  it('reads participle cues after "and", "while" or a dateline, and after a share of voters', () => {
    const and = findQuote(
      'Tom Reed toured the mill, praising the workers and suggesting it would stay open.',
      'would stay',
    );
    expect(and.speaker.name).toBe('Tom Reed');
    const dateline = findQuote(
      'DAYTON — Ana Ruiz defended the budget on Monday, saying the cuts would protect the schools.',
      'cuts would protect',
    );
    expect(dateline.speaker.name).toBe('Ana Ruiz');
    const share = findQuote(
      'The poll found Reed ahead, with 62 percent of voters saying they trusted him.',
      'they trusted him',
    );
    expect(share.speaker.type).toBe('anonymous');
    expect(
      analyzeArticle('Ana Ruiz spoke at length while praising the crews and thanking volunteers.').quotes,
    ).toHaveLength(0);
  });

  it('reads a title-case headline "X Says …"', () => {
    const text = 'Ana Ruiz Says The Bridge Will Reopen In May\n\nThe mayor spoke on Monday.';
    const q = findQuote(text, 'The Bridge Will Reopen');
    expect(q.content.text).toBe('The Bridge Will Reopen In May');
    expect(q.speaker.name).toBe('Ana Ruiz');
    expect(analyzeArticle('Tom Reed May Not Have Said The Bridge Was Safe\n\nHe spoke.').quotes).toHaveLength(0);
  });

  it('finds subjects behind dashes, "however" and shares, and inverted subjects with a relative clause', () => {
    const dash = findQuote(
      'The judge -- who was hearing the case -- said she regretted the delay.',
      'regretted the delay',
    );
    expect(dash.content.text).toBe('she regretted the delay');
    const however = findQuote('City officials, however, said the water was safe to drink.', 'water was safe');
    expect(however.speaker.type).toBe('anonymous');
    expect(findQuote('A third of voters, 33%, say the mayor should resign.', 'mayor should resign').cue?.text).toBe(
      'say',
    );
    const relative = findQuote(
      'The dam will hold through the spring, said an official who inspected it on Monday.',
      'dam will hold',
    );
    expect(relative.content.text).toBe('The dam will hold through the spring');
    const named = findQuote(
      'The council lacks support among its members, whom the mayor has angered, said Ana Ruiz, director of the Civic Center.',
      'lacks support',
    );
    expect(named.speaker.name).toBe('Ana Ruiz');
  });

  it('reads "according to X" in mid-sentence and after a long source, and hearers like "told a Senate panel"', () => {
    const mid = findQuote(
      'At the heart of the dispute, according to the mayor, was a missing permit.',
      'missing permit',
    );
    expect(mid.content.text).toBe('At the heart of the dispute, according to the mayor, was a missing permit');
    const appositive = findQuote('The plant employs 400 people, according to Acme, a steel maker.', 'employs 400');
    expect(appositive.content.text).toBe('The plant employs 400 people');
    const long = findQuote(
      'According to early results of exit polls conducted for the networks by a research firm, most voters were angry.',
      'most voters were angry',
    );
    expect(long.cue?.text).toBe('According to');
    const hearer = findQuote(
      'The bridge will close in May, Ana Ruiz told a Senate panel Wednesday.',
      'bridge will close',
    );
    expect(hearer.content.text).toBe('The bridge will close in May');
  });

  it('reads "X described Y as Z" up to the first clause break', () => {
    const q = findQuote('Ana Ruiz described the plan as a costly mistake, and the council agreed.', 'costly mistake');
    expect(q.content.text).toBe('the plan as a costly mistake');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });

  it('skips "for weeks" and "to the council" before the reported clause, not after "agreed to"', () => {
    const weeks = findQuote('Ana Ruiz has said for weeks she would not run again.', 'would not run');
    expect(weeks.content.text).toBe('she would not run again');
    const to = findQuote('The union wrote to the council that the contract had expired.', 'contract had expired');
    expect(to.content.text).toBe('the contract had expired');
    expect(analyzeArticle('Tom Reed said little about how the plan would be paid for.').quotes).toHaveLength(0);
  });

  it('reads "promised to …" and "claim to …" up to the first clause break', () => {
    const q = findQuote('Ana Ruiz promised to rebuild the bridge, and the crowd cheered.', 'rebuild the bridge');
    expect(q.content.text).toBe('to rebuild the bridge');
    expect(findQuote('Few voters claim to trust the council.', 'trust the council').cue?.text).toBe('claim');
  });

  it('reads nominal reports: "his claim that …", "Ruiz’s promise to …"', () => {
    const claim = findQuote('Tom Reed repeated his claim in May that the audit was rigged.', 'audit was rigged');
    expect(claim.content.text).toBe('the audit was rigged');
    const promise = findQuote('Voters remember Ana Ruiz’s promise to cut fares, which she kept.', 'cut fares');
    expect(promise.content.text).toBe('to cut fares');
    expect(promise.speaker.name).toBe('Ana Ruiz');
    expect(analyzeArticle('Tom Reed gave up his claim to the seat on Monday.').quotes).toHaveLength(0);
  });

  it('reads a speech participle that opens the sentence ("Noting that …, Ruiz …")', () => {
    const q = findQuote('Noting that the plant had closed, Ana Ruiz called for new jobs.', 'plant had closed');
    expect(q.content.text).toBe('the plant had closed');
    expect(q.speaker.name).toBe('Ana Ruiz');
  });

  it('gives "“…,” he told cheering supporters in Dayton" to the quotation, not to its setting', () => {
    const text = 'Tom Reed spoke last. “We have come a long way this year,” he told cheering supporters in Dayton.';
    const quotes = analyzeArticle(text).quotes;
    expect(quotes.some((q) => q.content.text.includes('cheering supporters'))).toBe(false);
    const q = findQuote(text, 'We have come a long way');
    expect(q.speaker.name).toBe('Tom Reed');
    expect(q.cue?.text).toBe('told');
    expect(q.kind).toBe('direct');
  });

  it('reads "among voters who said …" but not "Those who said …" before a main verb', () => {
    const q = findQuote('Ruiz won easily among voters who said the economy mattered most.', 'economy mattered most');
    expect(q.content.text).toBe('the economy mattered most');
    expect(q.speaker.type).toBe('anonymous');
    const text = 'Those who said the economy mattered most were split between the two candidates.';
    expect(analyzeArticle(text).quotes).toHaveLength(0);
  });

  it('reads a participle after a comma inside a quotation and after "47 percent of X"', () => {
    const quoted = findQuote(
      'Ana Ruiz criticized the “summer plan,” saying it would close three schools.',
      'close three',
    );
    expect(quoted.speaker.name).toBe('Ana Ruiz');
    const share = findQuote('Reed led, with 47 percent of Dayton voters saying they backed him.', 'they backed him');
    expect(share.speaker.type).toBe('anonymous');
    expect(
      findQuote('One of the authors of the study, Ana Ruiz, said the data were sound.', 'data were').speaker.name,
    ).toBe('Ana Ruiz');
  });

  it('does not break content at the comma of "1,100" or cut a described question at its first comma', () => {
    const q = findQuote('The Gazette also reported that roughly 1,100 donor names were not disclosed.', 'donor names');
    expect(q.content.text).toBe('roughly 1,100 donor names were not disclosed');
    const how = findQuote('Ana Ruiz described how, growing up, she sold papers on the corner.', 'sold papers');
    expect(how.content.text).toBe('how, growing up, she sold papers on the corner');
  });

  it('reads orders and requests: "told the mayor to resign", "asked the court for quick action"', () => {
    const told = findQuote('Tom Reed told Ana Ruiz to resign before the vote.', 'resign before');
    expect(told.content.text).toBe('to resign before the vote');
    const asked = findQuote('The state asked the court for quick action on the map.', 'quick action');
    expect(asked.content.text).toBe('for quick action on the map');
  });

  it('reads "As reported by X, …"', () => {
    const q = findQuote('As reported by the Daily Planet, the mill lost money for three years.', 'mill lost money');
    expect(q.content.text).toBe('the mill lost money for three years');
    expect(q.cue?.text).toBe('reported by');
  });

  it('reads "went out of his way to say that …" but not "it is hard to say whether …"', () => {
    const q = findQuote('Tom Reed went out of his way to say that the mill would reopen.', 'mill would reopen');
    expect(q.speaker.name).toBe('Tom Reed');
    expect(analyzeArticle('It is hard to say whether the mill will reopen next year.').quotes).toHaveLength(0);
  });

  it('finds the subject past "would only", "wouldn’t" and "now", but wants a clause there', () => {
    const q = findQuote('Ana Ruiz would only say that the talks were going well.', 'talks were going');
    expect(q.speaker.name).toBe('Ana Ruiz');
    expect(findQuote('Tom Reed now says the vote was fair.', 'vote was fair').speaker.name).toBe('Tom Reed');
    expect(analyzeArticle('Tom Reed will only add another title to his resume.').quotes).toHaveLength(0);
  });

  it('reads a long subject noun phrase and a short parenthetical sentence', () => {
    const q = findQuote(
      'A person familiar with the plans for the new stadium says the city will pay half.',
      'city will pay',
    );
    expect(q.speaker.type).toBe('anonymous');
    expect(findQuote('Ana Ruiz spoke. This campaign, she says, is different.', 'is different').content.text).toBe(
      'This campaign, she says, is different',
    );
    expect(analyzeArticle('The tweet came as the polls were closing in Ohio.').quotes).toHaveLength(0);
  });

  it('does not take a show title for a quotation ("Sunday on Fox’s “Morning Hour,” Reed said …")', () => {
    const q = findQuote(
      'Sunday on Fox’s “Morning Hour,” Tom Reed said the budget was a disaster.',
      'budget was a disaster',
    );
    expect(q.speaker.name).toBe('Tom Reed');
  });

  it('reads a subject up to its first comma and an inverted possessive description', () => {
    const q = findQuote(
      'The mayor’s office, which has faced months of criticism, said the bridge would reopen.',
      'bridge would',
    );
    expect(q.content.text).toBe('the bridge would reopen');
    const inverted = findQuote(
      'The plant is under pressure from imports, said the company’s chief executive.',
      'under pressure',
    );
    expect(inverted.content.text).toBe('The plant is under pressure from imports');
  });

  it('ends reported content before ", compared with …" and ", according to …"', () => {
    const q = findQuote(
      'Some 52 percent said Reed would be better, compared with 41 percent for Ruiz.',
      'Reed would be',
    );
    expect(q.content.text).toBe('Reed would be better');
  });

  it('reads past a named speaker’s relative clause that itself reports ("Ruiz, who says …, said …")', () => {
    const q = findQuote(
      'Ana Ruiz, who says the plan is a farce and a waste, said she would vote against it.',
      'vote against',
    );
    expect(q.speaker.name).toBe('Ana Ruiz');
  });

  it('finds a participle’s subject past "said Thursday night," and up to the first comma', () => {
    const q = findQuote(
      'Later, Tom Reed said Thursday night, suggesting that the strike would end soon.',
      'strike would end',
    );
    expect(q.speaker.name).toBe('Tom Reed');
    const other = findQuote(
      'Other council members, including Ana Ruiz, have backed the plan, saying the bridge must be rebuilt.',
      'bridge must be rebuilt',
    );
    expect(other.speaker.type).toBe('anonymous');
  });

  it('reads a bare answer that closes the clause ("55 percent said yes.")', () => {
    const q = findQuote('Asked about the levy, 55 percent said yes.', 'yes');
    expect(q.content.text).toBe('yes');
    expect(analyzeArticle('Tom Reed said no to the plan on Monday.').quotes).toHaveLength(0);
  });

  it('skips ", however," between the cue and "that"', () => {
    const q = findQuote('Tom Reed now says, however, that the levy is needed.', 'levy is needed');
    expect(q.content.text).toBe('the levy is needed');
  });

  it('skips a longer modifier before "that" ("noted in a guest column in Saturday’s Daily Planet that …")', () => {
    const q = findQuote(
      'Tom Reed noted in a guest column in Saturday’s Daily Planet that the levy had failed.',
      'levy had',
    );
    expect(q.content.text).toBe('the levy had failed');
  });

  it('does not take an opening time phrase for the subject ("Last month, the Gazette, a daily, revealed …")', () => {
    const q = findQuote(
      'Last month, the Gazette, a local daily, revealed that the mill had been sold.',
      'mill had been',
    );
    expect(q.speaker.name).toBe('Gazette');
  });

  it('reads "X was first reported by Y" (the subject is what was reported)', () => {
    const q = findQuote(
      'Ana Ruiz spoke. The mayor’s secret meeting was first reported by the Daily Planet.',
      'secret meeting',
    );
    expect(q.content.text).toBe('The mayor’s secret meeting');
    expect(analyzeArticle('When the plant closed, it was reported by the Gazette.').quotes).toHaveLength(0);
  });

  it('gives ", recalling …" after an inverted cue to the cue\'s subject, not a word inside the quotation', () => {
    const text =
      'It began. “I was at my desk when it came up,” said Tom Reed, a former aide, recalling a false report that the mayor had lied.';
    expect(findQuote(text, 'false report').speaker.name).toBe('Tom Reed');
  });
  it('gives ", saying …" after a dummy "it" clause to the nearer clause\'s subject', () => {
    const text =
      'It was a sharp exchange, as Ana Ruiz echoed the criticism, saying the mayor cared only about himself.';
    expect(findQuote(text, 'cared only').speaker.name).toBe('Ana Ruiz');
  });

  it('reads "interject" as a speech verb', () => {
    expect(findQuote('Ana Ruiz interjected that the vote had already been held.', 'vote had').speaker.name).toBe(
      'Ana Ruiz',
    );
    const q = findQuote('Tom Reed tried to calm the room by interjecting, “Not tonight, friends.”', 'Not tonight');
    expect(q.cue?.text).toBe('interjecting');
  });
});
