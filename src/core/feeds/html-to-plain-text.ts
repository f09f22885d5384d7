import { parseHTML } from 'linkedom';

/** Text content of an HTML fragment (titles, summaries), whitespace collapsed; plain text passes through unchanged. */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, figcaption, br';

/**
 * Paragraphs of an article body fragment (feed `content:encoded`, `content_html`), one per block element, separated by
 * blank lines: the shape the quote engine expects. Scripts and styles are dropped.
 */
export function htmlFragmentToParagraphs(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const element of document.querySelectorAll('script, style, noscript, iframe')) element.remove();
  for (const element of document.querySelectorAll(BLOCKS)) element.after(document.createTextNode('\n\n'));
  return (document.body?.textContent ?? '')
    .split(/\n\s*\n/)
    .map((paragraph: string) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
