import { isPlaceChunk } from '../entities/collect-entities.ts';
import { chunkEndingAt, chunkStartingAt, isRoleHead, isTitleToken, type NameChunk } from '../entities/name-chunk.ts';
import { GROUP_PRONOUNS, MEDIA_NOUNS, NOT_NAME_WORDS, ORG_WORDS, PERSON_PRONOUNS } from '../entities/role-words.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Token } from '../nlp/token.ts';
import { subjectAtStart } from './clause-subject.ts';
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

/** A name as written, with nothing around it. */
export function nameMention(chunk: NameChunk): SpeakerMention {
  return { kind: 'name', first: chunk.first, last: chunk.last, chunk, appositive: null };
}

/** A pronoun ("he", "his") at token `i`. */
export function pronounMention(i: number): SpeakerMention {
  return { kind: 'pronoun', first: i, last: i + 1, chunk: null, appositive: null };
}

/** "Ana Ruiz’s …": the name that owns the possessive "’s" at token `s`; null when none does or it is only a role. */
export function ownerOfPossessive(tokens: Token[], s: number, floor: number): SpeakerMention | null {
  const chunk = chunkEndingAt(tokens, s - 1, floor);
  return chunk && chunk.type !== 'role' ? nameMention(chunk) : null;
}

// Words that may sit between a subject and its verb ("Rubio has also said", "she later told").
const BETWEEN = new Set(
  'not never did does do has have had was were is are will would also later then further previously once again recently repeatedly reportedly publicly privately never often first has had did does do had already still subsequently initially always just even now'.split(
    ' ',
  ),
);
const TIME_NOUNS = new Set(
  'week weekend month year morning afternoon evening night day monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
const TIME_PP_NOUNS = new Set(['past', 'time', 'moment', 'outset']);
const TIME_PP_LINKS = new Set(['in', 'at']);
const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'that', 'on', 'past', 'earlier', 'same']);

/** "The committee this week announced", "Trump on Monday said": the length of a time phrase ending at `j`, or 0. */
function timePhraseBefore(tokens: Token[], j: number, floor: number): number {
  const t = tokens[j] as Token;
  // "have in the past said", "at the time said".
  if (TIME_PP_NOUNS.has(t.lower) && j - 2 >= floor && tokens[j - 1]?.lower === 'the')
    return TIME_PP_LINKS.has(tokens[j - 2]?.lower ?? '') ? 3 : 0;
  if (RELATIVE_TIME.has(t.lower)) return distancePhraseBefore(tokens, j, floor);
  if (!TIME_NOUNS.has(t.lower) || j - 2 < floor) return 0;
  let k = j - 1;
  if ((tokens[k] as Token).lower === 'past' && TIME_DETERMINERS.has((tokens[k - 1] as Token | undefined)?.lower ?? ''))
    k--;
  return TIME_DETERMINERS.has((tokens[k] as Token).lower) ? j - k + 1 : 0;
}

const RELATIVE_TIME = new Set(['later', 'ago', 'earlier']);
const COUNT_WORDS = new Set('a an one two three four five six several few some many'.split(' '));

/** "When Fiorina a month later announced", "Trump two days ago said": a distance in time ending at `j`, or 0. */
function distancePhraseBefore(tokens: Token[], j: number, floor: number): number {
  const noun = tokens[j - 1];
  if (!noun || j - 1 < floor || !TIME_NOUNS.has(noun.lower.replace(/s$/, ''))) return 0;
  const count = tokens[j - 2];
  const counted = count !== undefined && j - 2 >= floor && (COUNT_WORDS.has(count.lower) || /^\d+$/.test(count.text));
  return counted ? 3 : noun.lower.endsWith('s') ? 2 : 0;
}

/** "Trump and Sanders have both argued": a quantifier floated after the subject, not the subject itself. */
function floatedQuantifier(tokens: Token[], j: number, floor: number): boolean {
  const t = tokens[j] as Token;
  const before = tokens[j - 1];
  return (t.lower === 'both' || t.lower === 'all' || t.lower === 'each') && j - 1 >= floor && before?.word === true;
}

