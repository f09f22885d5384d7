import { escapeMarkdown } from 'discord.js';
import { DISCORD_LIMITS, truncate } from './discord-limits.ts';

// No Discord text field holds more than this, so longer article text is cut before escaping (escaping is costly).
const LONGEST_FIELD = DISCORD_LIMITS.description;

/**
 * Article text is untrusted: escapes every Markdown construct Discord renders (bold, code, spoilers, headings, lists)
 * so it displays exactly as written. Every square bracket is escaped too, so no `[text](url)` in an article can show
 * one address and open another (discord.js' own masked-link escape only catches the first link on a line).
 * Text longer than any Discord field is cut first, marked with an ellipsis, which keeps this linear in the output.
 */
export function escapeArticleText(text: string): string {
  const cut = truncate(text, LONGEST_FIELD);
  const escaped = escapeMarkdown(cut, { heading: true, bulletedList: true, numberedList: true });
  return escaped.replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}

/** Text for inside `[...]` of our own links: brackets are escaped, so an outlet name cannot close the label early. */
export function escapeLinkLabel(text: string): string {
  return escapeArticleText(text);
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
