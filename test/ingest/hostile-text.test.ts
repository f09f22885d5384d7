import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '../../src/core/ingest/clean-article-text.ts';
import { fallbackTitle } from '../../src/core/ingest/fallback-title.ts';
import { toOriginalOffset } from '../../src/core/ingest/offset-map.ts';

const KB200 = 200 * 1024;

describe('hostile text through cleaning keeps every character and stays linear', () => {
  it.each([
    ['a 200 KB sentence', `He said ${'very '.repeat(KB200 / 5)}much.`],
    ['initials without end', 'a.'.repeat(KB200 / 2)],
    ['glued case changes everywhere', 'aB'.repeat(KB200 / 2)],
    ['unbalanced quotes and RTL marks', `“${'\u202eone ‘two “three '.repeat(KB200 / 20)}`],
    ['zero-width joiners', `Leave a Reply\u200d${'x\u200d'.repeat(KB200 / 2)}`],
    ['thousands of one-line paragraphs', 'Advertisement-ish line.\n'.repeat(KB200 / 24)],
  ])('%s', (_label, text) => {
    const cleaned = cleanArticleText(text, { headlineInFirstLine: true });
    expect(cleaned.text.length).toBeGreaterThan(text.length * 0.9);
    const middle = Math.floor(cleaned.text.length / 2);
    expect(text[toOriginalOffset(cleaned.offsetMap, middle)]).toBe(cleaned.text[middle]);
    expect(fallbackTitle(cleaned.text).length).toBeLessThanOrEqual(121);
  });
});