const DETERMINERS = new Set(
  'the a an this that these those his her its their our one two three four several some many other another two-thirds most few any each both'.split(
    ' ',
  ),
);
const NP_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'to']);
const RELATIVE = new Set(['who', 'which', 'that']);
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an']);

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

// Capitalised conjunctions and adverbs that open a sentence before its subject.
const OPENING_WORDS = new Set(
  'though although but and so yet however meanwhile still even also because while when if as since then now'.split(' '),
);
// Words before a quantity that belong to it ("About 4 in 10", "Nearly half", "Less than a third", "All three").
const QUANTITY_MODIFIERS = new Set(
  'about nearly almost roughly some only just over under around approximately fully all barely virtually'.split(' '),
);
const COMPARATIVES = new Set(['less', 'more', 'fewer']);

/** The start of a quantified phrase whose determiner or number is at `i`, its modifiers included. */
function quantifierStart(tokens: Token[], i: number, floor: number): number {
  const before = tokens[i - 1];
  if (!before || i - 1 < floor) return i;
  if (QUANTITY_MODIFIERS.has(before.lower)) return i - 1;
  // "Less than a third", "More than half", "At least 20".
  const two = tokens[i - 2];
  if (two && i - 2 >= floor && before.lower === 'than' && COMPARATIVES.has(two.lower)) return i - 2;
  if (two && i - 2 >= floor && before.lower === 'least' && two.lower === 'at') return i - 2;
  return i;
}

// Articles, possessives and object pronouns never head a subject ("wrote to her on Thursday said").
const NOT_HEADS = new Set('the a an his her its their our my your him them me us whose'.split(' '));
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us']);
const PREPOSITIONS = new Set(
  'for of at with from in to on by about over under into near than during across among between without around'.split(
    ' ',
  ),
);
// Reporting words that are nouns after an article ("a simple question", "his initial tweet").
const NOUN_CUES = new Set([
  ...SPEECH_NOUNS,
  'note',
  'question',
  'claim',
  'case',
  'proclamation',
  'comment',
  'remark',
  'demand',
  'promise',
  'pledge',
  'warning',
  'vow',
  'charge',
  'estimate',
  'response',
  'reply',
]);

// Words that always start a noun phrase ("both claim" is a subject and a verb; "a claim" is a noun phrase).
const ARTICLES = new Set('a an the his her its their our my your another most'.split(' '));

/** Whether a phrase has a word that can head a speaker: a speaking noun, a plural, a name or a number. */
function hasNounHead(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k] as Token;
    if (isSpeakingNoun(t) || t.cap || /^\p{N}/u.test(t.text) || (t.lower.endsWith('s') && t.lower.length > 3))
      return true;
  }
  return false;
}

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
    // "the Nov. 8 election", "the June 23 vote": a number after a name or article modifies the noun.
    const previous = tokens[i - 1] as Token | undefined;
    const numberModifier =
      /^\p{N}/u.test(t.text) &&
      i > floor &&
      previous !== undefined &&
      (previous.text === '.' || previous.lower === 'the' || (previous.cap && !NOT_NAME_WORDS.has(previous.lower)));
    if (numberModifier) {
      i -= previous.text === '.' ? 2 : 1;
      words++;
      continue;
    }
    if (DETERMINERS.has(t.lower) || QUANTITIES.test(t.lower)) {
      first = quantifierStart(tokens, i, floor);
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
      if (owner) {
        first = owner.first;
        break;
      }
      // "the city’s newspaper": a common-noun owner is part of the phrase.
      i--;
      words++;
      continue;
    }
    // "Though executives …": a capitalised function word opens the sentence, not the phrase.
    // "The Reuters report said": a reporting noun may head the phrase a finite verb follows.
    const reportHead = i === end && SPEECH_NOUNS.has(t.lower);
    if (!NP_STOP.has(t.lower) && (isPlainWord(t) || reportHead || (t.cap && t.word && !OPENING_WORDS.has(t.lower)))) {
      i--;
      words++;
      continue;
    }
    break;
  }
  const head = tokens[end] as Token;
  if (!head.word || NP_STOP.has(head.lower) || PREPOSITIONS.has(head.lower)) return null;
  // "most of them" ends in an object pronoun; "wrote to her" and "the" end no subject.
  const ofPronoun = OBJECT_PRONOUNS.has(head.lower) && PREPOSITIONS.has(tokens[end - 1]?.lower ?? '');
  if (NOT_HEADS.has(head.lower) && !ofPronoun) return null;
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

