import { chunkEndingAt, chunkStartingAt, isRoleHead, type NameChunk } from '../entities/name-chunk.ts';
import { GROUP_PRONOUNS, MEDIA_NOUNS, ORG_WORDS, PERSON_PRONOUNS } from '../entities/role-words.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Token } from '../nlp/token.ts';
import { cueClassOf, SPEECH_NOUNS } from './cue-words.ts';

/** Who a cue's subject is, as written: a name, a pronoun, or a description ("the daily", "officials"). */
export interface SpeakerMention {
  kind: 'name' | 'pronoun' | 'description';
  /** Token range `[first, last)` of the mention, role words included. */
  first: number;
  last: number;
  chunk: NameChunk | null;
  /** Token range of an appositive that describes the speaker (", the secretary of state,"), if any. */
  appositive: [number, number] | null;
}

// Words that may sit between a subject and its verb ("Rubio has also said", "she later told").
const BETWEEN = new Set(
  'not never did does do has have had was were is are will would also later then further previously once again recently repeatedly reportedly publicly privately never often first has had did does do had already still subsequently initially'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(
  'the a an this that these those his her its their our one two three four several some many other another two-thirds most few any each both'.split(
    ' ',
  ),
);
const NP_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'to']);
const RELATIVE = new Set(['who', 'which', 'that']);

function isPlainWord(t: Token): boolean {
  return t.word && !t.cap && cueClassOf(t.lower) === null;
}

/** A description noun that can speak: a role, a group, a medium, an institution, or a document. */
function isSpeakingNoun(t: Token): boolean {
  return isRoleHead(t) || MEDIA_NOUNS.has(t.lower) || ORG_WORDS.has(t.lower) || SPEECH_NOUNS.has(t.lower);
}

// Words that end a subject noun phrase when reading backwards (clause boundaries, verbs, conjunctions).
const NP_STOP = new Set(
  'who which that and or but is was are were has have had not will would to than when if because as while since be been being do does did can could should may might must'.split(
    ' ',
  ),
);
const QUANTITIES =
  /^(\p{N}[\p{N},.]*|half|most|many|some|few|none|all|both|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|majority|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+|\w+-(quarters?|thirds?|fifths?|tenths?))$/u;

/**
 * A noun phrase ending at `end` that can be a speaker: "a spokesman for the campaign", "the daily",
 * "three-quarters of the voters", "officials". Read backwards up to a determiner or a clause boundary.
 */
function descriptionEndingAt(tokens: Token[], end: number, floor: number): SpeakerMention | null {
  const last = end + 1;
  let first = -1;
  let i = end;
  let words = 0;
  while (i >= floor && words < 10) {
    const t = tokens[i] as Token;
    if (DETERMINERS.has(t.lower) || QUANTITIES.test(t.lower)) {
      first = i;
      const before = tokens[i - 1];
      // "a spokesman for the campaign": keep going over the preposition to the head phrase.
      if (before && i - 1 > floor && NP_PREPOSITIONS.has(before.lower)) {
        i -= 2;
        continue;
      }
      break;
    }
    const pluralPossessive =
      (t.text === '’' || t.text === "'") && tokens[i - 1]?.end === t.start && tokens[i - 1]?.lower.endsWith('s');
    if (t.text === '’s' || t.text === "'s" || pluralPossessive) {
      const owner = chunkEndingAt(tokens, i - 1, floor);
      if (owner) first = owner.first;
      break;
    }
    if (!NP_STOP.has(t.lower) && (isPlainWord(t) || (t.cap && t.word))) {
      i--;
      words++;
      continue;
    }
    break;
  }
  const head = tokens[end] as Token;
  if (!head.word || NP_STOP.has(head.lower)) return null;
  if (first < 0) {
    // Bare groups speak without a determiner ("officials said", "Republican voters say"), but only short ones.
    if (end - i > 3) return null;
    first = i + 1;
    let speaking = false;
    for (let k = first; k < last; k++)
      if (isSpeakingNoun(tokens[k] as Token) || (tokens[k] as Token).lower.endsWith('s')) speaking = true;
    if (!speaking) return null;
  }
  return { kind: 'description', first, last, chunk: null, appositive: null };
}

