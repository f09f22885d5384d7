import type { Entity } from '../model/entity.ts';
import { nameTokens, normalizeName } from './normalize-name.ts';
import { personNameParts } from './person-name.ts';

export interface EntityMatch {
  entity: Entity;
  /** 0..1: 1 for the exact name, lower for an alias, a surname, a given name, a role or an organisation. */
  score: number;
}

export interface MatchOptions {
  /** Ids of entities in the conversation's context (last answer, the article at hand): they win namesake ties. */
  context?: string[];
}

const LEADING = /^(the|a|an)\s+/;

/** Word match that tolerates inflection: "mexico" ~ "mexican", "president" ~ "presidential". */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 4) return false;
  let common = 0;
  while (common < n && a[common] === b[common]) common++;
  return common >= Math.max(4, n - 2);
}

function allWordsIn(words: string[], target: string[]): boolean {
  return words.length > 0 && words.every((w) => target.some((t) => wordsMatch(w, t)));
}

/** How well a query names a person or organisation, before context and prominence. */
function nameScore(query: string, entity: Entity): number {
  const q = normalizeName(query).replace(LEADING, '');
  if (q === '') return 0;
  const names = [entity.name, ...entity.aliases].map((n) => normalizeName(n).replace(LEADING, ''));
  if (q === names[0]) return 1;
  if (names.includes(q)) return 0.95;
  if (entity.type === 'person') {
    const want = personNameParts(q);
    const have = personNameParts(entity.name);
    // A generational suffix in the query must be there ("Donald Trump Jr." is not "Donald Trump") and vice versa.
    if (want.suffix && want.suffix !== have.suffix) return 0;
    const suffixPenalty = !want.suffix && have.suffix ? 0.15 : 0;
    // "farfan mendez" names the hyphenated surname "Farfán-Méndez".
    if (q === have.surname.replace(/-/g, ' ')) return 0.8 - suffixPenalty;
    if (want.tokens.length === 1) {
      const w = want.tokens[0] as string;
      if (w === have.surname) return 0.8 - suffixPenalty;
      if (w === have.given) return 0.65 - suffixPenalty;
      return 0;
    }
    if (want.surname === have.surname && want.given === have.given) return 0.9 - suffixPenalty;
    if (want.surname === have.surname && allWordsIn(want.tokens, have.tokens)) return 0.85 - suffixPenalty;
    return 0;
  }
  const words = q.split(' ');
  return names.some((n) => allWordsIn(words, n.split(' '))) ? 0.7 : 0;
}

/** "the ambassador", "Mexico's president", "secretary of state": every word found in one of the entity's roles. */
function roleScore(query: string, entity: Entity): number {
  const words = nameTokens(query).filter((w) => !['the', 'a', 'an', 'of', 's'].includes(w));
  if (words.length === 0) return 0;
  for (const role of entity.roles) {
    if (allWordsIn(words, nameTokens(role))) return 0.6;
  }
  return 0;
}

function organizationScore(query: string, entity: Entity): number {
  if (!entity.organization) return 0;
  return normalizeName(query).replace(LEADING, '') === normalizeName(entity.organization).replace(LEADING, '')
    ? 0.4
    : 0;
}

/**
 * Entities a query may mean, best first: by full name, alias, surname, given name, role ("the ambassador"), or
 * organisation. Namesakes are never merged: "Clinton" returns both Clintons, ordered by context, then by how much
 * each is quoted and mentioned.
 */
export function matchEntityQuery(query: string, entities: Entity[], options: MatchOptions = {}): EntityMatch[] {
  const context = new Set(options.context ?? []);
  const maxQuotes = Math.max(1, ...entities.map((e) => e.quoteCount));
  const maxMentions = Math.max(1, ...entities.map((e) => e.mentionCount));
  const matches: EntityMatch[] = [];
  for (const entity of entities) {
    const base = Math.max(nameScore(query, entity), roleScore(query, entity), organizationScore(query, entity));
    if (base === 0) continue;
    // Context and prominence only order near-equal candidates; they never outweigh a better name match.
    const tieBreak =
      (context.has(entity.id) ? 0.03 : 0) +
      0.01 * (entity.quoteCount / maxQuotes) +
      0.005 * (entity.mentionCount / maxMentions);
    matches.push({ entity, score: Math.min(1, Math.round((base + tieBreak) * 1000) / 1000) });
  }
  return matches.sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name));
}