/**
 * "Matt Duss, the president of the Foundation for Middle East Peace, who said": the relative pronoun's antecedent is
 * the name the appositive describes, not the last name inside it. `end` is the appositive's last token.
 */
function nameBeforeAppositive(tokens: Token[], end: number, floor: number): SpeakerMention | null {
  let comma = end;
  while (comma > floor && end - comma < 20 && (tokens[comma] as Token).text !== ',') comma--;
  const opener = tokens[comma + 1];
  if ((tokens[comma] as Token).text !== ',' || !opener || !APPOSITIVE_OPENERS.has(opener.lower)) return null;
  const chunk = chunkEndingAt(tokens, comma - 1, floor);
  if (chunk?.type !== 'person') return null;
  return { kind: 'name', first: chunk.first, last: chunk.last, chunk, appositive: [comma + 1, end + 1] };
}

function mentionEndingAt(tokens: Token[], end: number, floor: number): SpeakerMention | null {
  const t = tokens[end];
  if (!t) return null;
  if (!t.cap && (PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower) || t.text === 'I')) {
    return pronounMention(end);
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
    return pronounMention(end);
  }
  const chunk = chunkEndingAt(tokens, end, floor);
  if (chunk) {
    // "Critics say": a capitalised group noun at the start of a sentence is a description, not a name.
    if (chunk.type === 'role' || (chunk.last - chunk.first === 1 && isRoleHead({ ...t, lower: t.lower }))) {
      const description = descriptionEndingAt(tokens, end, floor);
      if (description) return description;
    }
    return nameMention(chunk);
  }
  if (!t.cap && RELATIVE.has(t.lower) && tokens[end - 1]?.text === ',') {
    const antecedent = nameBeforeAppositive(tokens, end - 2, floor) ?? mentionEndingAt(tokens, end - 2, floor);
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
    const time = timePhraseBefore(tokens, j, floor);
    if (time > 0) {
      j -= time;
      skipped++;
    } else if (!t.cap && (BETWEEN.has(t.lower) || adverb || floatedQuantifier(tokens, j, floor))) {
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
    // Appositive: find the comma before it and take the subject in front of that. An appositive may hold commas
    // of its own ("Cory James, 22, of Flint, Mich., said", "Clinton, at a town hall in Columbus, Ohio, said"):
    // a place, an age or an abbreviation before a comma continues it.
    let fallback: SpeakerMention | null = null;
    for (let k = j - 1; k >= floor && k >= j - APPOSITIVE_LIMIT; k--) {
      const t = tokens[k] as Token;
      if (t.text === ',') {
        let end = k - 1;
        if ((tokens[end] as Token | undefined)?.text === ')') {
          while (end > floor && (tokens[end] as Token).text !== '(') end--;
          end--;
        }
        // "Marco Rubio, whose hometown, Miami, is projected …, argues": a relative clause holds commas too.
        if (opensRelative(tokens, k, floor)) continue;
        const subject = mentionEndingAt(tokens, end, floor);
        // "…, whose hometown, Miami, …": a name set off inside the relative clause.
        const start = subject?.first ?? -1;
        if (start > floor && tokens[start - 1]?.text === ',' && opensRelative(tokens, start - 1, floor)) continue;
        // "Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said": a description after a comma
        // is itself an appositive; the subject is further back.
        const owner =
          subject?.kind === 'description' && tokens[subject.first - 1]?.text === ','
            ? chunkEndingAt(tokens, subject.first - 2, floor)
            : null;
        if (subject && owner?.type === 'person') {
          k = subject.first;
          continue;
        }
        // "The mayor, Ana Ruiz, said", "members from Florida, Ana Ruiz and Tom Reed, said": the name between the
        // commas speaks; the phrase before is the role.
        const named = chunkStartingAt(tokens, k + 1, j);
        // "…, Gov. John Kasich (R-OH), said": a party label may follow the name.
        const labelled = named !== null && tokens[named.last]?.text === '(' && tokens[j - 1]?.text === ')';
        const namedAll =
          named !== null &&
          (named.last === j || labelled || tokens[named.last]?.lower === 'and') &&
          !isPlaceChunk(tokens, named);
        if (subject && named?.type === 'person' && namedAll && (subject.kind === 'description' || fallback === null)) {
          if (subject.kind === 'description' || continuesAppositive(tokens, subject, end))
            return { kind: 'name', first: named.first, last: named.last, chunk: named, appositive: [subject.first, k] };
        }
        const inner = continuesAppositive(tokens, subject, end);
        if (subject && subject.kind !== 'description' && !inner) {
          const affiliated = withAffiliation(tokens, subject, floor);
          const whole = affiliated === subject ? (headBeforeModifier(tokens, subject, floor) ?? subject) : affiliated;
          return { ...whole, appositive: [k + 1, j] };
        }
        if (!inner) return fallback;
        if (subject && subject.kind !== 'description')
          fallback ??= { ...withAffiliation(tokens, subject, floor), appositive: [k + 1, j] };
        continue;
      }
      if (t.text === ';' || isQuoteMark(t)) return fallback;
    }
    return fallback;
  }
  const phrase = j === verb - 1 ? reportingNounPhrase(tokens, verb, floor) : -1;
  if (phrase >= 0) {
    const subject = subjectAtStart(tokens, floor, phrase);
    return subject && subject.last <= phrase ? subject : null;
  }
  const mention = mentionEndingAt(tokens, j, floor);
  if (!mention) return null;
  const affiliated = withAffiliation(tokens, mention, floor);
  if (affiliated !== mention || mention.kind === 'pronoun') return affiliated;
  const whole = headBeforeModifier(tokens, mention, floor) ?? mention;
  const subject = coordinated(tokens, whole, floor) ?? whole;
  return beforeRelativeClause(tokens, subject, floor) ?? subject;
}