function mentionEndingAt(tokens: Token[], end: number, floor: number): SpeakerMention | null {
  const t = tokens[end];
  if (!t) return null;
  if (!t.cap && (PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower) || t.text === 'I')) {
    return { kind: 'pronoun', first: end, last: end + 1, chunk: null, appositive: null };
  }
  if (
    t.cap &&
    (t.lower === 'he' ||
      t.lower === 'she' ||
      t.lower === 'they' ||
      t.lower === 'it' ||
      t.lower === 'we' ||
      t.text === 'I')
  ) {
    return { kind: 'pronoun', first: end, last: end + 1, chunk: null, appositive: null };
  }
  const chunk = chunkEndingAt(tokens, end, floor);
  if (chunk) {
    // "Critics say": a capitalised group noun at the start of a sentence is a description, not a name.
    if (chunk.type === 'role' || (chunk.last - chunk.first === 1 && isRoleHead({ ...t, lower: t.lower }))) {
      const description = descriptionEndingAt(tokens, end, floor);
      if (description) return description;
    }
    return { kind: 'name', first: chunk.first, last: chunk.last, chunk, appositive: null };
  }
  if (!t.cap && RELATIVE.has(t.lower) && tokens[end - 1]?.text === ',') {
    const antecedent = mentionEndingAt(tokens, end - 2, floor);
    if (antecedent) return antecedent;
  }
  return descriptionEndingAt(tokens, end, floor);
}

/**
 * The subject of the cue verb at `verb`, found by reading backwards: skips adverbs and auxiliaries ("has also said"),
 * then takes a pronoun, a name chunk or a description. An appositive between commas ("Rubio, the secretary of
 * state, said") is kept as the speaker's role.
 */
export function subjectBefore(tokens: Token[], verb: number, floor: number): SpeakerMention | null {
  let j = verb - 1;
  let skipped = 0;
  while (j >= floor && skipped < 3) {
    const t = tokens[j] as Token;
    // An -ly word is an adverb ("later", "publicly") unless a determiner makes it a noun ("the daily").
    const adverb = t.lower.endsWith('ly') && t.lower.length > 4 && !DETERMINERS.has(tokens[j - 1]?.lower ?? '');
    if (!t.cap && (BETWEEN.has(t.lower) || adverb)) {
      j--;
      skipped++;
    } else break;
  }
  if (j < floor) return null;
  // "Rep. Bobby Scott (D-Va.) said": a parenthesis between subject and verb is skipped.
  if ((tokens[j] as Token).text === ')') {
    let k = j - 1;
    while (k > floor && j - k < 10 && (tokens[k] as Token).text !== '(') k--;
    if ((tokens[k] as Token).text === '(') j = k - 1;
  }
  if (j < floor) return null;
  if ((tokens[j] as Token).text === ',') {
    // Appositive: find the comma before it and take the subject in front of that.
    for (let k = j - 1; k >= floor && k >= j - 30; k--) {
      const t = tokens[k] as Token;
      if (t.text === ',') {
        let end = k - 1;
        if ((tokens[end] as Token | undefined)?.text === ')') {
          while (end > floor && (tokens[end] as Token).text !== '(') end--;
          end--;
        }
        const subject = mentionEndingAt(tokens, end, floor);
        if (subject && subject.kind !== 'description')
          return { ...withAffiliation(tokens, subject, floor), appositive: [k + 1, j] };
        // "The mayor, Ana Ruiz, said": the name between the commas speaks; the description before is the role.
        const named = chunkStartingAt(tokens, k + 1, j);
        if (subject && named?.type === 'person' && named.last === j) {
          return { kind: 'name', first: named.first, last: named.last, chunk: named, appositive: [subject.first, k] };
        }
        return null;
      }
      if (t.text === ';' || isQuoteMark(t)) return null;
    }
    return null;
  }
  const mention = mentionEndingAt(tokens, j, floor);
  return mention ? withAffiliation(tokens, mention, floor) : null;
}

const AFFILIATION_LINKS = new Set(['of', 'at', 'from', 'with']);

/**
 * "Mr. Burman of the Tax Policy Center said": the organisation named after "of/at/from" qualifies the person
 * before it, who is the speaker.
 */
function withAffiliation(tokens: Token[], mention: SpeakerMention, floor: number): SpeakerMention {
  if (mention.kind !== 'name' || mention.chunk?.type !== 'organization') return mention;
  let i = mention.first - 1;
  if (tokens[i]?.lower === 'the') i--;
  if (i <= floor || !AFFILIATION_LINKS.has((tokens[i] as Token).lower)) return mention;
  const person = chunkEndingAt(tokens, i - 1, floor);
  if (person?.type !== 'person') return mention;
  return { kind: 'name', first: person.first, last: person.last, chunk: person, appositive: [i, mention.last] };
}

