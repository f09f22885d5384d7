import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote.ts';

describe('sources named by the construction around a quotation', () => {
  it('a statement issued before a colon speaks for its issuer', () => {
    const text =
      'The river rose overnight.\n\nWhen the water receded, Mayor Ana Ruiz released the following statement:\n\n' +
      '“Our thoughts are with every family that lost a home.”\n\nShelters opened at noon.';
    expect(findQuote(text, 'Our thoughts are with').speaker.name).toBe('Ana Ruiz');
    expect(findQuote('The ministry put out a short statement: “We will appeal.”', 'We will appeal').speaker.name).toBe(
      'ministry',
    );
  });

  it('a titled work speaks for the source that issued it', () => {
    const memo = 'On Monday, campaign manager Tom Berg released a memo to the board titled "The Facts on the Race."';
    expect(findQuote(memo, 'The Facts on the Race').speaker.name).toBe('Tom Berg');
    const ad = 'The Acme Fund, which Tom Berg founded, launched a radio ad in Ohio on Monday titled, “Scam.”';
    expect(findQuote(ad, 'Scam').speaker.name).toBe('Acme Fund');
    const column = 'Former aide Ana Ruiz published a column in The Daily Courier, entitled, “Why We Must Act Now.”';
    expect(findQuote(column, 'Why We Must Act').speaker.name).toBe('Ana Ruiz');
  });

  it('a title with no issuer, or one someone else reads, keeps no speaker', () => {
    expect(findQuote('The ad, titled “Unifier?”, ends with a warning.', 'Unifier').speaker.name).toBeNull();
    expect(
      findQuote('Critics loved the editorial, entitled “Not a Brave Man,” when it ran.', 'Brave').speaker.name,
    ).toBeNull();
    expect(findQuote('Tom Berg read a column titled “Sorry, No.” on air.', 'Sorry').speaker.name).toBeNull();
  });

  it('a document speaks for the source the article says issued it', () => {
    const sent = 'Tom Berg spoke at noon. The Ruiz campaign sent out an email on Friday. ';
    expect(findQuote(`${sent}“We are still in this race,” the email read.`, 'still in').speaker.name).toBe(
      'Ruiz campaign',
    );
    expect(findQuote(`${sent}“We are still in this race,” read the email.`, 'still in').speaker.name).toBe(
      'Ruiz campaign',
    );
    const editorial = 'The Daily Courier ran an editorial. “The senator has no spine,” the editorial reads.';
    expect(findQuote(editorial, 'no spine').speaker.name).toBe('Daily Courier');
  });

  it('a document named with its source after an inverted "reads" speaks as written', () => {
    const text = '“The senator has no spine,” reads an editorial in The Daily Courier.';
    expect(findQuote(text, 'no spine').speaker.name).toBe('an editorial in The Daily Courier');
  });

  it('a new document with no issuer named is not the latest speaker’s', () => {
    const text = '“We will win,” Tom Berg said. A letter from the nurses reached the board. “Pay us,” it said.';
    expect(findQuote(text, 'Pay us').speaker.name).toBeNull();
  });

  it('capitalised words between a quotation and its verb name the speaker, even common words', () => {
    expect(
      findQuote('The plant will close. “We looked at every option,” Read said.', 'every option').speaker.name,
    ).toBe('Read');
    expect(findQuote('The suit was filed. “The email was sent,” Citizen Watch added.', 'email was').speaker.name).toBe(
      'Citizen Watch',
    );
  });

  it('a modal before a cue that leads into a quotation keeps its subject', () => {
    const text =
      'Tom Berg spoke first. The timing was so odd that a spokesman for Ana Ruiz could only quip: "Lunch was booked."';
    expect(findQuote(text, 'Lunch was booked').speaker.name).toBe('a spokesman for Ana Ruiz');
  });

  it('"X had this to say:" introduces X’s words', () => {
    const text =
      'Tom Berg spoke first. Likewise, a paper from the Acme Institute had this to say about the plan: "Families would gain."';
    expect(findQuote(text, 'Families would gain').speaker.name).toBe('Acme Institute');
  });

  it('an owned speech noun before a colon speaks for its owner, and is no cue', () => {
    const post = 'Aides say he will help. From Ana Ruiz’s Facebook post: "We must unite."';
    expect(findQuote(post, 'We must unite').speaker.name).toBe('Ana Ruiz');
    const demand = 'Ronald Reagan spoke in Berlin, voicing his famous demand in Berlin in 1987: "Tear down this wall!"';
    expect(findQuote(demand, 'Tear down').speaker.name).toBe('Ronald Reagan');
    expect(findQuote('Tom Berg’s campaign said: "We must unite."', 'We must unite').cue?.text).toBe('said');
  });

  it('a name after the quotation keeps its appositive even when the closing comma is missing', () => {
    const text = '“We will win,” Tom Berg, the pollster who founded the site tweeted on Wednesday.';
    expect(findQuote(text, 'We will win').speaker.name).toBe('Tom Berg');
  });

  it('a document by or from a named source speaks for that source', () => {
    expect(findQuote('“Taxes will rise,” said a report by the Urban Institute.', 'Taxes').speaker.name).toBe(
      'Urban Institute',
    );
    expect(findQuote('“Taxes will rise,” a memo from Ana Ruiz said.', 'Taxes').speaker.name).toBe('Ana Ruiz');
    expect(findQuote('“Taxes will rise,” a spokesman for Ana Ruiz said.', 'Taxes').speaker.name).not.toBe('Ana Ruiz');
  });
});
