import type { Doc } from '../nlp/document.ts';
import type { Token } from '../nlp/token.ts';
import { cueClassOf } from '../quotes/cue-words.ts';
import { ArticleEntities, type EntityRecord } from './article-entities.ts';
import { genderOfPronoun, genderOfWord } from './gender-words.ts';
import { chunkEndingAt, chunkStartingAt, chunkText, isRoleHead, type NameChunk } from './name-chunk.ts';
import { PLACE_NAMES, PLACE_WORDS } from './place-words.ts';
import { NOT_NAME_WORDS } from './role-words.ts';

const ROLE_QUALIFIERS = new Set(['former', 'acting', 'interim', 'then', 'ex', 'late', 'outgoing', 'incoming']);

interface FoundChunk {
  chunk: NameChunk;
  sentenceLast: number;
}

/** A role written in lower case before a name: "Cato Institute foreign policy fellow Brandan Buck". */
function lowerCaseRoleBefore(
  doc: Doc,
  chunk: NameChunk,
  floor: number,
): { first: number; org: NameChunk | null } | null {
  const { tokens } = doc;
  let first = chunk.first;
  let headAt = -1;
  while (first - 1 >= floor && chunk.first - first < 6) {
    const t = tokens[first - 1] as Token;
    const joiner = t.lower === 'of' || t.lower === 'to' || t.lower === 'for';
    if (t.cap || !t.word || (NOT_NAME_WORDS.has(t.lower) && !joiner)) break;
    if (isRoleHead(t) && headAt < 0) headAt = first - 1;
    first--;
  }
  if (headAt < 0) return null;
  // Start the role at its first role word or modifier, not at a stray joiner.
  while (first < headAt && ['of', 'to', 'for'].includes((tokens[first] as Token).lower)) first++;
  const org = chunkEndingAt(tokens, first - 1, floor);
  // A multi-word organisation ("Cato Institute") is an affiliation; a lone acronym ("US") is only part of the role.
  if (org && org.type === 'organization') return { first: org.first, org: org.last - org.first > 1 ? org : null };
  return { first, org: null };
}

const APPOSITIVE_OPENERS = new Set([
  'a',
  'an',
  'the',
  'former',
  'then',
  'now',
  'its',
  'his',
  'her',
  'their',
  'of',
  'at',
  'from',
]);
const AFFILIATION = new Set(['of', 'at', 'from', 'with', 'for']);

/**
 * ", a foreign policy fellow at the Cato Institute," / ", of the Global Initiative," after a name: the role (when a
 * role word is in it) and the organisation named after "of/at/from".
 */
export function appositiveAfter(doc: Doc, last: number): { role: string | null; organization: string | null } | null {
  const { tokens, text } = doc;
  if (tokens[last]?.text !== ',') return null;
  const open = tokens[last + 1];
  if (!open || !APPOSITIVE_OPENERS.has(open.lower)) return null;
  let end = last + 1;
  let hasRole = false;
  let organization: string | null = null;
  while (end < tokens.length && end - last < 18) {
    const t = tokens[end] as Token;
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === '(' || t.text === ')') break;
    if (!t.cap && isRoleHead(t)) hasRole = true;
    if (AFFILIATION.has(t.lower) && !organization) {
      const from = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
      const org = chunkStartingAt(tokens, from, tokens.length);
      if (org && org.type === 'organization') organization = chunkText(text, tokens, org.first, org.last);
    }
    end++;
  }
  if (end - last > 17 || end === last + 1) return null;
  const affiliationOnly = AFFILIATION.has(open.lower);
  if (!hasRole && !organization) return null;
  return { role: hasRole && !affiliationOnly ? chunkText(text, tokens, last + 1, end) : null, organization };
}

/** "Mexico’s president, Claudia Sheinbaum, …": a lower-case role phrase and a comma right before the name. */
function roleBeforeComma(doc: Doc, chunk: NameChunk, floor: number): string | null {
  const { tokens, text } = doc;
  if (tokens[chunk.first - 1]?.text !== ',' || tokens[chunk.last]?.text !== ',') return null;
  const head = tokens[chunk.first - 2];
  if (!head || head.cap || !isRoleHead(head)) return null;
  let first = chunk.first - 2;
  while (first - 1 >= floor && chunk.first - first < 7) {
    const t = tokens[first - 1] as Token;
    if (t.text === '’s' || t.text === "'s") {
      // "Mexico’s president": the owner is one capitalised word or chunk right before the possessive.
      const owner = chunkEndingAt(tokens, first - 2, Math.max(floor, first - 4));
      // A person's full name as the owner is not a role ("X’s president" where X is a person) — keep the noun only.
      if (owner && (owner.type !== 'person' || owner.last - owner.first === 1)) first = owner.first;
      break;
    }
    if (t.cap || !t.word || t.lower === 'the' || t.lower === 'a' || t.lower === 'an') break;
    first--;
  }
  return chunkText(text, tokens, first, chunk.first - 1);
}

/** "Latin American drug cartels": a nationality adjective before a noun is not a person. */
function isNationalityAdjective(tokens: Token[], chunk: NameChunk): boolean {
  const last = tokens[chunk.last - 1] as Token;
  const next = tokens[chunk.last];
  return /(ican|ian|ese|ish)$/.test(last.lower) && next?.word === true && !next.cap && cueClassOf(next.lower) === null;
}

