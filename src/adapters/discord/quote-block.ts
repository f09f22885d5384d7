import type { ReplyQuote } from '../../core/model/reply.ts';
import { DISCORD_LIMITS, truncate } from './discord-limits.ts';
import { escapeArticleText } from './escape-article-text.ts';
import { sourceLinks } from './source-links.ts';

/** One quote ready for an embed: `name` is who said it, `lines` the quote, its outlets and other wordings. */
export interface QuoteBlock {
  name: string;
  lines: string[];
}

/** "Marco Rubio, Secretary of State" (or "(paraphrase)" for indirect speech, so it is never shown as a quotation). */
function speakerHeading(quote: ReplyQuote): string {
  const who = quote.speaker ?? 'Unnamed speaker';
  const role = quote.role ? `, ${quote.role}` : '';
  const kind = quote.kind === 'indirect' ? ' (paraphrase)' : '';
  return truncate(escapeArticleText(`${who}${role}`) + kind, DISCORD_LIMITS.fieldName);
}

function quoted(quote: { text: string }, kind: ReplyQuote['kind']): string {
  const text = escapeArticleText(quote.text);
  return kind === 'indirect' ? text : `“${text}”`;
}

export function quoteBlock(quote: ReplyQuote): QuoteBlock {
  const lines = [quoted(quote, quote.kind), `— ${sourceLinks(quote.sources)}`];
  for (const variant of quote.variants) {
    // A variant may be a paraphrase of a direct quote: it is never put in quotation marks.
    const kind = variant.kind ?? quote.kind;
    const label = kind === 'indirect' ? 'Paraphrased as' : 'Also reported as';
    lines.push(`${label} ${quoted(variant, kind)} — ${sourceLinks(variant.sources)}`);
  }
  return { name: speakerHeading(quote), lines };
}

/**
 * Joins as many of `lines` as fit in `max` characters. The first line (the quote itself) is always kept, cut with
 * an ellipsis only when it alone is too long; later lines that do not fit are counted in a closing note.
 */
export function fitLines(lines: string[], max: number): string {
  const [first = '', ...rest] = lines;
  const kept = [truncate(first, max)];
  let length = kept[0]?.length ?? 0;
  let dropped = 0;
  const note = `\n(+${rest.length} more not shown)`.length;
  for (const line of rest) {
    if (dropped === 0 && length + 1 + line.length + note <= max) {
      kept.push(line);
      length += 1 + line.length;
    } else {
      dropped += 1;
    }
  }
  if (dropped > 0) kept.push(`(+${dropped} more not shown)`);
  return truncate(kept.join('\n'), max);
}
