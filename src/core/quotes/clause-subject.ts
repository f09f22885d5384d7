import { chunkEndingAt, chunkStartingAt, isRoleHead } from '../entities/name-chunk.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Token } from '../nlp/token.ts';
import { cueClassOf } from './cue-words.ts';
import type { SpeakerMention } from './speaker-mention.ts';

// Openers of an introductory phrase that ends with a comma ("In a statement, the campaign said …").
const INTRO = new Set(
  'in on at after before during while earlier later speaking asked meanwhile however but and so still also when as since with without for from at'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(
  'the a an this that these those his her its their our one two three some many several most'.split(' '),
);
const STOP = new Set(
  'who which that and or but is was are were has have had will would can could should may might did does do not said says to in on at of for with by as'.split(
    ' ',
  ),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
const NOT_VERBS = new Set('and or but of for to in on at with by from as the a an'.split(' '));

function pronounAt(tokens: Token[], i: number): SpeakerMention | null {
  const t = tokens[i];
  return t && PRONOUNS.has(t.lower) ? { kind: 'pronoun', first: i, last: i + 1, chunk: null, appositive: null } : null;
}

/** A name chunk, or a description when role words follow it ("the Florida senator" is not a name). */
function nounPhraseAt(tokens: Token[], i: number, before: number): SpeakerMention | null {
  const t = tokens[i];
  if (!t) return null;
  const pronoun = pronounAt(tokens, i);
  if (pronoun) return pronoun;
  const start = DETERMINERS.has(t.lower) ? i + 1 : i;
  const chunk = chunkStartingAt(tokens, start, before);
  if (chunk && chunk.type !== 'role') {
    const after = tokens[chunk.last];
    if (after && !after.cap && isRoleHead(after)) {
      return { kind: 'description', first: i, last: chunk.last + 1, chunk: null, appositive: null };
    }
    if (start === i || chunk.type === 'organization') {
      return { kind: 'name', first: chunk.first, last: chunk.last, chunk, appositive: null };
    }
  }
  if (start === i + 1) {
    let end = start;
    while (end < before && end - start < 7) {
      const w = tokens[end] as Token;
      if (!w.word || STOP.has(w.lower) || (!w.cap && cueClassOf(w.lower) !== null)) break;
      end++;
    }
    if (end > start) return { kind: 'description', first: i, last: end, chunk: null, appositive: null };
  }
  return null;
}

/**
 * The subject at the start of a clause, past an introductory phrase: used for participle cues ("…, saying …") and
 * for quotations embedded in a sentence ("Bush called Trump “unhinged.”").
 */
export function subjectAtStart(tokens: Token[], first: number, before: number): SpeakerMention | null {
  let i = first;
  while (i < before && isQuoteMark(tokens[i] as Token)) i++;
  const t = tokens[i];
  if (!t) return null;
  if (INTRO.has(t.lower)) {
    let j = i + 1;
    while (j < before && j - i < 14 && (tokens[j] as Token).text !== ',') j++;
    if (j < before && (tokens[j] as Token).text === ',') i = j + 1;
  }
  return nounPhraseAt(tokens, i, before);
}

/** "Rubio thanked Miami and said …": the nearest name or pronoun before `from` that is followed by a verb. */
export function nearestSubjectBefore(tokens: Token[], from: number, floor: number): SpeakerMention | null {
  for (let i = from; i >= floor; i--) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (!next || next.cap || !next.word || NOT_VERBS.has(next.lower)) continue;
    const pronoun = pronounAt(tokens, i);
    if (pronoun) return pronoun;
    if (t.cap) {
      const chunk = chunkEndingAt(tokens, i, floor);
      if (chunk && chunk.type !== 'role')
        return { kind: 'name', first: chunk.first, last: chunk.last, chunk, appositive: null };
    }
  }
  return null;
}
