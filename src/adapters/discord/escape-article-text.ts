import { escapeMarkdown } from 'discord.js';

/**
 * Article text is untrusted: escapes every Markdown construct Discord renders (bold, code, spoilers, headings, lists,
 * and masked links `[text](url)` that could show one address and open another), so it displays exactly as written.
 */
export function escapeArticleText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/** Text for inside `[...]` of our own links: brackets escaped so an outlet name cannot close the label early. */
export function escapeLinkLabel(text: string): string {
  return escapeArticleText(text).replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}

/** A URL safe to put in `(...)` of a Markdown link, or null for anything that is not plain http(s). */
export function safeLinkUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  // URL serialisation percent-encodes spaces and quotes; parentheses would still end the link early.
  return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
