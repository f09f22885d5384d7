import type { SourceRef } from '../model/article.ts';
import type { Reply, ReplyQuote } from '../model/reply.ts';

/**
 * "Outlet (url)" or just "Outlet": enough for a reader to find the article. Never the local file path: this text is
 * the chat fallback (Slack shows it in notifications), and a server's filesystem is no reader's business. The
 * `file` stays in the JSON answer for the operator.
 */
export function citation(source: SourceRef): string {
  return source.url ? `${source.outlet} (${source.url})` : source.outlet;
}

const uniqueCitations = (sources: readonly SourceRef[]) => [...new Set(sources.map(citation))].join('; ');

/** Direct and mixed quotes in quotation marks; indirect reports are marked as reported speech, never as quotes. */
export function quoteLine(quote: Pick<ReplyQuote, 'text' | 'kind'>): string {
  return quote.kind === 'indirect' ? `(reported) ${quote.text}` : `“${quote.text}”`;
}

function quoteBlock(quote: ReplyQuote, indent: string): string[] {
  const who = quote.speaker ? `${quote.speaker}${quote.role ? ` (${quote.role})` : ''}: ` : '';
  const lines = [`${indent}- ${who}${quoteLine(quote)}`, `${indent}  Reported by: ${uniqueCitations(quote.sources)}`];
  for (const variant of quote.variants) {
    const wording = variant.kind === 'indirect' ? `Paraphrased: ${variant.text}` : `Also worded: “${variant.text}”`;
    lines.push(`${indent}  ${wording} — ${uniqueCitations(variant.sources)}`);
  }
  return lines;
}

/** The complete plain-text form of a reply: what `fallbackText` holds and what the terminal prints. */
export function replyPlainText(reply: Omit<Reply, 'fallbackText'>): string {
  const out = [reply.title];
  for (const line of reply.lines ?? []) out.push(line);
  for (const field of reply.fields ?? []) out.push(`${field.label}: ${field.value}`);
  for (const quote of reply.quotes ?? []) out.push(...quoteBlock(quote, ''));
  for (const story of reply.stories ?? []) {
    out.push('', `* ${story.headline}`);
    if (story.summary) out.push(`  ${story.summary}`);
    if (story.sources.length) out.push(`  Sources: ${uniqueCitations(story.sources)}`);
    for (const quote of story.quotes) out.push(...quoteBlock(quote, '  '));
  }
  if (reply.footer) out.push('', reply.footer);
  if (reply.suggestions?.length) out.push('', `Try: ${reply.suggestions.join(' · ')}`);
  return out.join('\n');
}