/** The subject after an inverted cue ("…,” said Marco Rubio, the secretary of state). */
export function subjectAfter(tokens: Token[], verb: number, ceiling: number): SpeakerMention | null {
  const start = verb + 1;
  const t = tokens[start];
  if (!t || start >= ceiling) return null;
  if (!t.cap && PERSON_PRONOUNS.has(t.lower)) {
    return { kind: 'pronoun', first: start, last: start + 1, chunk: null, appositive: null };
  }
  let chunk = chunkStartingAt(tokens, start, ceiling);
  // "said former Obama adviser David Axelrod", "said campaign manager Robby Mook": a lower-case role before the name.
  const after = tokens[chunk?.last ?? start];
  if (!chunk || chunk.type === 'role' || (after && chunk.last < ceiling && isPlainWord(after))) {
    const named = nameAfterRolePrefix(tokens, start, ceiling);
    if (named) chunk = named;
  }
  // "said Florida’s Rick Wilson": a place or organisation owning the name qualifies it.
  const owned =
    chunk && /^['’]s$/.test(tokens[chunk.last]?.text ?? '') ? chunkStartingAt(tokens, chunk.last + 1, ceiling) : null;
  if (owned?.type === 'person') chunk = owned;
  if (chunk) {
    const mention: SpeakerMention = { kind: 'name', first: chunk.first, last: chunk.last, chunk, appositive: null };
    if (tokens[chunk.last]?.text === ',') mention.appositive = appositiveAfter(tokens, chunk.last + 1, ceiling);
    return mention;
  }
  if (DETERMINERS.has(t.lower)) {
    let end = start + 1;
    while (end < ceiling && end - start < 8) {
      const w = tokens[end] as Token;
      if (!(isPlainWord(w) || w.cap || NP_PREPOSITIONS.has(w.lower) || DETERMINERS.has(w.lower) || w.text === '’s'))
        break;
      end++;
    }
    for (let k = start; k < end; k++) {
      if (isSpeakingNoun(tokens[k] as Token))
        return { kind: 'description', first: start, last: end, chunk: null, appositive: null };
    }
  }
  return null;
}

const ROLE_PREFIX_LIMIT = 8;

/** Whether tokens `[from, to)` are a role written before a name: words and modifiers with a role noun among them. */
export function isRolePrefix(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || to - from > ROLE_PREFIX_LIMIT) return false;
  let head = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k] as Token;
    if (isRoleHead(w)) head = true;
    else if (!(w.word && (w.cap || isPlainWord(w))) && w.text !== '’s' && w.text !== "'s" && w.text !== '.')
      return false;
    if (!w.cap && (NP_STOP.has(w.lower) || DETERMINERS.has(w.lower) || RELATIVE.has(w.lower))) return false;
  }
  return head;
}

/** The person named after a role prefix ("former Obama adviser David Axelrod"), or null. */
function nameAfterRolePrefix(tokens: Token[], start: number, ceiling: number): NameChunk | null {
  for (let k = start + 1; k < ceiling && k - start <= ROLE_PREFIX_LIMIT; k++) {
    const w = tokens[k] as Token;
    if (!w.word && w.text !== '’s' && w.text !== "'s" && w.text !== '.') return null;
    if (w.cap && isRoleHead(tokens[k - 1] as Token)) {
      const chunk = chunkStartingAt(tokens, k, ceiling);
      if (chunk?.type === 'person' && isRolePrefix(tokens, start, k)) return chunk;
    }
  }
  return null;
}

/** ", a foreign policy fellow at the Cato Institute." → the token range of the description. */
function appositiveAfter(tokens: Token[], start: number, ceiling: number): [number, number] | null {
  const t = tokens[start];
  if (!t || !DETERMINERS.has(t.lower)) return null;
  let end = start + 1;
  while (end < ceiling && end - start < 16) {
    const w = tokens[end] as Token;
    if (w.text === ',' || w.text === '.' || w.text === ';' || isQuoteMark(w)) break;
    end++;
  }
  for (let k = start; k < end; k++) if (isRoleHead(tokens[k] as Token)) return [start, end];
  return null;
}
