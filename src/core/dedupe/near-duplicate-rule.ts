import { estimatedContainment, estimatedJaccard, type MinHashSignature } from './minhash.ts';

/** Below this many shingles (≈ 50 words) a text is too short to call a copy of anything with confidence. */
export const MIN_SHINGLES = 50;
/** Same text with copy edits, a new headline or an added paragraph (measured: see docs/feeds.md). */
export const JACCARD_THRESHOLD = 0.5;
/** One copy is a cut of the other: most of the shorter text's shingles appear in the longer one. */
export const CONTAINMENT_THRESHOLD = 0.8;

/** How alike two texts are, as the rule sees it: 0 when unrelated, ≥ 1 when one is a copy of the other. */
export function nearDuplicateScore(a: MinHashSignature, b: MinHashSignature): number {
  if (Math.min(a.shingleCount, b.shingleCount) < MIN_SHINGLES) return 0;
  return Math.max(estimatedJaccard(a, b) / JACCARD_THRESHOLD, estimatedContainment(a, b) / CONTAINMENT_THRESHOLD);
}

export function isNearDuplicate(a: MinHashSignature, b: MinHashSignature): boolean {
  return nearDuplicateScore(a, b) >= 1;
}
