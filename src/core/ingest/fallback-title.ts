const MAX_TITLE_CHARS = 120;
/** A full stop after these is an abbreviation, not a sentence end ("U.S.", "Gov.", "Mr."). */
const ABBREVIATION = /(?:\b(?:\p{L}\.)+|\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|St|Jr|Sr|No|Prof|Pres)\.)$/u;

/** A title never needs more of the text than this; looking no further keeps hostile input linear. */
const SCAN_CHARS = 400;

function firstSentence(paragraph: string): string {
  const end = /[.!?]["'”’)]*(?=\s+["'“‘(]?\p{Lu}|$)/gu;
  for (let match = end.exec(paragraph); match; match = end.exec(paragraph)) {
    const before = paragraph.slice(Math.max(0, match.index - 15), match.index + 1);
    if (match[0].startsWith('.') && ABBREVIATION.test(before)) continue;
    return paragraph.slice(0, match.index + match[0].length);
  }
  return paragraph;
}

/**
 * A title for an article whose source gave none: its first sentence, cut at a word boundary when long. Copied from the
 * text, never written by us.
 */
export function fallbackTitle(text: string): string {
  const sentence = firstSentence((text.slice(0, SCAN_CHARS).split('\n')[0] ?? '').trim());
  if (sentence.length <= MAX_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_TITLE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trimEnd()}…`;
}
