import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type MinHashSignature, minHashOf } from '../../src/core/dedupe/minhash.ts';
import { isNearDuplicate } from '../../src/core/dedupe/near-duplicate-rule.ts';

const seedDir = new URL('../../seeds/', import.meta.url);
const [s0, s1, s2, s3, s4] = readdirSync(seedDir)
  .sort()
  .map((name) => readFileSync(new URL(name, seedDir), 'utf8')) as [string, string, string, string, string];
const seeds = [s0, s1, s2, s3, s4];
const story = s0;

describe('near-duplicate rule', () => {
  it('keeps four outlets’ own reports of one story apart (they are a story, not copies)', () => {
    const signatures = seeds.map(minHashOf);
    for (let i = 0; i < signatures.length; i++) {
      for (let j = i + 1; j < signatures.length; j++) {
        expect(
          isNearDuplicate(signatures[i] as MinHashSignature, signatures[j] as MinHashSignature),
          `seed ${i} vs ${j}`,
        ).toBe(false);
      }
    }
  });

  it('finds a wire copy republished with a new headline, a byline and a footer', () => {
    const copy = `Mexico says no to US troops\nBy Wire Staff\n\n${story}\n\nCopyright 2025 The Wire. All rights reserved.`;
    expect(isNearDuplicate(minHashOf(story), minHashOf(copy))).toBe(true);
  });

  it('finds a copy cut short by an outlet and one with accents and punctuation changed', () => {
    const cut = story.slice(0, Math.floor(story.length * 0.6));
    expect(isNearDuplicate(minHashOf(story), minHashOf(cut))).toBe(true);
    const retyped = story.replaceAll('“', '"').replaceAll('”', '"').replaceAll('Sheinbaum', 'SHEINBAUM');
    expect(isNearDuplicate(minHashOf(story), minHashOf(retyped))).toBe(true);
  });

  it('never calls a short text a copy (too little to tell)', () => {
    const short = 'Sheinbaum said the United States is not going to come to Mexico with the military.';
    expect(isNearDuplicate(minHashOf(short), minHashOf(short))).toBe(false);
  });
});
