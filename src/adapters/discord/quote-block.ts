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
 * Joins as many of `lines` as fit in `max` characters. The first `essential` lines (the quote and who reported it)
 * are always kept: the quote is cut with an ellipsis to make room for its sources, because nothing is shown without
 * them. Further lines (other wordings) that do not fit are counted in a closing note.
 */
export function fitLines(lines: string[], max: number, essential = 2): string {
  const [first = '', ...others] = lines;
  const required = others.slice(0, essential - 1).map((line) => truncate(line, Math.floor(max / 4)));
  const optional = others.slice(essential - 1);
  const note = optional.length > 0 ? `\n(+${optional.length} more not shown)`.length : 0;
  const requiredLength = required.reduce((sum, line) => sum + 1 + line.length, 0);
  const kept = [truncate(first, max - requiredLength - note), ...required];
  let length = kept.reduce((sum, line) => sum + line.length + 1, -1);
  let dropped = 0;
  for (const line of optional) {
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