/**
 * "One Democratic official who relayed the exchange said", "advisers who have run the numbers argue": the phrase
 * next to the verb ends a relative clause; the subject is the noun phrase before "who".
 */
function beforeRelativeClause(tokens: Token[], m: SpeakerMention, floor: number): SpeakerMention | null {
  for (let w = m.first - 1; w > floor && m.first - w <= 12; w--) {
    const t = tokens[w] as Token;
    if (!t.word || isQuoteMark(t)) return null;
    if (t.lower !== 'who') continue;
    const head = mentionEndingAt(tokens, w - 1, floor);
    if (!head || head.kind === 'pronoun') return null;
    // A described head keeps its relative clause ("One Democratic official who relayed the exchange").
    return head.kind === 'description' ? { ...head, last: m.last } : { ...head, appositive: [w, m.last] };
  }
  return null;
}

// Prepositions that attach a modifier to the noun before them ("People briefed on the talks", "Voters in Iowa").
const MODIFIER_PREPOSITIONS = new Set(
  'of for at in on with from about over during near among inside outside across by'.split(' '),
);
const ADJECTIVES_BEFORE_PREPOSITION = new Set(['familiar', 'close', 'loyal', 'opposed', 'sympathetic', 'critical']);

/**
 * "People briefed on the situation say", "Voters in Iowa say", "Trump at the time said": the phrase next to the
 * verb is inside a modifier; the subject is the noun or name the modifier attaches to (with the modifier, when the
 * head is a description, so "A spokeswoman for Janney" stays whole).
 */
