import { describe, expect, it } from 'vitest';
import { entityIdFor } from '../../src/core/entities/entity-id.ts';
import { matchEntityQuery } from '../../src/core/entities/match-entity-query.ts';
import { normalizeName } from '../../src/core/entities/normalize-name.ts';
import { splitRoleAndName } from '../../src/core/entities/split-role.ts';
import type { Entity } from '../../src/core/model/entity.ts';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';

function person(name: string, extra: Partial<Entity> = {}): Entity {
  return {
    id: entityIdFor(name, 'person'),
    name,
    type: 'person',
    aliases: [],
    roles: [],
    mentionCount: 1,
    articleCount: 1,
    quoteCount: 0,
    ...extra,
  };
}

describe('normalizeName', () => {
  it('ignores accents, case, hyphens and possessives', () => {
    expect(normalizeName('Farfán-Méndez')).toBe(normalizeName('farfan mendez'));
    expect(normalizeName('Trump’s')).toBe('trump');
    expect(normalizeName('  MARCO   Rubio ')).toBe('marco rubio');
  });
});

describe('entityIdFor', () => {
  it('is deterministic and readable', () => {
    expect(entityIdFor('Marco Rubio', 'person')).toBe('person:marco-rubio');
    expect(entityIdFor('The White House', 'organization')).toBe('organization:white-house');
    expect(entityIdFor('the White House', 'organization')).toBe(entityIdFor('White House', 'organization'));
    expect(entityIdFor('Cecilia Farfán-Méndez', 'person')).toBe('person:cecilia-farfan-mendez');
  });
});

describe('splitRoleAndName', () => {
  it('keeps titles as roles, not names', () => {
    expect(splitRoleAndName('U.S. Secretary of State Marco Rubio')).toEqual({
      name: 'Marco Rubio',
      role: 'U.S. Secretary of State',
    });
    expect(splitRoleAndName('Mexican President Claudia Sheinbaum')).toEqual({
      name: 'Claudia Sheinbaum',
      role: 'Mexican President',
    });
    expect(splitRoleAndName('U.S. Ambassador to Mexico Ronald Johnson')).toEqual({
      name: 'Ronald Johnson',
      role: 'U.S. Ambassador to Mexico',
    });
    expect(splitRoleAndName('Sen. Ted Cruz')).toEqual({ name: 'Ted Cruz', role: 'Sen.' });
  });

  it('leaves plain names, surnames that look like titles, and organisations whole', () => {
    expect(splitRoleAndName('Howard Dean')).toEqual({ name: 'Howard Dean', role: null });
    expect(splitRoleAndName('The New York Times')).toEqual({ name: 'The New York Times', role: null });
    expect(splitRoleAndName('Cato Institute')).toEqual({ name: 'Cato Institute', role: null });
  });
});

describe('matchEntityQuery', () => {
  const rubio = person('Marco Rubio', { aliases: ['Rubio'], roles: ['U.S. Secretary of State'], quoteCount: 3 });
  const sheinbaum = person('Claudia Sheinbaum', {
    aliases: ['Sheinbaum'],
    roles: ['Mexican President'],
    quoteCount: 9,
  });
  const johnson = person('Ronald Johnson', { roles: ['U.S. Ambassador to Mexico'] });
  const buck = person('Brandan Buck', {
    roles: ['Cato Institute foreign policy fellow'],
    organization: 'Cato Institute',
  });
  const cato: Entity = { ...person('Cato Institute'), id: 'organization:cato-institute', type: 'organization' };
  const cecilia = person('Cecilia Farfán-Méndez');
  const trump = person('Donald Trump', { quoteCount: 5, mentionCount: 20 });
  const junior = person('Donald Trump Jr.', { quoteCount: 1 });
  const hillary = person('Hillary Clinton', { quoteCount: 4 });
  const bill = person('Bill Clinton', { quoteCount: 1 });
  const all = [rubio, sheinbaum, johnson, buck, cato, cecilia, trump, junior, hillary, bill];
  const best = (query: string, options = {}) => matchEntityQuery(query, all, options)[0]?.entity.name;

  it('finds people by full name, surname, alias and given name, case- and accent-insensitively', () => {
    expect(best('Marco Rubio')).toBe('Marco Rubio');
    expect(best('rubio')).toBe('Marco Rubio');
    expect(best('SHEINBAUM')).toBe('Claudia Sheinbaum');
    expect(best('farfan mendez')).toBe('Cecilia Farfán-Méndez');
    expect(best('Farfán-Méndez')).toBe('Cecilia Farfán-Méndez');
    expect(best('Hillary')).toBe('Hillary Clinton');
  });

  it('finds people by role and organisations by name', () => {
    expect(best('the ambassador')).toBe('Ronald Johnson');
    expect(best("Mexico's president")).toBe('Claudia Sheinbaum');
    expect(best('secretary of state')).toBe('Marco Rubio');
    expect(best('Cato Institute')).toBe('Cato Institute');
  });

  it('never merges namesakes: Donald Trump is not Donald Trump Jr., and context decides between Clintons', () => {
    expect(best('Donald Trump')).toBe('Donald Trump');
    expect(best('Trump')).toBe('Donald Trump');
    expect(best('Donald Trump Jr.')).toBe('Donald Trump Jr.');
    expect(matchEntityQuery('Donald Trump Jr.', all).map((m) => m.entity.name)).not.toContain('Donald Trump');
    const clintons = matchEntityQuery('Clinton', all).map((m) => m.entity.name);
    expect(clintons.slice(0, 2).sort()).toEqual(['Bill Clinton', 'Hillary Clinton']);
    expect(best('Clinton', { context: [bill.id] })).toBe('Bill Clinton');
    expect(best('Clinton', { context: [hillary.id] })).toBe('Hillary Clinton');
  });

  it('returns nothing for unknown names', () => {
    expect(matchEntityQuery('Angela Merkel', all)).toEqual([]);
    expect(matchEntityQuery('', all)).toEqual([]);
  });
});

describe('entities within one article', () => {
  it('keeps Donald Trump and Donald Trump Jr. apart and sends a bare surname to the latest namesake', () => {
    const text =
      'Donald Trump Jr. said the campaign was strong. Donald Trump said he agreed. ' +
      'Bill Clinton spoke first. Hillary Clinton said the plan would fail. Clinton said the plan was dead on arrival.';
    const { entities, quotes } = analyzeArticle(text);
    const keys = entities.map((e) => e.key);
    expect(keys).toContain('person:donald-trump-jr');
    expect(keys).toContain('person:donald-trump');
    const again = quotes.find((q) => q.content.text.includes('dead on arrival'));
    expect(again?.speaker.name).toBe('Hillary Clinton');
  });
});
