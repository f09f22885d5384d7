import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import { findQuote } from './find-quote.ts';

describe('a short quotation that names what the subject uses or likes', () => {
  it('keeps a slogan, phrase or name given as the object of a verb, said by the subject', () => {
    const slogan = findQuote('Mayor Ana Ruiz ran on the slogan “Jobs First” in her first race.', 'Jobs First');
    expect(slogan.speaker.name).toBe('Ana Ruiz');
    const phrase = findQuote('Tom Reed never liked the phrase “open borders.” He said so often.', 'open borders');
    expect(phrase.speaker.name).toBe('Tom Reed');
    const account = findQuote('Carla Diaz kept an account with the name “John Smith,” records show.', 'John Smith');
    expect(account.speaker.name).toBe('Carla Diaz');
  });

  it('keeps what a person enjoys or promotes, and the name a person goes by', () => {
    expect(findQuote('Ana Ruiz enjoys “The Wire.” She watches it twice.', 'The Wire').speaker.name).toBe('Ana Ruiz');
    expect(
      findQuote('Later, Tom Reed went on to promote “Dancing Nights,” his new show.', 'Dancing Nights').speaker.name,
    ).toBe('Tom Reed');
    expect(findQuote('The senator, Thomas Hale, who goes by “Chip,” was late.', 'Chip').speaker.name).toBe(
      'Thomas Hale',
    );
    const rule = findQuote(
      'The staff keep a quiet habit — known here as “the Ruiz rule” after its author.',
      'Ruiz rule',
    );
    expect(rule.content.text).toBe('the Ruiz rule');
    expect(rule.speaker.name).toBeNull();
  });

  it('keeps a name given by a naming participle that opens the sentence ("Titled “…,” the ad …")', () => {
    const q = findQuote(
      'The group released a new video. Titled “A Quiet Winter,” the ad shows the mayor at home.',
      'Quiet Winter',
    );
    expect(q.speaker.name).toBeNull();
  });

  it('keeps a quotation that a noun of remarks quotes ("Ruiz’s “cold soup” comment")', () => {
    const q = findQuote('Later, Ana Ruiz’s “cold soup” comment drew laughs in the hall.', 'cold soup');
    expect(q.speaker.name).toBe('Ana Ruiz');
    expect(q.content.text).toBe('cold soup');
    expect(findQuote('It was not as sharp as the “late bloomer” remark.', 'late bloomer').speaker.name).toBeNull();
  });

  it('keeps what a subject answers "with" ("broke off with a dismissive “ugh.”"), not a quoted modifier', () => {
    const ugh = findQuote('Asked again, Tom Reed broke off with a dismissive, “ugh.” Then he left.', 'ugh');
    expect(ugh.speaker.name).toBe('Tom Reed');
    const la = findQuote(
      'Typically, Ana Ruiz just interrupts me with her signature “la, la, la” when I ask.',
      'la, la',
    );
    expect(la.speaker.name).toBe('Ana Ruiz');
    expect(analyzeArticle('Ana Ruiz ran with a “Jobs First” theme that year.').quotes).toHaveLength(0);
  });

  it('still drops a title or a term the writer talks about', () => {
    const quotes = analyzeArticle(
      'The name “Ruiz” was removed from the gate. Tom Reed appeared on “Morning Show” on Monday. She edits “The Daily Page.”',
    ).quotes;
    expect(quotes).toHaveLength(0);
  });
});
