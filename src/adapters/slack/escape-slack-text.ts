/**
 * Escapes untrusted text for Slack's mrkdwn and plain_text. Slack only parses control sequences inside `<…>`, so once
 * `&`, `<` and `>` are entities no article can create `<!channel>`, `<!here>`, `<@U123>` or a disguised link.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes, then cuts to at most `max` characters with an ellipsis. Cutting after escaping keeps the limit exact;
 * a half-cut entity (`&am`) is dropped so it never shows as garbage.
 */
export function escapeAndTruncate(text: string, max: number): string {
  const escaped = escapeSlackText(text);
  if (escaped.length <= max) return escaped;
  return `${escaped.slice(0, max - 1).replace(/&[a-z]{0,3}$/, '')}…`;
}

/**
 * A mrkdwn link to an article. Only http(s) URLs become links; `|` and `>` would end the link early, so they are
 * percent-encoded, and the label is escaped like any article text.
 */
export function slackLink(url: string | null, label: string): string {
  const safeLabel = escapeSlackText(label.replace(/[|]/g, '¦'));
  if (url === null) return safeLabel;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return safeLabel;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return safeLabel;
  const href = parsed.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
  return `<${href}|${safeLabel}>`;
}
