import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NearDuplicateIndex } from '../../src/core/dedupe/near-duplicate-index.ts';
import { shingleHashes } from '../../src/core/dedupe/shingles.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';

/**
 * Evaluation on real articles (the PolNeAR corpus beside the repo): how many republished copies are found, and how
 * many distinct articles are wrongly called copies. Ground truth for the latter is the exact shingle overlap.
 */
const corpusDir = new URL('../../../shared/polnear/train/text/', import.meta.url);
const haveCorpus = existsSync(corpusDir);

/** Deterministic PRNG so every run makes the same variants. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function variants(text: string, random: () => number): Record<string, string> {
  const paragraphs = text.split(/\n+/).filter((p) => p.trim());
  const words = text.split(/(\s+)/);
  const edited = words.map((word, i) => (i % 2 === 0 && random() < 1 / 30 ? 'changed' : word)).join('');
  return {
    republished: `Breaking: a new headline\nBy Staff and wires\n${paragraphs.slice(0, -1).join('\n')}\nThis story first appeared on our partner's site. Sign up for our newsletter.`,
    copyEdited: edited,
    cutShort: paragraphs.slice(0, Math.max(1, Math.ceil(paragraphs.length * 0.6))).join('\n'),
  };
}

function exactOverlap(a: string, b: string): { jaccard: number; containment: number } {
  const x = shingleHashes(a);
  const y = shingleHashes(b);
  let shared = 0;
  for (const h of x) if (y.has(h)) shared++;
  return { jaccard: shared / (x.size + y.size - shared), containment: shared / Math.min(x.size, y.size) };
}

describe.skipIf(!haveCorpus)('near-duplicate evaluation on PolNeAR', () => {
  let kv: KvStore;
  let texts: string[] = [];
  beforeAll(async () => {
    kv = await openStore('memory://');
    texts = readdirSync(corpusDir)
      .sort()
      .map((name) => readFileSync(new URL(name, corpusDir), 'utf8'));
  });
  afterAll(async () => kv?.close());

  it('finds republished, copy-edited and cut copies of indexed articles, and calls few odd ones copies', async () => {
    const index = new NearDuplicateIndex(kv);
    const indexed = texts.map((text, i) => ({ text, id: `p${i}` })).filter((_, i) => i % 2 === 0);
    for (const { id, text } of indexed) await index.remember(id, text);
    const random = mulberry32(8);
    const found: Record<string, [number, number]> = {};
    for (const [n, { id, text }] of indexed.entries()) {
      // Every other indexed article keeps the run to seconds; too short ones make no meaningful variant.
      if (n % 2 === 1 || shingleHashes(text).size < 150) continue;
      for (const [kind, variant] of Object.entries(variants(text, random))) {
        const hit = await index.findNearDuplicate(variant);
        const [hits, all] = found[kind] ?? [0, 0];
        found[kind] = [hits + (hit === id ? 1 : 0), all + 1];
      }
    }
    let wrong = 0;
    let realCopiesFound = 0;
    for (const [i, text] of texts.entries()) {
      if (i % 2 === 0) continue;
      const hit = await index.findNearDuplicate(text);
      if (!hit) continue;
      const truth = exactOverlap(text, texts[Number(hit.slice(1))] as string);
      if (truth.jaccard >= 0.4 || truth.containment >= 0.7) realCopiesFound++;
      else wrong++;
    }
    const recall = Object.fromEntries(Object.entries(found).map(([kind, [hit, all]]) => [kind, hit / all]));
    console.info('near-duplicate eval', {
      recall,
      counts: found,
      distinctQueried: texts.length / 2,
      wrong,
      realCopiesFound,
    });
    for (const value of Object.values(recall)) expect(value).toBeGreaterThanOrEqual(0.97);
    expect(wrong).toBeLessThanOrEqual(1);
  }, 60_000);
});
