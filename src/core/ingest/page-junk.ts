import { type Paragraph, paragraphText } from './text-layout.ts';

/** Lines that open a blog's comment section; everything from there on is comments and forms, not the article. */
const COMMENT_SECTION_START = [
  /^\d+\s+(thoughts?|comments?|responses?|replies)\s+(on|to)\b/i,
  /^(one|two|three)\s+(thoughts?|comments?|responses?|replies)\s+(on|to)\b/i,
  /^leave\s+a\s+(reply|comment)\b/i,
  /^your\s+email\s+address\s+will\s+not\s+be\s+published\b/i,
  /^(\d+\s+)?comments?\s*(\(\d+\))?:?$/i,
];

/** Whole paragraphs that are page furniture wherever they appear. */
const FURNITURE =
  /^(advertisement|sponsored content|share this( article)?:?|related( articles| stories)?:?|read more:?)$/i;

/** Comments only ever follow the article: a marker in the first half of the text is more likely quoted prose. */
const MIN_SHARE_BEFORE_COMMENTS = 0.5;

/** The paragraphs without a trailing comment section and without ad/share furniture lines. */
export function dropPageJunk(original: string, paragraphs: Paragraph[]): Paragraph[] {
  const texts = paragraphs.map((paragraph) => paragraphText(original, paragraph).trim());
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  let before = 0;
  let end = paragraphs.length;
  for (const [i, text] of texts.entries()) {
    if (i > 0 && before >= total * MIN_SHARE_BEFORE_COMMENTS && COMMENT_SECTION_START.some((re) => re.test(text))) {
      end = i;
      break;
    }
    before += text.length;
  }
  return paragraphs.slice(0, end).filter((_, i) => !FURNITURE.test(texts[i] as string));
}
