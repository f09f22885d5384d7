import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  title: string | null;
  publishedAt: string | null;
  siteName: string | null;
  /** The page's main text, one paragraph per block, separated by blank lines; offsets of stored articles refer to it. */
  text: string;
}

/** Pages whose main text is shorter than this have no article body (a login wall, an index page, an error page). */
export const MIN_BODY_CHARS = 200;

/** The few DOM members used here (the project compiles without the DOM lib; linkedom provides them at run time). */
interface DomElement {
  textContent: string | null;
  ownerDocument: { createTextNode(text: string): unknown };
  querySelectorAll(selector: string): Iterable<DomElement>;
  remove(): void;
  after(node: unknown): void;
}

const BLOCKS = 'p, div, section, article, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, dd, dt';

function bodyParagraphs(root: DomElement): string[] {
  // Captions and media credits are page furniture, and the main source of captions glued to the lead.
  for (const element of root.querySelectorAll('figcaption, figure, script, style, noscript, iframe, button')) {
    element.remove();
  }
  const document = root.ownerDocument;
  for (const element of root.querySelectorAll(BLOCKS)) element.after(document.createTextNode('\n\n'));
  for (const element of root.querySelectorAll('br')) element.after(document.createTextNode('\n'));
  return (root.textContent ?? '')
    .split(/\n\s*\n/)
    .map((paragraph: string) =>
      paragraph
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .trim(),
    )
    .filter(Boolean);
}

function validDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * The main article of an HTML page (Mozilla Readability over a linkedom DOM), or a reason it has none.
 * Readability removes navigation, sidebars and most boilerplate; our text cleaning handles what it leaves.
 */
export function extractHtmlArticle(html: string): HtmlArticle | { reason: string } {
  const { document } = parseHTML(html);
  if (!document.documentElement) return { reason: 'no article body found in the HTML' };
  const reader = new Readability<DomElement>(document as never, {
    serializer: (node) => node as unknown as DomElement,
  });
  const parsed = reader.parse();
  const paragraphs = parsed?.content ? bodyParagraphs(parsed.content) : [];
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_BODY_CHARS) return { reason: 'no article body found in the HTML' };
  return {
    title: parsed?.title?.trim() || null,
    publishedAt: validDate(parsed?.publishedTime),
    siteName: parsed?.siteName?.trim() || null,
    text,
  };
}
