import { snowflake } from './snowflake.ts';

/** Gateway payload shapes as Discord sends them (only the fields discord.js reads). */

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export interface FakeGuild {
  id: string;
  name: string;
  channels: { id: string; name: string }[];
}

/** Permission bits used by newsbot (Discord's values). */
export const PERMISSIONS = {
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  manageChannels: 1n << 4n,
  manageGuild: 1n << 5n,
} as const;

export const MEMBER_PERMISSIONS = PERMISSIONS.viewChannel | PERMISSIONS.sendMessages;

const userPayload = (user: FakeUser) => ({
  id: user.id,
  username: user.username,
  discriminator: '0',
  global_name: user.username,
  avatar: null,
  bot: user.bot ?? false,
});

/** The managed role Discord creates for a bot in each server (mentionable as `<@&id>`). */
export const botRoleId = (guild: FakeGuild) => `${guild.id.slice(0, -1)}9`;

export function guildCreatePayload(guild: FakeGuild, ownerId: string, bot: FakeUser) {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: ownerId,
    unavailable: false,
    member_count: 2,
    large: false,
    features: [],
    roles: [
      {
        id: guild.id,
        name: '@everyone',
        permissions: MEMBER_PERMISSIONS.toString(),
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: botRoleId(guild),
        name: bot.username,
        permissions: MEMBER_PERMISSIONS.toString(),
        position: 1,
        color: 0,
        hoist: false,
        managed: true,
        mentionable: false,
        flags: 0,
        tags: { bot_id: bot.id },
      },
    ],
    emojis: [],
    stickers: [],
    members: [],
    presences: [],
    voice_states: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    channels: guild.channels.map((channel, position) => ({
      id: channel.id,
      type: 0,
      name: channel.name,
      guild_id: guild.id,
      position,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
    })),
    joined_at: new Date().toISOString(),
  };
}

export interface CommandOptionInput {
  name: string;
  type: number;
  value?: string;
  focused?: boolean;
  options?: CommandOptionInput[];
}

/** `['digest', 'subscribe']` + `{time: '08:00'}` → Discord's nested subcommand group/subcommand options. */
export function nestedOptions(path: string[], args: Record<string, string>, focused?: string): CommandOptionInput[] {
  const leaf: CommandOptionInput[] = Object.entries(args).map(([name, value]) => ({
    name,
    type: 3,
    value,
    ...(focused === name ? { focused: true } : {}),
  }));
  const [group, sub] = path;
  if (group === undefined) return leaf;
  if (sub === undefined) return [{ name: group, type: 1, options: leaf }];
  return [{ name: group, type: 2, options: [{ name: sub, type: 1, options: leaf }] }];
}

export interface InteractionInput {
  applicationId: string;
  guildId: string | null;
  channelId: string;
  user: FakeUser;
  permissions: bigint;
  /** 2 = application command, 4 = autocomplete. */
  type: 2 | 4;
  options: CommandOptionInput[];
  commandId: string;
  nowMs: number;
}

export function interactionPayload(input: InteractionInput) {
  const id = snowflake(input.nowMs);
  const member = input.guildId
    ? {
        user: userPayload(input.user),
        roles: [],
        permissions: input.permissions.toString(),
        joined_at: new Date(input.nowMs).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      }
    : undefined;
  return {
    id,
    application_id: input.applicationId,
    type: input.type,
    token: `interaction-token-${id}`,
    version: 1,
    channel_id: input.channelId,
    channel: { id: input.channelId, type: input.guildId ? 0 : 1 },
    ...(input.guildId ? { guild_id: input.guildId, member, guild_locale: 'en-US' } : { user: userPayload(input.user) }),
    app_permissions: MEMBER_PERMISSIONS.toString(),
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': input.guildId ?? input.user.id },
    context: input.guildId ? 0 : 1,
    data: { id: input.commandId, name: 'news', type: 1, options: input.options },
  };
}

export interface MessageInput {
  guildId: string | null;
  channelId: string;
  author: FakeUser;
  content: string;
  mentions: FakeUser[];
  mentionRoles: string[];
  nowMs: number;
}

export function messageCreatePayload(input: MessageInput) {
  return {
    id: snowflake(input.nowMs),
    channel_id: input.channelId,
    // Discord adds the channel type to message events; discord.js needs it to build an uncached DM channel.
    channel_type: input.guildId ? 0 : 1,
    ...(input.guildId
      ? {
          guild_id: input.guildId,
          member: { roles: [], joined_at: new Date(input.nowMs).toISOString(), deaf: false, mute: false, flags: 0 },
        }
      : {}),
    author: userPayload(input.author),
    content: input.content,
    timestamp: new Date(input.nowMs).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: input.mentions.map(userPayload),
    mention_roles: input.mentionRoles,
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** The Message object Discord returns for a message the bot created. */
export function botMessage(bot: FakeUser, channelId: string, body: Record<string, unknown>, nowMs: number) {
  return {
    id: snowflake(nowMs),
    channel_id: channelId,
    author: userPayload(bot),
    content: typeof body.content === 'string' ? body.content : '',
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    nonce: body.nonce ?? null,
    timestamp: new Date(nowMs).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: body.message_reference ? 19 : 0,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    ...(body.message_reference ? { message_reference: body.message_reference } : {}),
  };
}
