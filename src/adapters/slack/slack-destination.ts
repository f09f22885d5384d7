import type { Destination } from '../../core/model/invocation.ts';

/** Where a Slack reply goes: a workspace, a channel (or DM), and optionally a thread. */
export interface SlackAddress {
  teamId: string;
  channelId: string;
  threadTs?: string;
}

/** The storable destination of a channel: `slack:T123:C456`. */
export const slackDestination = (teamId: string, channelId: string): Destination => `slack:${teamId}:${channelId}`;

/** The conversation a follow-up question belongs to: the thread, `slack:T123:C456:1700000000.000100`. */
export const slackThreadKey = (teamId: string, channelId: string, threadTs: string): string =>
  `slack:${teamId}:${channelId}:${threadTs}`;

/** Reads `slack:T:C` (or `slack:T:C:thread_ts`); null for anything else, so a bad subscription cannot post elsewhere. */
export function parseSlackDestination(destination: Destination): SlackAddress | null {
  const match = /^slack:([A-Z0-9]+):([A-Z0-9]+)(?::(\d+\.\d+))?$/.exec(destination);
  if (!match) return null;
  const [, teamId, channelId, threadTs] = match as unknown as [string, string, string, string | undefined];
  return threadTs ? { teamId, channelId, threadTs } : { teamId, channelId };
}
