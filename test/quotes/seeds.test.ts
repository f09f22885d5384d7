import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import type { ExtractedQuote } from '../../src/core/quotes/article-analysis.ts';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const SEEDS = {
  guardianStyle: '004_a3af21f984c6ba0f.txt',
  newsweek: '001_f7db4d455873c533.txt',
  blog: '002_2b6a419fb5f5109c.txt',
  summary: '000_1ba7f7b49b2fcce1.txt',
  followUp: '003_709c97691079b0b5.txt',
};

/** The quote whose content contains `words`; fails the test with the article's quotes when there is none. */
function quoteWith(file: string, words: string): ExtractedQuote {
  const text = seed(file);
  const quotes = analyzeArticle(text).quotes;
  const found = quotes.find((q) => q.content.text.includes(words));
  expect(
    found,
    `no quote containing "${words}" in ${file}; found:\n${quotes.map((q) => q.content.text).join('\n')}`,
  ).toBeDefined();
  const q = found as ExtractedQuote;
  // Every span points into the article text.
  expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
  if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  return q;
}

describe('seed articles: who said what', () => {
  it('finds Sheinbaum’s “no invasion” statement in every outlet that quotes it', () => {
    for (const [file, words] of [
      [SEEDS.summary, 'not going to come to Mexico with the military'],
      [SEEDS.newsweek, 'There will be no invasion'],
      [SEEDS.blog, 'There will be no entry of U.S. military forces into Mexico'],
      [SEEDS.guardianStyle, 'not going to come to Mexico with their military'],
    ] as const) {
      const q = quoteWith(file, words);
      expect(q.kind).toBe('direct');
      expect(q.speaker.name).toBe('Claudia Sheinbaum');
      expect(q.speaker.type).toBe('person');
    }
  });

  it('resolves her pronoun-attributed lines (“…,” she declared / she said) to Sheinbaum', () => {
    const declared = quoteWith(SEEDS.summary, 'It is not part of any agreement');
    expect(declared.cue?.text).toBe('declared');
    expect(declared.speaker.name).toBe('Claudia Sheinbaum');
    const said = quoteWith(SEEDS.blog, 'We were informed that a declaration');
    expect(said.speaker.name).toBe('Claudia Sheinbaum');
    const split = quoteWith(SEEDS.blog, 'nothing to do with the deployment');
    expect(split.speaker.name).toBe('Claudia Sheinbaum');
    const farewell = quoteWith(SEEDS.guardianStyle, 'It would have very serious consequences');
    expect(farewell.speaker.name).toBe('Cecilia Farfán-Méndez');
  });

  it('keeps the speaker’s title as a role, not as part of the name', () => {
    const q = quoteWith(SEEDS.summary, 'not going to come to Mexico with the military');
    expect(q.speaker.role).toBe('Mexican President');
    expect(q.speaker.entityKey).toBe('person:claudia-sheinbaum');
  });

  it('finds Rubio’s “armed terrorist organizations” remark with his role', () => {
    const q = quoteWith(SEEDS.newsweek, 'armed terrorist organizations');
    expect(q.speaker.name).toBe('Marco Rubio');
    expect(q.speaker.role).toBe('Secretary of State');
    const uk = quoteWith(SEEDS.guardianStyle, 'armed terrorist organisations');
    expect(uk.speaker.name).toBe('Marco Rubio');
    const mixed = quoteWith(SEEDS.guardianStyle, 'other elements of American power');
    expect(mixed.kind).toBe('mixed');
    expect(mixed.speaker.name).toBe('Marco Rubio');
    expect(mixed.speaker.role).toBe('US secretary of state');
  });

  it('finds Ambassador Ronald Johnson’s statement, by pronoun and by name', () => {
    const said = quoteWith(SEEDS.newsweek, 'We are united');
    expect(said.speaker.name).toBe('Ronald Johnson');
    expect(said.speaker.role).toBe('U.S. Ambassador to Mexico');
    const wrote = quoteWith(SEEDS.blog, 'Thanks to the joint leadership');
    expect(wrote.cue?.text).toBe('wrote');
    expect(wrote.speaker.name).toBe('Ronald Johnson');
  });

  it('attributes the White House statement to Anna Kelly, and “the statement read” to the White House', () => {
    const kelly = quoteWith(SEEDS.newsweek, 'top priority is protecting the homeland');
    expect(kelly.speaker.name).toBe('Anna Kelly');
    expect(kelly.speaker.role).toBe('White House spokesperson');
    const statement = quoteWith(SEEDS.blog, 'top priority has always been the protection');
    expect(statement.cue?.text).toBe('read');
    expect(statement.speaker.name).toBe('White House');
    expect(statement.speaker.type).toBe('organization');
  });

  it('finds Brandan Buck with his Cato Institute role', () => {
    const q = quoteWith(SEEDS.newsweek, 'would assuredly fail to stem the flow of drugs');
    expect(q.kind).toBe('mixed');
    expect(q.speaker.name).toBe('Brandan Buck');
    expect(q.speaker.role).toBe('Cato Institute foreign policy fellow');
    const entity = analyzeArticle(seed(SEEDS.newsweek)).entities.find((e) => e.key === 'person:brandan-buck');
    expect(entity?.organization).toBe('Cato Institute');
  });

  it('finds Jack Riley and Cecilia Farfán-Méndez with their affiliations', () => {
    const riley = quoteWith(SEEDS.guardianStyle, 'legal challenges in the US');
    expect(riley.kind).toBe('indirect');
    expect(riley.speaker.name).toBe('Jack Riley');
    expect(riley.speaker.role).toBe('former deputy administrator of the Drug Enforcement Administration');
    const cecilia = quoteWith(SEEDS.guardianStyle, 'not a welcome development');
    expect(cecilia.speaker.name).toBe('Cecilia Farfán-Méndez');
    const entities = analyzeArticle(seed(SEEDS.guardianStyle)).entities;
    const entity = entities.find((e) => e.key === 'person:cecilia-farfan-mendez');
    expect(entity?.organization).toBe('Global Initiative Against Transnational Organised Crime');
    expect(entity?.aliases).toContain('Farfán-Méndez');
  });

  it('attributes the foreign ministry’s mixed quote to the ministry', () => {
    const q = quoteWith(SEEDS.guardianStyle, 'would not accept the participation of US military forces');
    expect(q.kind).toBe('mixed');
    expect(q.speaker.type).toBe('organization');
    expect(q.speaker.name?.toLowerCase()).toContain('foreign ministry');
  });

  it('reads the follow-up article: Sheinbaum’s statement and her reported remarks', () => {
    const q = quoteWith(SEEDS.followUp, 'We are committed to collaborating while upholding our sovereignty');
    expect(q.speaker.name).toBe('Claudia Sheinbaum');
    const reported = quoteWith(SEEDS.followUp, 'she did not touch upon the topic of Cuba');
    expect(reported.kind).toBe('indirect');
    expect(reported.speaker.name).toBe('Claudia Sheinbaum');
  });

  it('merges a bare surname into the full name seen later, and keeps "former" in the role', () => {
    const entities = analyzeArticle(seed(SEEDS.blog)).entities;
    const trump = entities.filter((e) => e.name.endsWith('Trump'));
    expect(trump.map((e) => e.key)).toEqual(['person:donald-trump']);
    expect(trump[0]?.roles).toContain('former U.S. President');
  });

  it('does not report beliefs as speech and takes no quotes from headlines', () => {
    const quotes = analyzeArticle(seed(SEEDS.blog)).quotes;
    expect(quotes.some((q) => q.content.text.startsWith('Mexico Rejects U.S. Military Presence'))).toBe(false);
  });
});
