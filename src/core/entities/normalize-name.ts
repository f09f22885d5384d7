/**
 * The comparison form of a name: accents, case, punctuation and possessives removed, words separated by one space.
 * "Farfán-Méndez" and "farfan mendez" compare equal; "Trump’s" becomes "trump".
 */
export function normalizeName(name: string): string {
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
