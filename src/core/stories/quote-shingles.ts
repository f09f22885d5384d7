import { wordTokens } from '../search/word-tokens.ts';

const SHINGLE_WORDS = 5;
const MAX_SHINGLES = 64;

/**
 * Hashed 5-word shingles of the direct quotes an article carries. Two outlets quoting the same remark share some of
 * these even when the surrounding reports are written very differently: the strongest sign of "same event".
 */
export function quoteShingles(quoteTexts: readonly string[]): number[] {
  const hashes = new Set<number>();
  for (const text of quoteTexts) {
    const words = wordTokens(text);
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
      hashes.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  // Bottom-k sketch: the same k smallest hashes are kept by every article quoting the same words, so shared quotes
  // still show up while an article with many quotes stores at most k rows.
  return [...hashes].sort((a, b) => a - b).slice(0, MAX_SHINGLES);
}

/** 32-bit FNV-1a, as a signed integer that SQLite stores compactly. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

export function sharedCount(a: readonly number[], b: readonly number[]): number {
  const set = new Set(a);
  return b.reduce((n, h) => n + (set.has(h) ? 1 : 0), 0);
}
