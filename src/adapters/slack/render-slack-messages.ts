import type { Reply } from '../../core/model/reply.ts';
import { escapeAndTruncate, escapeSlackText } from './escape-slack-text.ts';
import { replyUnits } from './reply-units.ts';
import { blockChars, contextLine, type RenderUnit, type SlackBlock } from './slack-blocks.ts';
import { SLACK_LIMITS } from './slack-limits.ts';

/** One Slack message: Block Kit blocks plus the plain-text fallback Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export interface RenderOptions {
  /** At most this many messages per reply; the rest is summarised in a note. */
  maxMessages?: number;
}

// Room kept free in every message for the "and N more" note.
const NOTE_RESERVE_BLOCKS = 1;
const NOTE_RESERVE_CHARS = 400;

interface Draft {
  units: RenderUnit[];
  blocks: number;
  chars: number;
}

const unitChars = (unit: RenderUnit) => unit.blocks.reduce((sum, block) => sum + blockChars(block), 0);

function fits(draft: Draft, unit: RenderUnit): boolean {
  const blocks = draft.blocks + unit.blocks.length + NOTE_RESERVE_BLOCKS;
  const chars = draft.chars + unitChars(unit) + NOTE_RESERVE_CHARS;
  return blocks <= SLACK_LIMITS.blocksPerMessage && chars <= SLACK_LIMITS.blockCharsPerMessage;
}

function omittedNote(omitted: RenderUnit[]): string {
  const quotes = omitted.filter((unit) => unit.countsAs === 'quote').length;
  const stories = omitted.filter((unit) => unit.countsAs === 'story').length;
  const parts = [
    quotes ? `${quotes} more quote${quotes === 1 ? '' : 's'}` : '',
    stories ? `${stories} more stor${stories === 1 ? 'y' : 'ies'}` : '',
  ];
  const what = parts.filter(Boolean).join(' and ') || 'more';
  return `…and ${what} not shown (Slack message limits). Ask a narrower question to see them.`;
}

/**
 * The message's plain-text fallback (notifications, screen readers): the reply's own complete `fallbackText` when it
 * fits in one message, else each part's text built from the same units as its blocks, so every part describes itself.
 */
function toMessage(draft: Draft, note: string | null, fallback: string | null): SlackMessage {
  const blocks = draft.units.flatMap((unit) => unit.blocks);
  if (note) blocks.push(contextLine(escapeSlackText(note)));
  if (fallback !== null) return { text: escapeAndTruncate(fallback, SLACK_LIMITS.fallbackText), blocks };
  // The note goes last and is never cut off by the length limit.
  const tail = note ? `\n${escapeSlackText(note)}` : '';
  const body = escapeAndTruncate(
    draft.units.map((unit) => unit.plain).join('\n'),
    SLACK_LIMITS.fallbackText - tail.length,
  );
  return { text: `${body}${tail}`, blocks };
}

/**
 * Renders a neutral reply as Slack messages, pure and deterministic. Each message stays within every Block Kit limit;
 * a long reply is split between whole quotes, and past `maxMessages` the rest becomes an "and N more" note. All
 * article text is escaped, so nothing in an article can mention anyone or forge a link.
 */
export function renderSlackMessages(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const maxMessages = Math.max(1, options.maxMessages ?? SLACK_LIMITS.messagesPerReply);
  const units = replyUnits(reply);
  const drafts: Draft[] = [{ units: [], blocks: 0, chars: 0 }];
  let next = 0;
  for (; next < units.length; next++) {
    const unit = units[next] as RenderUnit;
    let draft = drafts[drafts.length - 1] as Draft;
    if (!fits(draft, unit) && draft.units.length > 0) {
      if (drafts.length === maxMessages) break;
      draft = { units: [], blocks: 0, chars: 0 };
      drafts.push(draft);
    }
    draft.units.push(unit);
    draft.blocks += unit.blocks.length;
    draft.chars += unitChars(unit);
  }
  const omitted = units.slice(next);
  const note = omitted.length > 0 ? omittedNote(omitted) : null;
  const whole = drafts.length === 1 && note === null ? reply.fallbackText : null;
  return drafts.map((draft, i) => toMessage(draft, i === drafts.length - 1 ? note : null, whole));
}
