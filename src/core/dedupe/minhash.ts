import { hash32, shingleHashes } from './shingles.ts';

/**
 * Hash functions per signature, cut into 40 bands of 3 rows: texts with Jaccard 0.5 share a band 99.5% of the time,
 * unrelated texts (Jaccard 0.1) 4% of the time, and candidates are then checked on the whole signature.
 */
export const SIGNATURE_LENGTH = 120;
export const BANDS = 40;
export const ROWS_PER_BAND = SIGNATURE_LENGTH / BANDS;

/** A MinHash signature plus the number of shingles it summarises (to reason about length differences). */
export interface MinHashSignature {
  values: Uint32Array;
  shingleCount: number;
}

/** murmur3's 32-bit finaliser: a cheap bijective mix, seeded per hash function. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => hash32(`newsbot-minhash-${i}`));

export function minHashOf(text: string): MinHashSignature {
  const values = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  const shingles = shingleHashes(text);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const h = mix(shingle, SEEDS[i] as number);
      if (h < (values[i] as number)) values[i] = h;
    }
  }
  return { values, shingleCount: shingles.size };
}

/** Estimated Jaccard similarity of the two shingle sets: the share of hash functions whose minimum agrees. */
export function estimatedJaccard(a: MinHashSignature, b: MinHashSignature): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a.values[i] === b.values[i]) same++;
  return same / SIGNATURE_LENGTH;
}

/**
 * Estimated share of the smaller text's shingles found in the larger one. A wire story cut short by one outlet has a
 * low Jaccard with the full copy but a high containment.
 */
export function estimatedContainment(a: MinHashSignature, b: MinHashSignature): number {
  const jaccard = estimatedJaccard(a, b);
  const smaller = Math.min(a.shingleCount, b.shingleCount);
  if (smaller === 0) return 0;
  const intersection = (jaccard * (a.shingleCount + b.shingleCount)) / (1 + jaccard);
  return Math.min(1, intersection / smaller);
}

/** One key per LSH band: texts that agree on every row of some band become candidates. */
export function bandKeys(signature: MinHashSignature): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    const rows = signature.values.subarray(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND);
    keys.push(`${band}:${hash32(Array.from(rows).join(',')).toString(36)}`);
  }
  return keys;
}

export function encodeSignature(signature: MinHashSignature): { v: string; n: number } {
  const bytes = Buffer.alloc(SIGNATURE_LENGTH * 4);
  for (const [i, value] of signature.values.entries()) bytes.writeUInt32LE(value, i * 4);
  return { v: bytes.toString('base64'), n: signature.shingleCount };
}

export function decodeSignature(stored: { v: string; n: number }): MinHashSignature {
  const bytes = Buffer.from(stored.v, 'base64');
  const values = new Uint32Array(SIGNATURE_LENGTH);
  for (let i = 0; i < SIGNATURE_LENGTH; i++) values[i] = bytes.readUInt32LE(i * 4);
  return { values, shingleCount: stored.n };
}
