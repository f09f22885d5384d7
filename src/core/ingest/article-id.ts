import { createHash } from 'node:crypto';

/** Hex digits of the text's SHA-256 used as the article id: 64 bits, collision-free in any realistic archive. */
const ID_HEX_DIGITS = 16;

/** The stable id of an article: derived from its cleaned text, so the same text ingested twice gets the same id. */
export function articleIdFor(cleanText: string): string {
  return createHash('sha256').update(cleanText).digest('hex').slice(0, ID_HEX_DIGITS);
}