function headBeforeModifier(tokens: Token[], m: SpeakerMention, floor: number): SpeakerMention | null {
  const p = m.first - 1;
  if (p - 1 < floor) return null;
  const link = tokens[p] as Token;
  const isParticiple = (t: Token) =>
    !t.cap &&
    cueClassOf(t.lower) === null &&
    (ADJECTIVES_BEFORE_PREPOSITION.has(t.lower) || /[a-z]{3}(ed|ing)$/.test(t.lower));
  // "House Republicans supporting the bill have said": a participle with its object also modifies the head.
  if (!MODIFIER_PREPOSITIONS.has(link.lower) && !(isParticiple(link) && m.kind === 'description')) return null;
  let k = p - 1;
  if (MODIFIER_PREPOSITIONS.has(link.lower) && isParticiple(tokens[k] as Token)) k--;
  if (k < floor) return null;
  const head = tokens[k] as Token;
  // "People briefed on …" at the start of a sentence is a description, not a name.
  if (head.cap && !(k === floor && isSpeakingNoun(head))) {
    const chunk = chunkEndingAt(tokens, k, floor);
    if (!chunk || chunk.type === 'role') return null;
    // A name followed by a place ("Darran Whiting of Liberty Baptist Church in Marion") is the speaker.
    return nameMention(chunk);
  }
  if (!(isPlainWord(head) || head.cap) || NP_STOP.has(head.lower)) return null;
  if (!(isSpeakingNoun(head) || (head.lower.endsWith('s') && head.lower.length > 3))) return null;
  const description = descriptionEndingAt(tokens, k, floor);
  return description ? { ...description, last: m.last } : null;
}

const EMPHASIS = new Set(['even', 'also', 'especially']);
// Words after which a coordinated subject starts its clause ("…, Trump and his lawyers said").
const CLAUSE_OPENERS = new Set([',', ';', ':', 'but', 'that', 'while', 'as', 'because', 'and', 'since', 'though']);

/**
 * "Trump and his attorneys have denied", "Mr. Xi and other leaders said": a description joined to an earlier
 * conjunct by "and" speaks with it; a named first conjunct is the speaker.
 */
function coordinated(tokens: Token[], m: SpeakerMention, floor: number): SpeakerMention | null {
  // "Politicians and even some technologists".
  const and = EMPHASIS.has(tokens[m.first - 1]?.lower ?? '') ? m.first - 2 : m.first - 1;
  if (m.kind === 'pronoun' || tokens[and]?.lower !== 'and' || and - 1 < floor) return null;
  const left = mentionEndingAt(tokens, and - 1, floor);
  if (!left) return null;
  // "Phil Berger and Tim Moore said": two names, the first speaks for both.
  if (m.kind === 'name' && (left.kind !== 'name' || m.chunk?.type !== 'person')) return null;
  const opener = tokens[left.first - 1];
  if (left.first !== floor && !(opener && (CLAUSE_OPENERS.has(opener.lower) || isQuoteMark(opener)))) return null;
  if (left.kind === 'description') return { ...left, last: m.last };
  if (left.kind === 'name' && left.chunk && left.chunk.type !== 'role') return left;
  return left.kind === 'pronoun' ? left : null;
}

/** Whether the phrase before the comma at `k` (back to the previous comma) is a relative clause. */
function opensRelative(tokens: Token[], k: number, floor: number): boolean {
  for (let i = k - 1; i > floor && k - i <= 12; i--) {
    const t = tokens[i] as Token;
    if (t.text === ',') return false;
    if (t.lower === 'whose' || (t.lower === 'who' && tokens[i - 1]?.text === ',')) return true;
  }
  return false;
}

const PLACE_LINKS = new Set(['of', 'from', 'in']);

/** Whether the phrase before a comma is part of an appositive: a place, an age, or an abbreviation ("Mich."). */
function continuesAppositive(tokens: Token[], subject: SpeakerMention | null, end: number): boolean {
  const t = tokens[end];
  if (!t) return false;
  if (/^\p{N}+$/u.test(t.text) || t.text === '.' || /^(\p{Lu}\.)+$/u.test(t.text)) return true;
  if (!subject?.chunk) return false;
  // ", of Raleigh, N.C.,": a name after "of/from/in" is where the speaker is from.
  if (PLACE_LINKS.has(tokens[subject.first - 1]?.lower ?? '')) return true;
  return subject.chunk.type === 'person' && isPlaceChunk(tokens, subject.chunk);
}

/**
 * "asked Republicans a simple question: …", "began with a personally signed tweet that …": a reporting word after
 * an article and modifiers is the head noun of the clause's object, not a verb. Returns the article's index, or -1.
 */
