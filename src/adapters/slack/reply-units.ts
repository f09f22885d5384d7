import type { Reply, ReplyStory } from '../../core/model/reply.ts';
import { escapeAndTruncate } from './escape-slack-text.ts';
import {
  contextLine,
  headerBlock,
  mrkdwnSection,
  quoteUnit,
  type RenderUnit,
  type SlackBlock,
  sourcesLine,
} from './slack-blocks.ts';
import { SLACK_LIMITS } from './slack-limits.ts';

// Short fields sit side by side (Slack's two-column `fields`, at most 10 per section, 2000 characters each).
const SHORT_FIELD_CHARS = 200;
const FIELDS_PER_SECTION = 10;

const plainUnit = (blocks: SlackBlock[], plain: string): RenderUnit => ({ blocks, plain, countsAs: null });

function storyUnit(story: ReplyStory): RenderUnit {
  const summary = story.summary ? `\n${escapeAndTruncate(story.summary, 2000)}` : '';
  const blocks: SlackBlock[] = [mrkdwnSection(`*${escapeAndTruncate(story.headline, 500)}*${summary}`)];
  const sources = sourcesLine(story.sources);
  if (sources) blocks.push(contextLine(sources));
  const outlets = [...new Set(story.sources.map((source) => source.outlet))].join(', ');
  const plain = `${story.headline}${story.summary ? ` — ${story.summary}` : ''}${outlets ? ` (${outlets})` : ''}`;
  return { blocks, plain, countsAs: 'story' };
}

/** Lines as sections of whole lines, each within Slack's section limit (a very long line is cut). */
function lineUnits(lines: readonly string[]): RenderUnit[] {
  const units: RenderUnit[] = [];
  let chunk: string[] = [];
  let length = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    const text = chunk.join('\n');
    units.push(plainUnit([mrkdwnSection(text)], chunk.join('\n')));
    chunk = [];
    length = 0;
  };
  for (const line of lines) {
    const escaped = escapeAndTruncate(line, SLACK_LIMITS.sectionText);
    if (length + escaped.length + 1 > SLACK_LIMITS.sectionText) flush();
    chunk.push(escaped);
    length += escaped.length + 1;
  }
  flush();
  return units;
}

/** Short label/value pairs side by side; long values (help examples) as their own section. */
function fieldUnits(fields: readonly { label: string; value: string }[]): RenderUnit[] {
  const isShort = (value: string) => value.length <= SHORT_FIELD_CHARS && !value.includes('\n');
  const short = fields.filter((field) => isShort(field.value));
  const units: RenderUnit[] = [];
  for (let i = 0; i < short.length; i += FIELDS_PER_SECTION) {
    const group = short.slice(i, i + FIELDS_PER_SECTION);
    const block: SlackBlock = {
      type: 'section',
      fields: group.map((field) => ({
        type: 'mrkdwn',
        text: `*${escapeAndTruncate(field.label, 200)}*\n${escapeAndTruncate(field.value, SHORT_FIELD_CHARS * 6)}`,
      })),
    };
    units.push(plainUnit([block], group.map((field) => `${field.label}: ${field.value}`).join('\n')));
  }
  for (const field of fields.filter((candidate) => !isShort(candidate.value))) {
    const label = `*${escapeAndTruncate(field.label, 200)}*\n`;
    const text = `${label}${escapeAndTruncate(field.value, SLACK_LIMITS.sectionText - label.length)}`;
    units.push(plainUnit([mrkdwnSection(text)], `${field.label}: ${field.value}`));
  }
  return units;
}

/** The reply as units in reading order; every unit is already within the per-block limits. */
export function replyUnits(reply: Reply): RenderUnit[] {
  const units: RenderUnit[] = [plainUnit([headerBlock(reply.title)], reply.title)];
  units.push(...lineUnits(reply.lines ?? []));
  units.push(...fieldUnits(reply.fields ?? []));
  for (const quote of reply.quotes ?? []) units.push(quoteUnit(quote));
  for (const story of reply.stories ?? []) {
    units.push(storyUnit(story));
    for (const quote of story.quotes) units.push(quoteUnit(quote));
  }
  if (reply.footer) units.push(plainUnit([contextLine(escapeAndTruncate(reply.footer, 1000))], reply.footer));
  if (reply.suggestions?.length) {
    const shown = reply.suggestions.slice(0, 5);
    const tries = shown.map((suggestion) => `“${escapeAndTruncate(suggestion, 200)}”`);
    units.push(plainUnit([contextLine(`Try: ${tries.join(' · ')}`)], `Try: ${shown.join(' · ')}`));
  }
  return units;
}
