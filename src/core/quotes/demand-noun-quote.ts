// "his call for “a total ban” on all imports", "her demand for “full access” to the files": a short quotation that
// names what someone called for, with the noun phrase going on after the closing mark. The words are the noun's
// owner's, and what was called for is the whole phrase, not only the quoted part.
import type { Doc } from '../nlp/document.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { cueClassOf } from './cue-words.ts';
import { possessorOf } from './speech-noun-quote.ts';

// Nouns of a demand or pledge in words, whose "for"/"of" object in quotation marks is what was asked or promised.
const DEMAND_NOUNS = new Set(
  'call calls demand demands plea pleas appeal appeals request requests promise promises pledge pledges vow vows proposal proposals push'.split(
    ' ',
  ),
);
const DEMAND_LINKS = new Set(['for', 'of']);
// Words that end the noun phrase after the quotation: a clause word, a coordinator, an auxiliary or modal verb.
const PHRASE_ENDS = new Set(
  'and but or that which who whom whose where when while because although though if as than is are was were be been has have had will would could should can may might must do does did'.split(
    ' ',
  ),
);
// A quotation this short is a phrase inside the noun phrase, not a sentence of its own.
const MAX_QUOTE_WORDS = 8;
// How far the noun phrase may run on after the closing mark.
const MAX_TAIL = 12;

/** Whether `t` ends the noun phrase: punctuation, a quotation mark, a clause word or a finite verb shape. */
function endsPhrase(t: Token): boolean {
  if (!t.word || isQuoteMark(t)) return true;
  if (t.cap) return false;
  return PHRASE_ENDS.has(t.lower) || /ed$/.test(t.lower) || cueClassOf(t.lower) === 'speech';
}

/**
 * The quote from the opening mark to the end of the noun phrase after the closing mark, said by the owner of a
 * demand noun right before it ("his call for “…” on …"); null unless the phrase goes on in lower case.
 */
export function demandNounQuote(doc: Doc, a: Attribution, sentence: Sentence): Attribution | null {
  const { tokens } = doc;
  const open = a.openToken ?? -1;
  const link = open - 1;
  if (!DEMAND_LINKS.has(tokens[link]?.lower ?? '')) return null;
  const noun = link - 1;
  const t = tokens[noun];
  if (!t || noun <= sentence.first || t.cap || !DEMAND_NOUNS.has(t.lower)) return null;
  // The closing mark, found within the few tokens a short quotation can hold.
  let close = open + 1;
  while (close < sentence.last && close - open <= 3 * MAX_QUOTE_WORDS && (tokens[close] as Token).start < a.end)
    close++;
  if (close + 1 >= sentence.last || !isQuoteMark(tokens[close] as Token)) return null;
  if ((doc.wordsBefore[close] as number) - (doc.wordsBefore[open] as number) > MAX_QUOTE_WORDS) return null;
  const next = tokens[close + 1] as Token;
  if (endsPhrase(next) || next.cap) return null;
  const owner = possessorOf(tokens, noun, sentence.first);
  if (!owner) return null;
  let k = close + 1;
  while (k < sentence.last && k - close <= MAX_TAIL && !endsPhrase(tokens[k] as Token)) k++;
  const end = (tokens[k - 1] as Token).end;
  const start = (tokens[open] as Token).start;
  return { ...a, kind: 'mixed', start, end, mention: owner, cue: [noun, noun + 1], confidence: 0.5 };
}
