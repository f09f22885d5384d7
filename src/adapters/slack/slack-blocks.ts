import type { types } from '@slack/bolt';
import type { SourceRef } from '../../core/model/article.ts';
import type { ReplyQuote } from '../../core/model/reply.ts';
import { escapeAndTruncate, slackLink } from './escape-slack-text.ts';
import { SLACK_LIMITS } from './slack-limits.ts';

export type SlackBlock = types.KnownBlock;

/** A piece of a reply that must stay in one message: its blocks and a plain-text version for the fallback. */
export interface RenderUnit {
  blocks: SlackBlock[];
  plain: string;
  /** Counted in the "and N more" note when it does not fit. */
  countsAs: 'quote' | 'story' | null;
}

const MAX_LINKED_SOURCES = 8;
const MAX_VARIANTS = 3;
const VARIANT_CHARS = 300;

export const mrkdwnSection = (text: string): SlackBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: text.slice(0, SLACK_LIMITS.sectionText) },
});

export const contextLine = (mrkdwn: string): SlackBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: mrkdwn.slice(0, SLACK_LIMITS.sectionText) }],
});

export const headerBlock = (title: string): SlackBlock => ({
  type: 'header',
  text: { type: 'plain_text', text: escapeAndTruncate(title, SLACK_LIMITS.headerText), emoji: false },
});

/** "Reuters · AP · +3 more": linked outlets, as many as fit, deduplicated by outlet name. */
export function sourcesLine(sources: readonly SourceRef[], maxChars = 1500): string {
  const seen = new Set<string>();
  const unique = sources.filter((source) => !seen.has(source.outlet) && seen.add(source.outlet));
  const parts: string[] = [];
  let length = 0;
  for (const source of unique.slice(0, MAX_LINKED_SOURCES)) {
    let part = slackLink(source.url, source.outlet || source.title);
    // A very long URL would blow the budget: show the outlet unlinked instead.
    if (length + part.length > maxChars) part = escapeAndTruncate(source.outlet || source.title, 80);
    if (length + part.length > maxChars) break;
    parts.push(part);
    length += part.length + 3;
  }
  const rest = unique.length - parts.length;
  return rest > 0 ? `${parts.join(' · ')} · +${rest} more` : parts.join(' · ');
}

function quoteBody(quote: ReplyQuote, budget: number): string {
  if (quote.kind === 'indirect') return `_paraphrase:_ ${escapeAndTruncate(quote.text, budget)}`;
  const text = escapeAndTruncate(quote.text, budget);
  // `>` at line start is Slack's block quote; article text cannot add one because its `>` is escaped.
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function speakerLine(quote: ReplyQuote): string {
  const name = quote.speaker ? `*${escapeAndTruncate(quote.speaker, 200)}*` : '_unnamed speaker_';
  return quote.role ? `— ${name}, ${escapeAndTruncate(quote.role, 300)}` : `— ${name}`;
}

function variantsLine(quote: ReplyQuote): string | null {
  if (quote.variants.length === 0) return null;
  const shown = quote.variants.slice(0, MAX_VARIANTS).map((variant) => {
    const outlets = sourcesLine(variant.sources, 400);
    const text = escapeAndTruncate(variant.text, VARIANT_CHARS);
    // A paraphrase is the outlet's words, not the speaker's: never in quotation marks.
    return variant.kind === 'indirect' ? `_paraphrased:_ ${text} — ${outlets}` : `“${text}” — ${outlets}`;
  });
  const more = quote.variants.length - shown.length;
  const tail = more > 0 ? `\n+${more} more wordings` : '';
  return `Also reported as:\n${shown.join('\n')}${tail}`;
}

/** One quote: the words, who said them (with role), which outlets reported it, other wordings folded under it. */
export function quoteUnit(quote: ReplyQuote): RenderUnit {
  const speaker = speakerLine(quote);
  const body = quoteBody(quote, SLACK_LIMITS.sectionText - speaker.length - 40);
  const blocks: SlackBlock[] = [mrkdwnSection(`${body}\n${speaker}`)];
  const sources = sourcesLine(quote.sources);
  if (sources) blocks.push(contextLine(sources));
  const variants = variantsLine(quote);
  if (variants) blocks.push(contextLine(variants));
  const who = [quote.speaker ?? 'unnamed speaker', quote.role].filter(Boolean).join(', ');
  const outlets = [...new Set(quote.sources.map((source) => source.outlet))].join(', ');
  const words = quote.kind === 'indirect' ? `paraphrase: ${quote.text}` : `“${quote.text}”`;
  const plain = `${words} — ${who}${outlets ? ` (${outlets})` : ''}`;
  return { blocks, plain, countsAs: 'quote' };
}

/** Count of blocks' characters the way Slack's `msg_blocks_too_long` check sees them (all text it holds). */
export function blockChars(block: SlackBlock): number {
  return JSON.stringify(block).length;
}
