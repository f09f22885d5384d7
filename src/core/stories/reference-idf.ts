import { readFileSync } from 'node:fs';

/**
 * Inverse document frequency from a fixed reference corpus (reference-df.tsv: PolNeAR news texts). Using a fixed
 * reference rather than the live index keeps an article's vector stable as the corpus grows, so two instances cluster
 * the same articles the same way, and it works from the very first article. Words the reference never saw twice get the
 * highest weight: names and rare topic words are what tell one event from another.
 */
export interface ReferenceIdf {
  idf(word: string): number;
}

let loaded: ReferenceIdf | undefined;

export function referenceIdf(): ReferenceIdf {
  if (loaded) return loaded;
  const lines = readFileSync(new URL('./reference-df.tsv', import.meta.url), 'utf8').split('\n');
  let documents = 1;
  const df = new Map<string, number>();
  for (const line of lines) {
    const [word, count] = line.split('\t');
    if (!word || count === undefined) continue;
    if (word === '# documents') documents = Number(count);
    else if (!word.startsWith('#')) df.set(word, Number(count));
  }
  const rare = Math.log((documents + 1) / 1.5);
  loaded = { idf: (word) => Math.log((documents + 1) / ((df.get(word) ?? 0.5) + 1)) || rare };
  return loaded;
}
