import type { ExtractedQuote } from './article-analysis.ts';

const QUOTATION_MARK = /["“”«»]/;

/**
 * The quotes `newsbot quotes` reports (and the evaluation scores): everything said, plus the beliefs and intentions
 * that quote their holder's own words ("Murphy thinks the gun issue should be a “litmus test”"), which keep
 * `belief: true` so no consumer mistakes them for speech. A belief with no quotation in it is only the writer's
 * paraphrase of a state of mind and is left out.
 */
export function reportedQuotes(quotes: ExtractedQuote[]): ExtractedQuote[] {
  return quotes.filter((quote) => !quote.belief || QUOTATION_MARK.test(quote.content.text));
}
