import { type Paragraph, paragraphText } from './text-layout.ts';

const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;

/**
 * A first line reads as a headline when it is one short line that does not end like a sentence (seed 002:
 * "Mexico Rejects U.S. Military Presence Amid Reports of …"), and more text follows.
 */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADLINE_CHARS || text.includes('\n')) return false;
  if (text.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  // Sentences end with . , ; or : (a closing quote may follow); headlines usually do not. "?" and "!" occur in both.
  return !/[.,;:]["'”’»)]*$/.test(text);
}

/** Text compared loosely: curly and straight quotes alike, whitespace collapsed, case ignored. */
export function looseText(text: string): string {
  return text
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Drops leading paragraphs that repeat the headline (page templates print it above the body as well). */
export function dropRepeatedHeadline(original: string, paragraphs: Paragraph[], title: string | null): Paragraph[] {
  if (!title) return paragraphs;
  const headline = looseText(title);
  let skip = 0;
  while (skip < Math.min(2, paragraphs.length - 1)) {
    const paragraph = paragraphs[skip] as Paragraph;
    if (looseText(paragraphText(original, paragraph)) !== headline) break;
    skip += 1;
  }
  return paragraphs.slice(skip);
}
