// Function words carry no topic; leaving them out makes overlap between sentences and titles meaningful.
const STOPWORDS = new Set(
  (
    'the a an and or but of to in on at for from by with about as into over after before than that this these those ' +
    'is are was were be been being has have had do does did will would can could should may might must not no its ' +
    'it he she they we you i his her their our your them him us who whom which what when where why how said says ' +
    'say also more most some any all such very just there here then out up down off again new one two'
  ).split(' '),
);

/** Lower-cased, accent-folded text: "Sheinbaum’s" and "sheinbaum's" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");
}

/** The distinct topic-bearing words of a text (letters/digits, 3+ chars, not function words). */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of foldText(text).matchAll(/[\p{L}\p{N}]{3,}/gu)) {
    if (!STOPWORDS.has(match[0])) words.add(match[0]);
  }
  return words;
}

/** Share of words two sets have in common (Jaccard), 0 when both are empty. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
