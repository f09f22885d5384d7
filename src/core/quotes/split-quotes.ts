import type { ExtractedQuote } from './article-analysis.ts';
import { attributionBetween, joinedQuote, sameSpeaker } from './quote-joint.ts';

// The first piece ends with a comma or a full stop, then the attribution; the second piece opens right after it.
const PIECE_JOINT = /[,.]\s*[“"]$/u;

/** `“A,” she said. “B.”`: `next` goes on with `q`'s words after the attribution between them, in one paragraph. */
function continuesAcrossAttribution(text: string, q: ExtractedQuote, next: ExtractedQuote): boolean {
  if (q.kind !== 'direct' || next.kind !== 'direct' || q.belief || next.belief || !sameSpeaker(q, next)) return false;
  const gap = attributionBetween(text, q, next);
  return gap !== null && PIECE_JOINT.test(gap) && !gap.includes('\n');
}

/**
 * One quote for each quotation split by its own attribution (`“We will vote no,” she said. “The bill is a
 * mistake.”`), as the speaker said it: the content runs from the first opening mark to the last closing mark and the
 * cue lies inside it. Analysis keeps the pieces apart, because another outlet may print only one of them and answers
 * match remarks across outlets piece by piece; `newsbot quotes` reports the whole quote. Quotes are in text order;
 * one pass.
 */
export function joinSplitQuotes(text: string, quotes: ExtractedQuote[]): ExtractedQuote[] {
  const result: ExtractedQuote[] = [];
  for (const quote of quotes) {
    const last = result[result.length - 1];
    if (!last || !continuesAcrossAttribution(text, last, quote)) {
      result.push(quote);
      continue;
    }
    const joined = joinedQuote(last, quote, quote.content.end);
    joined.content.text = text.slice(joined.content.start, joined.content.end);
    result[result.length - 1] = joined;
  }
  return result;
}
