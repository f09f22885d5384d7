/** A half-open range of JavaScript string indices `[start, end)` into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the exact text it covers, so a citation can be checked against the article. */
export interface TextSpan extends Span {
  text: string;
}
