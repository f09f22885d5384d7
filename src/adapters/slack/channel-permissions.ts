import type { webApi } from '@slack/bolt';

type WebClient = webApi.WebClient;

export interface ChannelPermission {
  canManageChannel: boolean;
  /** The user's IANA time zone from their Slack profile, used for digest times. */
  timeZone?: string;
}

interface SlackUserInfo {
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  tz?: string;
}

/**
 * Who may change a channel's settings (digests, follows, sources): workspace admins and owners, or whoever created the
 * channel. In a DM the person talking to the bot owns the conversation. Asked only for admin commands, so ordinary
 * questions cost no extra API calls.
 */
export async function channelPermission(
  client: WebClient,
  userId: string,
  channelId: string,
  isDirectMessage: boolean,
): Promise<ChannelPermission> {
  const info = await client.users.info({ user: userId });
  const user = (info.user ?? {}) as SlackUserInfo;
  const timeZone = user.tz ? { timeZone: user.tz } : {};
  if (isDirectMessage || user.is_admin || user.is_owner || user.is_primary_owner) {
    return { canManageChannel: true, ...timeZone };
  }
  const channel = await client.conversations.info({ channel: channelId }).catch(() => null);
  const creator = (channel?.channel as { creator?: string } | undefined)?.creator;
  return { canManageChannel: creator === userId, ...timeZone };
}
