import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gluedCaptionLength } from '../../src/core/ingest/caption-glue.ts';
import { cleanArticleText } from '../../src/core/ingest/clean-article-text.ts';
import { toCleanOffset, toOriginalOffset } from '../../src/core/ingest/offset-map.ts';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

/** Every paragraph of the cleaned text is found, character for character, where the offset map says. */
function expectTraceable(original: string, cleaned: ReturnType<typeof cleanArticleText>) {
  for (const span of cleaned.paragraphs) {
    const start = toOriginalOffset(cleaned.offsetMap, span.start);
    const end = toOriginalOffset(cleaned.offsetMap, span.end);
    // Wrapped lines are joined by one space in the text, so compare with white space collapsed.
    const paragraph = cleaned.text.slice(span.start, span.end).replace(/\s+/g, ' ');
    expect(original.slice(start, end).replace(/\s+/g, ' ')).toBe(paragraph);
  }
  for (const segment of cleaned.offsetMap) {
    expect(cleaned.text.slice(segment.cleanStart, segment.cleanStart + segment.length)).toBe(
      original.slice(segment.originalStart, segment.originalStart + segment.length),
    );
  }
}

describe('cleaning seed 002 (headline line, repeated headline, comment section)', () => {
  const original = seed('002_2b6a419fb5f5109c.txt');
  const cleaned = cleanArticleText(original, { headlineInFirstLine: true });

  it('takes the first line as the title and drops its repetition', () => {
    expect(cleaned.title).toBe(
      'Mexico Rejects U.S. Military Presence Amid Reports of Trump’s Directive Targeting Drug Cartels',
    );
    expect(cleaned.text.startsWith('On Friday, Mexico’s president firmly stated')).toBe(true);
    expect(cleaned.text).not.toContain('Amid Reports of Trump’s Directive Targeting Drug Cartels');
  });

  it('drops the comment section and keeps the last real sentence', () => {
    expect(cleaned.text).not.toMatch(/thoughts on|Leave a Reply|email address will not be published/);
    expect(cleaned.text.endsWith('respect for sovereignty as the path forward.')).toBe(true);
  });

  it('maps every kept character back to the file', () => {
    expectTraceable(original, cleaned);
    const at = cleaned.text.indexOf('firmly stated');
    expect(original.slice(toOriginalOffset(cleaned.offsetMap, at)).startsWith('firmly stated')).toBe(true);
    expect(toCleanOffset(cleaned.offsetMap, original.indexOf('Leave a Reply'))).toBeNull();
  });
});

describe('cleaning seed 004 (caption glued to the lead)', () => {
  const original = seed('004_a3af21f984c6ba0f.txt');
  const cleaned = cleanArticleText(original, { headlineInFirstLine: true });

  it('removes the caption and keeps the lead sentence whole', () => {
    expect(cleaned.text.startsWith('Mexico’s president, Claudia Sheinbaum, has dismissed the possibility')).toBe(true);
    expect(cleaned.text).not.toContain('SheinbaumMexico');
    expect(cleaned.title).toBeNull(); // the first line is a sentence, not a headline
    expectTraceable(original, cleaned);
  });
});

describe('cleaning leaves real text alone', () => {
  it('keeps seed 000, which has no junk, exactly as it is', () => {
    const original = seed('000_1ba7f7b49b2fcce1.txt').trim();
    const cleaned = cleanArticleText(original, { headlineInFirstLine: true });
    expect(cleaned.text).toBe(original);
    expect(cleaned.offsetMap).toEqual([]);
  });

  it.each([
    ['Ron DeSantis said on Monday that Florida would sue. DeSantis spoke in Tampa.'],
    ['The iPhone maker said sales rose. Apple’s iPhone remains its biggest product.'],
    ['McDonald’s said on Tuesday it would raise wages. McDonald’s employs thousands.'],
    ['Gen. Douglas MacArthur famously said he would return. MacArthur did.'],
    ['The LinkedIn founder said in an interview that hiring had slowed. In March, LinkedIn cut jobs.'],
  ])('does not cut name-like words at the start: %s', (lead) => {
    expect(gluedCaptionLength(lead, '')).toBe(0);
    expect(cleanArticleText(`${lead}\n\nMore text follows here.`).text.startsWith(lead)).toBe(true);
  });

  it('keeps a camel-case name that recurs in the article (PolNeAR huff-post 2016-05-19)', () => {
    const lead = 'These Are The People Missing In The EgyptAir Plane Crash.';
    const rest = 'Egypt said the EgyptAir flight vanished. Air traffic control lost contact over the sea.';
    expect(gluedCaptionLength(lead, rest)).toBe(0);
  });

  it('cuts a caption glued to the lead when both glued words recur in the article', () => {
    const text = 'Claudia SheinbaumMexico said on Friday it would not accept troops.\nSheinbaum spoke in Mexico City.';
    expect(cleanArticleText(text).text.startsWith('Mexico said on Friday')).toBe(true);
  });

  it('keeps "Leave a Reply" and comment-like lines that appear early in the article', () => {
    const text =
      'Leave a Reply is the name of a new play.\n\nThe playwright said it was about letters.\n\nIt opens in May.';
    expect(cleanArticleText(text).text).toBe(text);
  });

  it('keeps a one-line text that looks like a headline (nothing follows it)', () => {
    const cleaned = cleanArticleText('Markets Rally After Rate Cut', { headlineInFirstLine: true });
    expect(cleaned.text).toBe('Markets Rally After Rate Cut');
  });

  it('reads CRLF files and wrapped paragraphs without inventing line breaks inside sentences', () => {
    const original = 'The minister said the plan\r\nwould be ready by June.\r\n\r\nCritics disagreed.\r\n';
    const cleaned = cleanArticleText(original);
    expect(cleaned.text).toBe('The minister said the plan would be ready by June.\n\nCritics disagreed.');
    expectTraceable(original, cleaned);
    expect(original.slice(toOriginalOffset(cleaned.offsetMap, cleaned.text.indexOf('would')))).toMatch(/^would be/);
  });
});