function reportingNounPhrase(tokens: Token[], verb: number, floor: number): number {
  if (!NOUN_CUES.has((tokens[verb] as Token).lower)) return -1;
  for (let k = verb - 1; k >= floor && verb - k <= 4; k--) {
    const t = tokens[k] as Token;
    if (ARTICLES.has(t.lower)) return hasNounHead(tokens, k + 1, verb) ? -1 : k;
    if (DETERMINERS.has(t.lower)) return -1;
    if (!isPlainWord(t) || NP_STOP.has(t.lower)) return -1;
  }
  return -1;
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
    return pronounMention(start);
  }
  let chunk = chunkStartingAt(tokens, start, ceiling);
  // "said former Obama adviser David Axelrod", "said campaign manager Robby Mook": a lower-case role before the name.
  const after = tokens[chunk?.last ?? start];
  if (!chunk || chunk.type === 'role' || (after && chunk.last < ceiling && (isPlainWord(after) || after.cap))) {
    const named = nameAfterRolePrefix(tokens, start, ceiling);
    if (named) chunk = named;
  }
  // "said Florida’s Rick Wilson", "said Clinton’s top aide Jake Sullivan": the owner qualifies the name.
  const possessive = chunk !== null && /^['’]s$/.test(tokens[chunk.last]?.text ?? '');
  const owned = possessive && chunk ? chunkStartingAt(tokens, chunk.last + 1, ceiling) : null;
  if (owned?.type === 'person') chunk = owned;
  else if (possessive && chunk) chunk = nameAfterRolePrefix(tokens, chunk.last + 1, ceiling) ?? chunk;
  if (chunk) {
    const mention: SpeakerMention = nameMention(chunk);
    if (tokens[chunk.last]?.text === ',') mention.appositive = appositiveAfter(tokens, chunk.last + 1, ceiling);
    // "said Sen. Jim Whelan who represents Atlantic City": a relative clause describes the speaker.
    if (tokens[chunk.last]?.lower === 'who') {
      const relative = clauseRunEnd(tokens, chunk.last, ceiling);
      if (relative > chunk.last) mention.appositive = [chunk.last, relative];
    }
    return mention;
  }
  if (DETERMINERS.has(t.lower)) {
    let end = start + 1;
    while (end < ceiling && end - start < 8) {
      const w = tokens[end] as Token;
      // "said the younger Mr. Trump": an abbreviated title and a name after the adjectives are the speaker.
      const abbreviated =
        isTitleToken(w) && w.text.length <= 5 && tokens[end + 1]?.text === '.' && tokens[end + 2]?.cap;
      const titled = abbreviated ? chunkStartingAt(tokens, end, ceiling) : null;
      if (titled?.type === 'person' && titled.nameFirst > end) {
        return { kind: 'name', first: titled.first, last: titled.last, chunk: titled, appositive: null };
      }
      if (RELATIVE.has(w.lower) || (NP_STOP.has(w.lower) && !NP_PREPOSITIONS.has(w.lower))) break;
      // "the younger Mr. Trump", "President George W. Bush": an initial's or title's period inside the phrase.
      const initial =
        w.text === '.' &&
        (tokens[end - 1] as Token).cap &&
        (tokens[end - 1] as Token).text.length <= 3 &&
        tokens[end + 1]?.cap;
      if (initial) {
        end++;
        continue;
      }
      if (!(isPlainWord(w) || w.cap || NP_PREPOSITIONS.has(w.lower) || DETERMINERS.has(w.lower) || w.text === '’s'))
        break;
      end++;
    }
    // "said a Nevada Democrat.", "said one Trump confidant who …": after an inverted cue the phrase that closes the
    // clause is its subject, whatever its head noun.
    const next = tokens[end];
    const closes =
      next === undefined || end >= ceiling || CLAUSE_PUNCTUATION.has(next.text) || RELATIVE.has(next.lower);
    // "the officer in charge …": a phrase cut short before a cue word ends at its last noun.
    while (end > start + 1 && NP_PREPOSITIONS.has((tokens[end - 1] as Token).lower)) end--;
    const phrase = end > start + 1 && !DETERMINERS.has((tokens[end - 1] as Token).lower);
    if (phrase && t.lower !== 'that' && (closes || hasNounHead(tokens, start + 1, end))) {
      // "said a longtime GOP data expert who has worked for one of Trump's rivals": a restrictive relative clause
      // is part of the description.
      const relative = next && RELATIVE.has(next.lower) ? clauseRunEnd(tokens, end, ceiling) : -1;
      return {
        kind: 'description',
        first: start,
        last: relative > end ? relative : end,
        chunk: null,
        appositive: null,
      };
    }
  }
  return null;
}

