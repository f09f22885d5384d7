import type { ExtractedQuote } from './article-analysis.ts';
import { joinSplitQuotes } from './split-quotes.ts';

const QUOTATION_MARK = /["“”«»]/;

/**
 * The quotes `newsbot quotes` reports (and the evaluation scores) from an article's `text`: everything said, a
 * quotation split by its attribution as one quote (split-quotes.ts), plus the beliefs and intentions that quote their
 * holder's own words ("Murphy thinks the gun issue should be a “litmus test”"), which keep `belief: true` so no
 * consumer mistakes them for speech. A belief with no quotation in it is only the writer's paraphrase of a state of
 * mind and is left out.
 */
export function reportedQuotes(text: string, quotes: ExtractedQuote[]): ExtractedQuote[] {
  const ordered = [...quotes].sort((a, b) => a.content.start - b.content.start);
  return joinSplitQuotes(text, ordered).filter((quote) => !quote.belief || QUOTATION_MARK.test(quote.content.text));
}
