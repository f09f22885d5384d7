import type { Token } from './token.ts';

/** Every token that is a double quotation mark: curly, straight, guillemets, and the archive style '' and ``. */
export const QUOTE_MARKS = new Set(['“', '”', '"', '«', '»', '„', "''", '``']);

export function isQuoteMark(t: Token): boolean {
  return QUOTE_MARKS.has(t.text);
}
