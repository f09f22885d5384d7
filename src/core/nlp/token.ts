/** A word or punctuation mark: `text.slice(start, end)` of the article. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for vocabulary look-ups. */
  lower: string;
  /** Starts with an upper-case letter (a candidate for a name). */
  cap: boolean;
  /** Letters or digits (not punctuation). */
  word: boolean;
}
