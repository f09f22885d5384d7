import { STOP_WORDS, wordTokens } from '../search/word-tokens.ts';
import { referenceIdf } from '../stories/reference-idf.ts';

/** The comparison form of one quote: its sentences as word sets, its topic words, and its words in order. */
export interface RemarkShape {
  sentences: Set<string>[];
  topic: Set<string>;
  /** All words joined: two quotes with the same key are the same wording (punctuation and case aside). */
  key: string;
}

/** Tokenises once per quote (this runs for every quote of an answer). */
export function remarkShape(text: string): RemarkShape {
  const parts = text.split(/[.!?;:—–]+|\s-\s|(?<=\p{L})-(?=that|it|this|we|there)/u).map((part) => wordTokens(part));
  const words = parts.flat();
  return {
    sentences: parts.filter((part) => part.length >= 3).map((part) => new Set(part)),
    topic: new Set(words.filter((w) => w.length > 1 && !STOP_WORDS.has(w))),
    key: words.join(' '),
  };
}

/**
 * Two outlets' wordings of the same remark share a sentence almost word for word ("We co-operate, we collaborate, but
 * there is not going to be an invasion" / "We cooperate, we collaborate, but there will be no invasion").
 */
export function sameWording(a: RemarkShape, b: RemarkShape): boolean {
  for (const x of a.sentences) {
    for (const y of b.sentences) {
      const shared = [...x].filter((word) => y.has(word));
      const telling = shared.some((word) => !STOP_WORDS.has(word));
      if (telling && shared.length >= 4 && shared.length / Math.min(x.size, y.size) >= 0.6) return true;
    }
  }
  return false;
}

const weight = (words: Iterable<string>) => {
  const { idf } = referenceIdf();
  let sum = 0;
  for (const word of words) sum += idf(word);
  return sum;
};

/**
 * An indirect report of a remark carries most of its telling topic words ("Sheinbaum said U.S. troops will not enter
 * Mexico" for "The United States is not going to come to Mexico with troops"); words are weighted by IDF so sharing
 * "United States" and "Mexico" alone is not enough.
 */
export function sameGist(a: RemarkShape, b: RemarkShape): boolean {
  const shared = [...a.topic].filter((word) => b.topic.has(word));
  if (shared.length < 3) return false;
  return weight(shared) / Math.min(weight(a.topic), weight(b.topic)) >= 0.5;
}
