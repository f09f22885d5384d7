import type { Destination } from '../../core/model/invocation.ts';

/** `discord:<guild>:<channel>`, or `discord:@me:<channel>` for a DM: where digests and alerts go. */
export function discordDestination(guildId: string | null, channelId: string): Destination {
  return `discord:${guildId ?? '@me'}:${channelId}`;
}

const DESTINATION = /^discord:(\d{5,20}|@me):(\d{5,20})$/;

/** The guild and channel of a stored destination, or null when it is not a Discord destination. */
export function parseDiscordDestination(
  destination: Destination,
): { guildId: string | null; channelId: string } | null {
  const match = DESTINATION.exec(destination);
  if (!match?.[1] || !match[2]) return null;
  return { guildId: match[1] === '@me' ? null : match[1], channelId: match[2] };
}
