/** Words per shingle: long enough that two independently written reports rarely share many, short enough to survive edits. */
export const SHINGLE_WORDS = 5;

/** FNV-1a over a string's UTF-16 code units: a fast, stable 32-bit hash (the same on every instance). */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Lower-case words with accents folded, so "Peña" in one copy and "Pena" in another still match. */
export function normalizedWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct hashed word 5-grams of a text: its fingerprint for near-duplicate detection. */
export function shingleHashes(text: string): Set<number> {
  const words = normalizedWords(text);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    shingles.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return shingles;
}