const CLAUSE_PUNCTUATION = new Set([',', '.', ';', ':', ')', '—', '–', '!', '?']);

/** Where a relative or appositive clause that starts at `from` ends: the next comma, stop or quotation mark. */
function clauseRunEnd(tokens: Token[], from: number, ceiling: number): number {
  let end = from + 1;
  while (end < ceiling && end - from < APPOSITIVE_LIMIT) {
    const w = tokens[end] as Token;
    if (w.text === ',' || w.text === '.' || w.text === ';' || isQuoteMark(w)) return end;
    end++;
  }
  return end < ceiling ? -1 : end;
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

/**
 * Whether tokens `[from, to)` only modify the subject that starts at `to`: an article or possessive, an owner
 * ("Gallup’s"), role words ("his nephew", "the Texan", "former Obama adviser").
 */
export function isSubjectPrefix(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || to - from > ROLE_PREFIX_LIMIT) return false;
  for (let k = from; k < to; k++) {
    const w = tokens[k] as Token;
    if (w.text === '’s' || w.text === "'s" || w.text === '.') continue;
    // "another friend, Mariam Emara told CNN": a role set off by a comma right before the name.
    if (w.text === ',' && k === to - 1 && k > from && DETERMINERS.has((tokens[from] as Token).lower)) continue;
    // "Edward-Isaac Dovere and Gabriel Debenedetti wrote": a name coordinated before the subject.
    if (w.lower === 'and' && k === to - 1 && (tokens[k - 1] as Token | undefined)?.cap) continue;
    if (!w.word || (!w.cap && (NP_STOP.has(w.lower) || RELATIVE.has(w.lower) || cueClassOf(w.lower) !== null)))
      return false;
    if (!w.cap && !isPlainWord(w)) return false;
  }
  return true;
}

/** The person named after a role prefix ("former Obama adviser David Axelrod"), or null. */
function nameAfterRolePrefix(tokens: Token[], start: number, ceiling: number): NameChunk | null {
  for (let k = start + 1; k < ceiling && k - start <= ROLE_PREFIX_LIMIT; k++) {
    const w = tokens[k] as Token;
    if (!w.word && w.text !== '’s' && w.text !== "'s" && w.text !== '.') return null;
    const prev = tokens[k - 1] as Token;
    if (w.cap && (isRoleHead(prev) || isPlainWord(prev))) {
      const chunk = chunkStartingAt(tokens, k, ceiling);
      if (chunk?.type !== 'person') continue;
      if (isRolePrefix(tokens, start, k)) return chunk;
      // "said former Wisconsin Gov. Jim Doyle", "said retired neurosurgeon Ben Carson": modifiers before a titled
      // or full name.
      const full = chunk.nameFirst > chunk.first || chunk.last - chunk.nameFirst >= 2;
      if (full && onlyModifiers(tokens, start, k)) return chunk;
    }
  }
  return null;
}

/** Whether tokens `[from, to)` are lower-case modifiers or capitalised words, with no article or clause word. */
function onlyModifiers(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k] as Token;
    if (!(w.cap || isPlainWord(w)) || NP_STOP.has(w.lower) || DETERMINERS.has(w.lower) || RELATIVE.has(w.lower))
      return false;
  }
  return true;
}

/** ", a foreign policy fellow at the Cato Institute." → the token range of the description. */
function appositiveAfter(tokens: Token[], start: number, ceiling: number): [number, number] | null {
  const t = tokens[start];
  if (!t || !DETERMINERS.has(t.lower)) return null;
  // A long appositive with a relative clause ("a progressive activist who is a former labor official and …").
  const end = clauseRunEnd(tokens, start, ceiling);
  if (end < 0) return null;
  for (let k = start; k < end; k++) if (isRoleHead(tokens[k] as Token)) return [start, end];
  return null;
}

const APPOSITIVE_LIMIT = 40;
