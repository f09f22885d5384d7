import { parseHTML } from 'linkedom';

/** Text content of an HTML fragment (titles, summaries), whitespace collapsed; plain text passes through unchanged. */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
