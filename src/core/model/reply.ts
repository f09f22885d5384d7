import type { SourceRef } from './article.ts';
import type { QuoteKind } from './quote.ts';

/**
 * A platform-neutral reply document. Adapters render it (Block Kit, Discord embeds, terminal) within their own limits;
 * `fallbackText` is always a complete plain-text version.
 * All strings that come from articles are untrusted: renderers must escape them for their platform.
 */
export interface Reply {
  kind: 'answer' | 'digest' | 'alert' | 'help' | 'info' | 'error';
  /** Where it should be visible: to the channel, or only to the person who asked. */
  visibility: 'channel' | 'ephemeral';
  title: string;
  /** Short plain lines under the title (system text, not article claims). */
  lines?: string[];
  quotes?: ReplyQuote[];
  stories?: ReplyStory[];
  fields?: { label: string; value: string }[];
  /** "and 12 more quotes", "Showing the first 10." */
  footer?: string;
  suggestions?: string[];
  fallbackText: string;
}

export interface ReplyQuote {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  role: string | null;
  sources: SourceRef[];
  /** Other outlets' wordings; `kind: 'indirect'` is a paraphrase, not to be shown in quotation marks. */
  variants: { text: string; sources: SourceRef[]; kind?: QuoteKind }[];
}

export interface ReplyStory {
  id: string;
  headline: string;
  summary?: string;
  sources: SourceRef[];
  quotes: ReplyQuote[];
}
