import { distance } from 'fastest-levenshtein';
import { matchEntityQuery } from '../entities/match-entity-query.ts';
import { nameTokens, normalizeName } from '../entities/normalize-name.ts';
import type { Entity, EntityType } from '../model/entity.ts';
import type { NameHow } from './entity-keys.ts';
import type { NewsIndex } from './news-index.ts';
import { sql } from './open-database.ts';
import { sameNameSpelling } from './same-person-name.ts';

interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  aliases: string;
  roles: string;
  organization: string | null;
  mention_count: number;
  article_count: number;
  quote_count: number;
}

export type EntityMatch =
  | { kind: 'found'; entity: Entity; how: NameHow | 'typo'; sameSurname: Entity[] }
  | { kind: 'ambiguous'; candidates: Entity[] }
  | { kind: 'unknown'; suggestions: string[] };

const toEntity = (row: EntityRow): Entity => ({
  id: row.id,
  name: row.name,
  type: row.type,
  aliases: JSON.parse(row.aliases),
  roles: JSON.parse(row.roles),
  organization: row.organization,
  mentionCount: row.mention_count,
  articleCount: row.article_count,
  quoteCount: row.quote_count,
});

export function getEntities(index: NewsIndex, ids: readonly string[]): Entity[] {
  if (ids.length === 0) return [];
  const rows = sql(index.db, 'SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as EntityRow[];
  return rows.map(toEntity);
}

/** A name as a question writes it, in the index's key form ("Mexico's President" → "mexico president"). */
export const lookupKey = (text: string) => normalizeName(text).replace(/^the /, '');

const RANK: Record<NameHow, number> = { name: 0, alias: 1, surname: 2, given: 3, organization: 4, role: 5 };

/** Role words match when equal or sharing a five-letter stem ("Mexico" / "Mexican"). */
const sameWord = (a: string, b: string) =>
  a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

/**
 * Resolves how a question names someone: full name or alias first, then surname, organisation, role (all words of
 * the role found in one of the entity's roles), then a close spelling. Several people at the best level is
 * "ambiguous" — never a guess. Entities that are only a surname ("Sheinbaum" quoted without a first name elsewhere)
 * are returned in `sameSurname` so their quotes count for the full-name person.
 */
export function findEntity(index: NewsIndex, text: string): EntityMatch {
  const key = lookupKey(text);
  if (!key) return { kind: 'unknown', suggestions: [] };
  const rows = sql(
    index.db,
    `SELECT e.*, n.how FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE n.key = ?
       ORDER BY e.quote_count DESC, e.article_count DESC`,
  ).all(key) as (EntityRow & { how: NameHow })[];
  const named = rows.some((row) => RANK[row.how] <= RANK.given);
  const byRole = named ? [] : roleMatches(index, key);
  const all = [...rows, ...byRole];
  if (all.length > 0) return pickBest(index, text, all);
  const typo = closeNames(index, key);
  if (typo.length === 1 && typo[0]) return pickBest(index, typo[0].name, [{ ...typo[0], how: 'name' }], 'typo');
  return { kind: 'unknown', suggestions: [...new Set(typo.map((row) => row.name))].slice(0, 5) };
}

/** Scores closer than this are a tie: the question could mean either. */
const TIE = 0.05;

/** How `matchEntityQuery` scored the match: 1 name, .95 alias, .8 surname, .65 given name, .6 role, .4 organisation. */
const howOf = (score: number): NameHow =>
  score >= 0.9 ? 'name' : score >= 0.75 ? 'surname' : score >= 0.65 ? 'given' : score >= 0.5 ? 'role' : 'organization';

/**
 * The SQL lookup finds the candidates cheaply at any corpus size; the quote engine's `matchEntityQuery` scores them the
 * same way it resolves names inside articles. Candidates tied at the top score are "ambiguous".
 */
function pickBest(index: NewsIndex, text: string, rows: (EntityRow & { how: NameHow })[], via?: 'typo'): EntityMatch {
  const candidates = [...new Map(rows.map((row) => [row.id, row])).values()];
  const scored = matchEntityQuery(text, candidates.map(toEntity));
  const top = scored[0]?.score ?? 0;
  let found = scored.filter((match) => top - match.score < TIE).map((match) => match.entity);
  // A bare or titled surname ("Sheinbaum", "Presidents Sheinbaum") is the same person as the one full name ending with
  // it; "Donald J. Trump" and "Donald Trump" are one person (the most quoted spelling stands for both).
  const full = onePerSpelling(found.filter((entity) => !isSurnameOnly(entity)));
  if (full.length >= 1 && full.length < found.length) found = full;
  const [chosen] = found;
  if (!chosen) return { kind: 'unknown', suggestions: candidates.map((row) => row.name).slice(0, 5) };
  if (found.length > 1) return { kind: 'ambiguous', candidates: found };
  const row = candidates.find((candidate) => candidate.id === chosen.id) as EntityRow;
  return { kind: 'found', entity: chosen, how: via ?? howOf(top), sameSurname: bareSurnameOf(index, row) };
}

/** Titles that make "President Sheinbaum" a way of naming a person, not a first name. */
const TITLES = new Set(
  'president presidents mr mrs ms dr gen general sen senator rep representative gov governor secretary minister ambassador judge justice mayor prime chancellor'.split(
    ' ',
  ),
);

/** A person named only by surname, possibly with a title ("Sheinbaum", "President Sheinbaum"). */
function isSurnameOnly(row: Pick<EntityRow, 'name' | 'type'>): boolean {
  const tokens = nameTokens(row.name);
  // A one-word "organisation" is usually a shouted surname the engine could not type ("TRUMP:" in a transcript).
  return (row.type === 'person' || tokens.length === 1) && tokens.slice(0, -1).every((token) => TITLES.has(token));
}

const samePerson = (a: Pick<Entity, 'name' | 'type'>, b: Pick<Entity, 'name' | 'type'>) =>
  a.type === 'person' && b.type === 'person' && sameNameSpelling(a.name, b.name);

/** Entities ordered best first, keeping one per person ("Hillary Rodham Clinton" and "Hillary Clinton" are one). */
function onePerSpelling(entities: Entity[]): Entity[] {
  const kept: Entity[] = [];
  for (const entity of entities) {
    const same = kept.findIndex((other) => samePerson(other, entity));
    if (same < 0) kept.push(entity);
    else if (entity.quoteCount > (kept[same] as Entity).quoteCount) kept[same] = entity;
  }
  return kept;
}

/**
 * Other entities that are this person: other spellings of the full name ("Donald J. Trump"), and names that are only
 * the surname ("Sheinbaum", "Farfán-Méndez", "President Sheinbaum") when no other known person has that surname.
 * Their quotes are this person's.
 */
function bareSurnameOf(index: NewsIndex, row: EntityRow): Entity[] {
  const tokens = nameTokens(row.name);
  if (row.type !== 'person' || tokens.length < 2) return [];
  const surnames = [tokens.slice(1).join(' '), tokens[tokens.length - 1] ?? ''];
  const rows = sql(
    index.db,
    `SELECT DISTINCT e.* FROM entity_names n JOIN entities e ON e.id = n.entity_id
       WHERE n.key IN (?, ?) AND n.how IN ('name', 'surname') AND e.id != ? AND e.type = 'person'`,
  ).all(surnames[0], surnames[1], row.id) as EntityRow[];
  const spellings = rows.filter((other) => samePerson(other, row));
  const bare = rows.filter((other) => isSurnameOnly(other));
  // Another full-name person with this surname makes the bare surname ambiguous: then it is nobody's.
  const namesakes = rows.some((other) => !isSurnameOnly(other) && !samePerson(other, row));
  return [...spellings, ...(namesakes ? [] : bare)].map(toEntity);
}

function roleMatches(index: NewsIndex, key: string): (EntityRow & { how: NameHow })[] {
  const words = key.split(' ').filter((w) => w.length > 1);
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  if (!longest) return [];
  const rows = sql(
    index.db,
    `SELECT e.*, n.how, n.key AS matched FROM entity_names n JOIN entities e ON e.id = n.entity_id
       WHERE n.how IN ('role', 'organization') AND n.key LIKE ? LIMIT 2000`,
  ).all(`%${longest.slice(0, 5)}%`) as (EntityRow & { how: NameHow; matched: string })[];
  return rows.filter((row) => {
    const roleWords = row.matched.split(' ');
    return words.every((w) => roleWords.some((r) => sameWord(w, r)));
  });
}

/** Known names and surnames within a small edit distance (typos), closest first. */
function closeNames(index: NewsIndex, key: string): EntityRow[] {
  const limit = key.length <= 5 ? 1 : 2;
  const rows = sql(
    index.db,
    `SELECT e.*, n.key AS matched FROM entity_names n JOIN entities e ON e.id = n.entity_id
       WHERE n.how IN ('name', 'alias', 'surname') AND length(n.key) BETWEEN ? AND ? AND substr(n.key, 1, 1) = ?
       LIMIT 5000`,
  ).all(key.length - limit, key.length + limit, key[0]) as (EntityRow & { matched: string })[];
  const scored = rows
    .map((row) => ({ row, d: distance(key, row.matched) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || b.row.quote_count - a.row.quote_count);
  const seen = new Set<string>();
  return scored.map(({ row }) => row).filter((row) => !seen.has(row.id) && seen.add(row.id));
}

/** Closest known speaker names to an unknown one, for "did you mean" (by spelling, then by shared words). */
export function suggestNames(index: NewsIndex, text: string, limit = 5): string[] {
  const key = lookupKey(text);
  const words = key.split(' ').filter((w) => w.length > 2);
  const names = new Set<string>();
  for (const row of closeNames(index, key)) names.add(row.name);
  for (const word of words) {
    for (const row of closeNames(index, word)) names.add(row.name);
  }
  return [...names].slice(0, limit);
}

/** Speaker names starting with `prefix` (any word of the name), most quoted first: Discord autocomplete. */
export function speakersStartingWith(index: NewsIndex, prefix: string, limit: number): string[] {
  const key = lookupKey(prefix);
  const rows = sql(
    index.db,
    `SELECT DISTINCT e.name FROM entity_names n JOIN entities e ON e.id = n.entity_id
       WHERE n.key >= ? AND n.key < ? AND n.how IN ('name', 'alias', 'surname') AND e.quote_count > 0
       ORDER BY e.quote_count DESC LIMIT ?`,
  ).all(key, `${key}\uffff`, limit) as { name: string }[];
  return rows.map((row) => row.name);
}
