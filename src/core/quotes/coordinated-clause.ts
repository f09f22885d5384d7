// Two coordinated reported clauses: `She said that “we will win,” and that, on taxes, “our plan is fair.”`, `She told
// voters that “the race is close,” and she vowed to “fight for every vote.”` The second clause is reported by the same
// cue as the first, so the two quotations are one stretch of speech. Only the text between them is read (bounded).
import type { Doc } from '../nlp/document.ts';
import type { ExtractedQuote } from './article-analysis.ts';
import { cueClassOf } from './cue-words.ts';

// Longest stretch between the two quotations ("," and that, in regard to her rival, “").
const MAX_GAP = 120;

// `,” and that, …, “`: a second complement of the same verb. The words before the opening mark hold no sentence end.
const AND_THAT = /^[”"’]?\s*,?\s*[”"]?\s*,?\s+and\s+that\b[^“”".!?;:]*[“"]?\s*$/u;
// `,” and she vowed `: the same subject goes on with a verb of saying (its own quotation follows).
const AND_SUBJECT_VERB = /^[”"’]?\s*,?\s*[”"]?\s*,?\s+and\s+(?:he|she|they|we|i)\s+(?:also\s+)?([a-z]+)\s*[“"]?\s*$/u;

/**
 * Whether `next` is a second clause coordinated with the reported clause of `q` (whose cue stands before it): only
 * "and that …" or "and" + a subject pronoun + a verb of saying stands between them, in one sentence. With a pronoun
 * the two must share a speaker; "and that" needs nothing more, its subject is the first clause's.
 */
export function continuesCoordinatedClause(
  doc: Doc,
  q: ExtractedQuote,
  next: ExtractedQuote,
  sameSpeaker: boolean,
): boolean {
  const cue = q.cue;
  if (!cue || cue.end > q.content.start || q.kind === 'indirect') return false;
  const gapLength = next.content.start - q.content.end;
  if (gapLength <= 0 || gapLength > MAX_GAP) return false;
  const gap = doc.text.slice(q.content.end, next.content.start);
  if (/\n/.test(gap)) return false;
  if (AND_THAT.test(gap)) return true;
  const verb = AND_SUBJECT_VERB.exec(gap)?.[1];
  return sameSpeaker && verb !== undefined && cueClassOf(verb) === 'speech';
}
