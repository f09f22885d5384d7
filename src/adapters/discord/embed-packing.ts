import type { APIEmbed, APIEmbedField } from 'discord.js';
import { DISCORD_LIMITS } from './discord-limits.ts';

/** Characters Discord counts towards a message's 6000: titles, descriptions, field names and values, footers, authors. */
export function embedCharacters(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/**
 * Spreads fields over as many embeds as needed: at most 25 per embed and never more characters than one message
 * holds. `first` (title/description) receives fields first; continuation embeds share its colour.
 */
export function embedsWithFields(first: APIEmbed, fields: APIEmbedField[]): APIEmbed[] {
  const embeds: APIEmbed[] = [];
  let current: APIEmbed = { ...first, fields: [] };
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    const full =
      (current.fields?.length ?? 0) >= DISCORD_LIMITS.fieldsPerEmbed ||
      embedCharacters(current) + size > DISCORD_LIMITS.charactersPerMessage;
    if (full) {
      embeds.push(current);
      current = { color: first.color, fields: [] };
    }
    current.fields?.push(field);
  }
  embeds.push(current);
  return embeds.map((embed) => (embed.fields?.length ? embed : withoutFields(embed))).filter(hasText);
}

function withoutFields(embed: APIEmbed): APIEmbed {
  const { fields: _fields, ...rest } = embed;
  return rest;
}

function hasText(embed: APIEmbed): boolean {
  return embedCharacters(embed) > 0;
}

/** Groups embeds into messages: at most 10 embeds and 6000 embed characters each, in order. */
export function packIntoMessages(embeds: APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let characters = 0;
  for (const embed of embeds) {
    const size = embedCharacters(embed);
    if (current.length >= DISCORD_LIMITS.embedsPerMessage || characters + size > DISCORD_LIMITS.charactersPerMessage) {
      if (current.length > 0) messages.push(current);
      current = [];
      characters = 0;
    }
    current.push(embed);
    characters += size;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}
