import type { Token } from '../nlp/token.ts';
import { NAME_CONNECTORS, NOT_NAME_WORDS, ORG_WORDS, ROLE_HEADS, TITLE_WORDS } from './role-words.ts';

/** A capitalised phrase split into its role part and its name part, all as token ranges `[first, last)`. */
export interface NameChunk {
  first: number;
  last: number;
  /** Where the name starts (tokens before it are the role: "U.S. Secretary of State"). */
  nameFirst: number;
  type: 'person' | 'organization' | 'role';
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PARTY_ADJECTIVES = new Set(['republican', 'democratic', 'democrat', 'gop', 'presidential', 'independent']);

const bare = (t: Token) => (t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);

export function isTitleToken(t: Token): boolean {
  return TITLE_WORDS.has(t.lower) || TITLE_WORDS.has(bare(t));
}

function isAcronym(t: Token): boolean {
  return t.text.length >= 2 && /^[\p{Lu}&.]+$/u.test(t.text) && !SUFFIXES.has(bare(t));
}

/** A token that can be part of a name: capitalised and not a function word, or an initial's/abbreviation's period. */
function isNameToken(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.cap) {
    // Acronyms ("US", "IT") are names even when they spell a common word.
    // Longer all-capital words are datelines or shouting ("PURCHASE, N.Y. —"), not names.
    if (t.text.length >= 2 && /^[\p{Lu}.&]+$/u.test(t.text)) return t.text.replace(/\./g, '').length <= 5;
    return (!NOT_NAME_WORDS.has(t.lower) && !t.commonAtStart) || isTitleToken(t);
  }
  if (t.text === '.') {
    const prev = tokens[i - 1];
    return (
      prev !== undefined &&
      prev.end === t.start &&
      prev.cap &&
      (prev.text.length === 1 || isTitleToken(prev) || SUFFIXES.has(prev.lower))
    );
  }
  return false;
}

/** A lower-case connector joins two name tokens ("Secretary of State", "Ambassador to Mexico", "Luis de la Fuente"). */
// Capitalised function words inside title-case organisation names ("Customs And Border Protection",
// "Global Initiative Against Transnational Organised Crime").
const TITLE_CASE_CONNECTORS = new Set(['of', 'and', 'for', 'against', 'on', 'the', 'in', 'at', 'to', 'with', 'from']);

function isConnectorAt(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.cap) return TITLE_CASE_CONNECTORS.has(t.lower) && i > 0 && (tokens[i - 1] as Token).cap;
  return NAME_CONNECTORS.has(t.lower);
}

/** The capitalised chunk that ends at token `end` (inclusive), or null when that token is not a name token. */
export function chunkEndingAt(tokens: Token[], end: number, floor: number): NameChunk | null {
  if (end < floor || !isNameToken(tokens, end)) return null;
  let first = end;
  while (first - 1 >= floor) {
    if (isNameToken(tokens, first - 1)) first--;
    else if (first - 2 >= floor && isConnectorAt(tokens, first - 1) && isNameToken(tokens, first - 2)) first -= 2;
    else break;
  }
  while (first < end && (tokens[first] as Token).text === '.') first++;
  return classifyChunk(tokens, first, end + 1);
}

/** The capitalised chunk that starts at token `start`, or null. */
export function chunkStartingAt(tokens: Token[], start: number, ceiling: number): NameChunk | null {
  if (start >= ceiling || !isNameToken(tokens, start) || (tokens[start] as Token).text === '.') return null;
  let last = start + 1;
  while (last < ceiling) {
    if (isNameToken(tokens, last)) last++;
    else if (last + 1 < ceiling && isConnectorAt(tokens, last) && isNameToken(tokens, last + 1)) last += 2;
    else break;
  }
  return classifyChunk(tokens, start, last);
}

/**
 * Splits a chunk into role and name. The name starts after the last title word and after any "of/to X" that
 * completes that title ("Secretary of State Marco Rubio", "Ambassador to Mexico Ronald Johnson").
 */
export function classifyChunk(tokens: Token[], first: number, last: number): NameChunk {
  let nameFirst = first;
  for (let i = first; i < last; i++) {
    const t = tokens[i] as Token;
    // A title counts only before another name word, so surnames like "Dean" or "King" stay names.
    if ((isTitleToken(t) && i < last - 1) || (t.text === '.' && i === nameFirst)) {
      nameFirst = i + 1;
    } else if (i === nameFirst && isConnectorAt(tokens, i) && i > first) {
      // The title's argument: one capitalised word, or all but the last two when a longer name follows.
      const rest = last - (i + 1);
      nameFirst = rest >= 4 ? last - 2 : i + 2;
      i = nameFirst - 1;
    }
  }
  if (nameFirst > last) nameFirst = last;
  let org = false;
  for (let i = first; i < last; i++) {
    const t = tokens[i] as Token;
    if (ORG_WORDS.has(t.lower) && i >= nameFirst) org = true;
  }
  if (org) return { first, last, nameFirst: first, type: 'organization' };
  if (nameFirst === last) return { first, last, nameFirst, type: 'role' };
  // "Virginia Democratic (primary voters)": a party adjective at the end makes the chunk a modifier, not a name.
  if (PARTY_ADJECTIVES.has((tokens[last - 1] as Token).lower)) return { first, last, nameFirst: last, type: 'role' };
  if (last - nameFirst === 1 && isAcronym(tokens[nameFirst] as Token)) {
    return { first, last, nameFirst, type: 'organization' };
  }
  return { first, last, nameFirst, type: 'person' };
}

export function chunkText(text: string, tokens: Token[], first: number, last: number): string {
  if (last <= first) return '';
  return text.slice((tokens[first] as Token).start, (tokens[last - 1] as Token).end);
}

/** Whether a lower-case word heads a description of a speaker ("spokeswoman", "officials", "fellow"). */
export function isRoleHead(t: Token): boolean {
  return ROLE_HEADS.has(t.lower);
}

export function isNameSuffix(t: Token): boolean {
  return SUFFIXES.has(bare(t));
}
