/**
 * The comparison form of a name: accents, case, punctuation and possessives removed, words separated by one space.
 * "Farfán-Méndez" and "farfan mendez" compare equal; "Trump’s" becomes "trump".
 */
export function normalizeName(name: string): string {
  const cached = memo.get(name);
  if (cached !== undefined) return cached;
  const normal = compute(name);
  // The same names recur in every article; a bounded memo saves the Unicode normalisation.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, normal);
  return normal;
}

const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

function compute(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’](s\b)?/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normalised name's words. */
export function nameTokens(name: string): string[] {
  const normal = normalizeName(name);
  return normal === '' ? [] : normal.split(' ');
}
