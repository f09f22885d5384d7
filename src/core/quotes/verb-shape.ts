// The shape of a finite verb, told from the word alone (no tagger): used to find the verb of a clause.
import { cueClassOf } from './cue-words.ts';

const IRREGULAR_PAST = new Set(
  'held told said wrote made took gave put saw thought felt kept went came got found left read brought began won lost ran spoke stood became chose drew threw knew sent spent built led paid meant met set struck sought taught fought bought hit cut let seen done given taken shown known heard spoken chosen'.split(
    ' ',
  ),
);
export const NOT_VERBS = new Set(
  'is was has this its his as us yes less unless perhaps thus always sometimes towards'.split(' '),
);

/** A past tense, a third-person present, or a common irregular past: enough to tell "called" from "of". */
export function looksLikeVerb(lower: string): boolean {
  if (NOT_VERBS.has(lower)) return false;
  if (IRREGULAR_PAST.has(lower) || cueClassOf(lower) !== null) return true;
  return lower.length > 3 && /(ed|ing|[^su]s|sses|shes|ches)$/.test(lower);
}
