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

/** Blocks that are mostly link text are menus and teasers, not article prose. */
const MAX_LINK_SHARE = 0.5;
const PAGE_FURNITURE = 'nav, header, footer, aside, form, menu, script, style, noscript, iframe, button';

/**
 * The body's prose when Readability finds no main article, which happens for short pages and for the article
 * fragments feeds and JSON files carry: block texts, without page furniture and link lists.
 */
function fallbackParagraphs(body: DomElement): string[] {
  for (const element of body.querySelectorAll(PAGE_FURNITURE)) element.remove();
  for (const element of body.querySelectorAll('li, p, div, td')) {
    const text = (element.textContent ?? '').replace(/\s+/g, '');
    let linked = 0;
    for (const link of element.querySelectorAll('a')) linked += (link.textContent ?? '').replace(/\s+/g, '').length;
    if (text.length > 0 && linked / text.length > MAX_LINK_SHARE) element.remove();
  }
  return bodyParagraphs(body);
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
export function extractHtmlArticle(source: string): HtmlArticle | { reason: string } {
  // linkedom gives a fragment no <body>: wrap article fragments (feeds, JSON `html`) in a page.
  const html = /<(html|body)[\s>]/i.test(source) ? source : `<!doctype html><html><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  if (!document.documentElement) return { reason: 'no article body found in the HTML' };
  const reader = new Readability<DomElement>(document as never, {
    serializer: (node) => node as unknown as DomElement,
  });
  const parsed = reader.parse();
  let text = (parsed?.content ? bodyParagraphs(parsed.content) : []).join('\n\n');
  if (text.length < MIN_BODY_CHARS) {
    // Readability edits the document it reads: look at a fresh copy.
    const body = (parseHTML(html).document as unknown as { body: DomElement | null }).body;
    if (body) text = fallbackParagraphs(body).join('\n\n');
  }
  if (text.length < MIN_BODY_CHARS) return { reason: 'no article body found in the HTML' };
  return {
    title: parsed?.title?.trim() || null,
    publishedAt: validDate(parsed?.publishedTime),
    siteName: parsed?.siteName?.trim() || null,
    text,
  };
}
