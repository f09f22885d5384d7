import { contentWords } from '../search/word-tokens.ts';
import { referenceIdf } from './reference-idf.ts';

/** A sparse TF-IDF vector, its top words only, unit length. */
export type TermVector = Record<string, number>;

const VECTOR_SIZE = 120;

/** TF-IDF over the article's topic words (sublinear tf), cut to the strongest words so it stays small to store. */
export function termVector(text: string): TermVector {
  const counts = new Map<string, number>();
  for (const word of contentWords(text)) {
    // Numbers ("65", "2009") say little about which event an article reports.
    if (!/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const { idf } = referenceIdf();
  const weighted = [...counts].map(([word, count]) => [word, (1 + Math.log(count)) * idf(word)] as const);
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = weighted.slice(0, VECTOR_SIZE);
  const norm = Math.sqrt(top.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
  return Object.fromEntries(top.map(([word, w]) => [word, Math.round((w / norm) * 1e4) / 1e4]));
}

export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  for (const word in a) {
    const other = b[word];
    if (other !== undefined) dot += (a[word] ?? 0) * other;
  }
  return dot;
}

/** The strongest words, for finding candidate articles through the full-text index. */
export function topWords(vector: TermVector, count: number): string[] {
  return Object.keys(vector).slice(0, count);
}