/** A place, not a person: a place word in it ("Latin America") or a country/state name ("New Hampshire"). */
export function isPlaceChunk(tokens: Token[], chunk: NameChunk): boolean {
  for (let i = chunk.nameFirst; i < chunk.last; i++) if (PLACE_WORDS.has((tokens[i] as Token).lower)) return true;
  let name = '';
  for (let i = chunk.nameFirst; i < chunk.last; i++)
    name += (i > chunk.nameFirst ? ' ' : '') + (tokens[i] as Token).lower;
  return PLACE_NAMES.has(name);
}

/** Registers a person chunk with its role and any gender its title states; returns the record. */
export function registerPerson(
  doc: Doc,
  entities: ArticleEntities,
  chunk: NameChunk,
  floor: number,
  create: boolean,
): EntityRecord | null {
  const { tokens, text } = doc;
  const name = chunkText(text, tokens, chunk.nameFirst, chunk.last);
  const span = { start: (tokens[chunk.nameFirst] as Token).start, end: (tokens[chunk.last - 1] as Token).end };
  const single = chunk.last - chunk.nameFirst === 1;
  const record =
    single && chunk.nameFirst === chunk.first
      ? entities.addShortName(name, span, create)
      : entities.addNamed(name, 'person', span);
  if (!record) return null;
  if (chunk.nameFirst > chunk.first) {
    // "former President Donald Trump": the lower-case qualifier changes what the role means.
    const qualifier = tokens[chunk.first - 1];
    const from =
      qualifier && chunk.first - 1 >= floor && ROLE_QUALIFIERS.has(qualifier.lower) ? chunk.first - 1 : chunk.first;
    entities.addRole(record, chunkText(text, tokens, from, chunk.nameFirst));
  }
  for (let i = chunk.first; i < chunk.nameFirst; i++)
    entities.setGender(record, genderOfWord((tokens[i] as Token).lower));
  const lowerRole = lowerCaseRoleBefore(doc, chunk, floor);
  if (lowerRole) {
    entities.addRole(record, chunkText(text, tokens, lowerRole.first, chunk.first));
    entities.setGender(record, genderOfWord((tokens[chunk.first - 1] as Token).lower));
    if (lowerRole.org && !record.entity.organization) {
      record.entity.organization = chunkText(text, tokens, lowerRole.org.first, lowerRole.org.last);
    }
  }
  const before = roleBeforeComma(doc, chunk, floor);
  if (before) entities.addRole(record, before);
  const appositive = appositiveAfter(doc, chunk.last);
  if (appositive?.role) entities.addRole(record, appositive.role);
  if (appositive?.organization && !record.entity.organization) record.entity.organization = appositive.organization;
  // "Sheinbaum ... her country": a possessive pronoun soon after a lone name tells the name's gender.
  for (let i = chunk.last; i < chunk.last + 6 && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.cap && t.word) break;
    const g = genderOfPronoun(t.lower);
    if (g && objectPronoun(tokens, i)) break;
    if (g) {
      entities.voteGender(record, g);
      break;
    }
  }
  return record;
}

const PRONOUN_PREPOSITIONS = new Set('in of for with at on to from by about as into over'.split(' '));

/** "Walsh endorsed her": an object "her"/"him" after a verb is someone else, not the name before it. */
function objectPronoun(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (t.lower !== 'her' && t.lower !== 'him') return false;
  return prev?.word === true && !prev.cap && !PRONOUN_PREPOSITIONS.has(prev.lower);
}

/**
 * Finds every capitalised name in the article and registers people and organisations: full names first, so a
 * later (or earlier) bare surname joins the right person; places and lone unknown words are left out.
 */
export function collectEntities(doc: Doc, isQuoted?: (offset: number) => boolean): ArticleEntities {
  const { tokens, sentences, text } = doc;
  const entities = new ArticleEntities(isQuoted);
  const found: FoundChunk[] = [];
  for (const s of sentences) {
    if (s.headline) continue;
    for (let i = s.first; i < s.last; i++) {
      const chunk = chunkStartingAt(tokens, i, s.last);
      if (!chunk) continue;
      found.push({ chunk, sentenceLast: s.last });
      i = chunk.last - 1;
    }
  }
  const floorOf = (chunk: NameChunk) =>
    (doc.sentences[doc.sentenceOf[chunk.first] as number] as { first: number }).first;
  for (const { chunk } of found) {
    if (chunk.type === 'organization') {
      const span = { start: (tokens[chunk.first] as Token).start, end: (tokens[chunk.last - 1] as Token).end };
      entities.addNamed(chunkText(text, tokens, chunk.first, chunk.last), 'organization', span);
    } else if (chunk.type === 'person' && !isPlaceChunk(tokens, chunk) && !isNationalityAdjective(tokens, chunk)) {
      const multi = chunk.last - chunk.nameFirst > 1 || chunk.nameFirst > chunk.first;
      const afterThe = tokens[chunk.first - 1]?.lower === 'the' && chunk.nameFirst === chunk.first;
      if (multi && !afterThe) registerPerson(doc, entities, chunk, floorOf(chunk), true);
    }
  }
  for (const { chunk } of found) {
    if (chunk.type === 'person' && chunk.last - chunk.first === 1 && !isPlaceChunk(tokens, chunk)) {
      registerPerson(doc, entities, chunk, floorOf(chunk), false);
    }
  }
  return entities;
}
