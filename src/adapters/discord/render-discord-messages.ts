import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Reply, ReplyQuote, ReplyStory } from '../../core/model/reply.ts';
import { DISCORD_LIMITS, truncate } from './discord-limits.ts';
import { embedsWithFields, packIntoMessages } from './embed-packing.ts';
import { escapeArticleText, safeLinkUrl } from './escape-article-text.ts';
import { fitLines, quoteBlock } from './quote-block.ts';
import { sourceLinks } from './source-links.ts';

/** One Discord message as plain data: usable with `channel.send`, `message.reply`, `interaction.reply/followUp`. */
export interface DiscordMessagePayload {
  content?: string;
  embeds: APIEmbed[];
  /** Always empty: nothing newsbot posts may ping @everyone, a role or a user, whatever an article says. */
  allowedMentions: { parse: [] };
}

// A long answer is split over messages; past this many the rest is summarised instead of flooding the channel.
export const MAX_MESSAGES_PER_REPLY = 8;

const COLORS: Record<Reply['kind'], number> = {
  answer: 0x5865f2,
  digest: 0x2ecc71,
  alert: 0xe67e22,
  help: 0x99aab5,
  info: 0x99aab5,
  error: 0xed4245,
};

/** A quote as a field when it fits in 1024 characters, else as its own embed whose description holds 4096. */
function placeQuote(quote: ReplyQuote): { field: APIEmbedField } | { embed: APIEmbed } {
  const block = quoteBlock(quote);
  const value = block.lines.join('\n');
  if (value.length <= DISCORD_LIMITS.fieldValue) return { field: { name: block.name, value } };
  return { embed: { title: block.name, description: fitLines(block.lines, DISCORD_LIMITS.description) } };
}

/** Embeds for `quotes` in order, starting in `first` (a title/description embed the fields continue). */
function quoteEmbeds(first: APIEmbed, quotes: readonly ReplyQuote[], color: number): APIEmbed[] {
  const embeds: APIEmbed[] = [];
  let head = first;
  let fields: APIEmbedField[] = [];
  const flush = () => {
    embeds.push(...embedsWithFields(head, fields));
    head = { color };
    fields = [];
  };
  for (const quote of quotes) {
    const placed = placeQuote(quote);
    if ('field' in placed) {
      fields.push(placed.field);
      continue;
    }
    flush();
    embeds.push({ ...placed.embed, color });
  }
  flush();
  return embeds;
}

function storyEmbeds(story: ReplyStory, color: number): APIEmbed[] {
  const url = safeLinkUrl(story.sources[0]?.url ?? null);
  const summary = story.summary ? escapeArticleText(story.summary) : '';
  const reported = story.sources.length > 0 ? `Reported by ${sourceLinks(story.sources)}` : '';
  const first: APIEmbed = {
    title: truncate(escapeArticleText(story.headline), DISCORD_LIMITS.title),
    ...(url ? { url } : {}),
    description: fitLines([summary, reported].filter(Boolean), DISCORD_LIMITS.description) || undefined,
    color,
  };
  return quoteEmbeds(first, story.quotes, color);
}

/** Label/value fields (system text, e.g. help examples); long values continue in further fields. */
function plainFields(fields: NonNullable<Reply['fields']>): APIEmbedField[] {
  return fields.flatMap((field) => {
    const name = truncate(escapeArticleText(field.label), DISCORD_LIMITS.fieldName) || '\u200b';
    const chunks: string[] = [];
    let chunk = '';
    for (const line of field.value.split('\n').map(escapeArticleText)) {
      const next = chunk ? `${chunk}\n${line}` : line;
      if (next.length > DISCORD_LIMITS.fieldValue && chunk) {
        chunks.push(chunk);
        chunk = truncate(line, DISCORD_LIMITS.fieldValue);
      } else {
        chunk = truncate(next, DISCORD_LIMITS.fieldValue);
      }
    }
    if (chunk) chunks.push(chunk);
    return chunks.map((value, index) => ({ name: index === 0 ? name : '\u200b', value }));
  });
}

function footerText(reply: Reply): string | undefined {
  const parts: string[] = [];
  if (reply.footer) parts.push(reply.footer);
  if (reply.suggestions?.length) parts.push(`Try: ${reply.suggestions.join(' · ')}`);
  return parts.length > 0 ? truncate(parts.join('\n'), DISCORD_LIMITS.footer) : undefined;
}

/**
 * Renders a neutral `Reply` as Discord messages (embeds), within every Discord limit: one block per quote with the
 * speaker and role, every outlet as a link, other wordings; long answers are split across messages. Pure.
 */
export function renderDiscordMessages(reply: Reply): DiscordMessagePayload[] {
  const color = COLORS[reply.kind];
  const header: APIEmbed = {
    title: truncate(escapeArticleText(reply.title), DISCORD_LIMITS.title),
    color,
    ...(reply.lines?.length
      ? { description: truncate(escapeArticleText(reply.lines.join('\n')), DISCORD_LIMITS.description) }
      : {}),
  };
  const headerEmbeds = embedsWithFields(header, plainFields(reply.fields ?? []));
  const last = headerEmbeds.pop() ?? header;
  const embeds = [...headerEmbeds, ...quoteEmbeds(last, reply.quotes ?? [], color)];
  for (const story of reply.stories ?? []) embeds.push(...storyEmbeds(story, color));
  const footer = footerText(reply);
  if (footer) embeds.push({ color, footer: { text: footer } });
  return limitMessageCount(packIntoMessages(embeds), color).map((messageEmbeds) => ({
    embeds: messageEmbeds,
    allowedMentions: { parse: [] },
  }));
}

function limitMessageCount(messages: APIEmbed[][], color: number): APIEmbed[][] {
  if (messages.length <= MAX_MESSAGES_PER_REPLY) return messages;
  const kept = messages.slice(0, MAX_MESSAGES_PER_REPLY - 1);
  const hidden = messages.slice(MAX_MESSAGES_PER_REPLY - 1).reduce((sum, message) => sum + message.length, 0);
  return [...kept, [{ color, footer: { text: `Answer shortened for Discord: ${hidden} more blocks not shown.` } }]];
}
