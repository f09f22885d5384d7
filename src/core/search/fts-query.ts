/** A user's words as FTS5 string literals: quotes doubled, so no input can be read as FTS5 query syntax. */
export function ftsTerms(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return [...new Set(words ?? [])].map((word) => `"${word.replace(/"/g, '""')}"`);
}

/** Every word must appear (FTS5 implicit AND). */
export function ftsAllOf(text: string): string {
  return ftsTerms(text).join(' ');
}

/** Any of the words may appear. */
export function ftsAnyOf(words: readonly string[]): string {
  return ftsTerms(words.join(' ')).join(' OR ');
}
