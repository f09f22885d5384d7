import { dropLeading, type Paragraph, paragraphText } from './text-layout.ts';

/** Captions are short labels ("Claudia Sheinbaum", "Mexico’s president, Claudia Sheinbaum"). */
const MAX_CAPTION_CHARS = 120;
const MIN_CAPTION_CHARS = 8;
/** A glued word boundary is a lower-case letter directly followed by an upper-case one: "SheinbaumMexico". */
const GLUE = /(\p{Ll})(\p{Lu})/gu;
/** The word before the glue must be a real word, so name particles ("DeSantis", "McDonald", "MacArthur") are safe. */
const MIN_WORD_BEFORE_GLUE = 4;

const standaloneWord = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

/**
 * Length of a photo caption glued to the start of the lead, or 0. Page extraction often runs the caption straight into
 * the first sentence: "Claudia SheinbaumMexico’s president, Claudia Sheinbaum, has dismissed…" (seed 004). It is cut
 * only when the evidence is strong: the caption is repeated right after the glue, or both words at the glue also
 * appear as standalone words elsewhere in the article ("Sheinbaum" and "Mexico") while the glued form never does.
 */
export function gluedCaptionLength(lead: string, rest: string): number {
  GLUE.lastIndex = 0;
  for (let match = GLUE.exec(lead); match; match = GLUE.exec(lead)) {
    const cut = match.index + 1;
    if (cut > MAX_CAPTION_CHARS) return 0;
    const caption = lead.slice(0, cut);
    if (/[.!?]\s/.test(caption)) return 0; // a sentence ended before: not a caption
    if (cut < MIN_CAPTION_CHARS) continue;
    const after = lead.slice(cut);
    if (after.startsWith(caption)) return cut;
    const wordBefore = /[\p{L}’'-]+$/u.exec(caption)?.[0] ?? '';
    const wordAfter = /^[\p{L}’'-]+?(?=\p{Lu}|[^\p{L}’'-]|$)/u.exec(after)?.[0] ?? '';
    if (wordBefore.length < MIN_WORD_BEFORE_GLUE || wordAfter.length < 2) continue;
    const elsewhere = `${after}\n${rest}`;
    // A real camel-case name ("EgyptAir", "PlayStation") recurs in its article; a glue seam does not.
    if (elsewhere.includes(`${wordBefore}${wordAfter}`)) continue;
    if (standaloneWord(elsewhere, wordBefore) && standaloneWord(elsewhere, wordAfter)) return cut;
  }
  return 0;
}

/** The paragraphs with a caption glued to the lead removed. */
export function dropGluedCaption(original: string, paragraphs: Paragraph[]): Paragraph[] {
  const [lead, ...others] = paragraphs;
  if (!lead) return paragraphs;
  const rest = others.map((paragraph) => paragraphText(original, paragraph)).join('\n');
  const cut = gluedCaptionLength(paragraphText(original, lead), rest);
  return cut === 0 ? paragraphs : [dropLeading(lead, cut), ...others];
}
