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
  /**
   * Capitalised only because it starts a sentence: the same word also occurs in lower case in the article
   * ("Critics warn …" with "critics" elsewhere). Set by `buildDocument`.
   */
  commonAtStart?: boolean;
}
