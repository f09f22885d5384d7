import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageProblems } from './discord-limits.ts';
import { FakeGateway } from './fake-gateway.ts';
import { wouldPing } from './mentions.ts';
import {
  botMessage,
  type FakeGuild,
  type FakeUser,
  guildCreatePayload,
  interactionPayload,
  MEMBER_PERMISSIONS,
  messageCreatePayload,
  nestedOptions,
} from './payloads.ts';
import { snowflake } from './snowflake.ts';

/** Discord's interaction deadlines: first response within 3 s, follow-ups while the token lives (15 min). */
export const FIRST_RESPONSE_DEADLINE_MS = 3000;
export const INTERACTION_TOKEN_TTL_MS = 15 * 60 * 1000;

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/123/messages`. */
  path: string;
  query: Record<string, string>;
  /** Whether `Authorization: Bot <the right token>` was sent. */
  authorized: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are arbitrary JSON the tests inspect
  body: any;
  status: number;
  at: number;
}

export interface ScriptedFailure {
  method: string;
  path: RegExp;
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Store the message before failing (a 5xx after the work was done: the case that duplicates naive retries). */
  processFirst?: boolean;
}

interface InteractionState {
  id: string;
  token: string;
  channelId: string;
  createdAt: number;
  /** `type` of each initial response Discord accepted (4 reply, 5 defer, 8 autocomplete result). */
  responses: number[];
  // biome-ignore lint/suspicious/noExplicitAny: recorded message bodies
  original: any;
  // biome-ignore lint/suspicious/noExplicitAny: recorded message bodies
  followUps: any[];
  ephemeral: boolean;
}

export interface FakeDiscordOptions {
  token?: string;
  messageContentAllowed?: boolean;
  guilds?: FakeGuild[];
  /** The fake's own time, for deadlines; defaults to the real clock. */
  now?: () => number;
}

type Json = Record<string, unknown>;

/**
 * A small Discord for tests: REST under `/api/v10` and a gateway WebSocket, both on 127.0.0.1 port 0. It enforces
 * the limits and deadlines Discord enforces and records everything it received, so tests assert on what a user
 * would see.
 */
export class FakeDiscord {
  readonly token: string;
  readonly bot: FakeUser = { id: '100000000000000001', username: 'newsbot', bot: true };
  readonly applicationId = '100000000000000002';
  readonly guilds: FakeGuild[];
  readonly requests: RecordedRequest[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: stored message objects
  readonly channelMessages = new Map<string, any[]>();
  readonly interactions = new Map<string, InteractionState>();
  /** Everyone the accepted messages notified (`@everyone`, `user:<id>`, `role:<id>`). */
  readonly pings: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: registered command JSON as Discord stores it
  readonly commands = { global: [] as any[], guild: new Map<string, any[]>() };
  private readonly failures: ScriptedFailure[] = [];
  private readonly now: () => number;
  private http!: Server;
  gateway!: FakeGateway;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'fake-bot-token';
    this.now = options.now ?? Date.now;
    this.guilds = options.guilds ?? [
      {
        id: '200000000000000001',
        name: 'Newsroom',
        channels: [
          { id: '300000000000000001', name: 'news' },
          { id: '300000000000000002', name: 'politics' },
        ],
      },
    ];
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.gateway = await FakeGateway.start({
      token: fake.token,
      messageContentAllowed: options.messageContentAllowed ?? true,
      onIdentified: (socket, shard) => {
        const mine = fake.guilds.filter(
          (guild) => !shard || Number((BigInt(guild.id) >> 22n) % BigInt(shard[1])) === shard[0],
        );
        socket.dispatch('READY', {
          v: 10,
          user: { ...fake.bot, discriminator: '0', avatar: null, global_name: null },
          guilds: mine.map((guild) => ({ id: guild.id, unavailable: true })),
          session_id: `session-${snowflake()}`,
          resume_gateway_url: fake.gateway.url,
          application: { id: fake.applicationId, flags: 0 },
          ...(shard ? { shard } : {}),
        });
        for (const guild of mine) {
          socket.dispatch('GUILD_CREATE', guildCreatePayload(guild, '400000000000000009', fake.bot));
        }
      },
    });
    fake.http = createServer((req, res) => void fake.serve(req, res));
    await new Promise<void>((resolve) => fake.http.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** What `DISCORD_API_URL` should be: discord.js appends `/v10/...`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/api`;
  }

  get channelId(): string {
    return this.guilds[0]?.channels[0]?.id ?? '';
  }

  get guildId(): string {
    return this.guilds[0]?.id ?? '';
  }

  /** The next request matching `method` + `path` fails once with this status/body (scripted in order). */
  failNext(failure: ScriptedFailure): void {
    this.failures.push(failure);
  }

  /** A user runs `/news <path> ...args` (type 2), or types into an autocomplete option (type 4, `focused`). */
  sendCommand(input: {
    path: string[];
    args?: Record<string, string>;
    focused?: string;
    user?: FakeUser;
    permissions?: bigint;
    channelId?: string;
    guildId?: string | null;
    /** How long ago Discord created it: the gateway delivering an interaction late. */
    ageMs?: number;
  }): InteractionState {
    const guildId = input.guildId === undefined ? this.guildId : input.guildId;
    const createdAt = this.now() - (input.ageMs ?? 0);
    const payload = interactionPayload({
      applicationId: this.applicationId,
      guildId,
      channelId: input.channelId ?? this.channelId,
      user: input.user ?? { id: '500000000000000001', username: 'reporter' },
      permissions: input.permissions ?? MEMBER_PERMISSIONS,
      type: input.focused ? 4 : 2,
      options: nestedOptions(input.path, input.args ?? {}, input.focused),
      commandId: this.commands.global[0]?.id ?? snowflake(),
      nowMs: createdAt,
    });
    const state: InteractionState = {
      id: payload.id,
      token: payload.token,
      channelId: payload.channel_id,
      createdAt,
      responses: [],
      original: null,
      followUps: [],
      ephemeral: false,
    };
    this.interactions.set(state.id, state);
    this.gateway.dispatch('INTERACTION_CREATE', payload, guildId);
    return state;
  }

  /** A user posts a message (mentioning the bot when `content` contains `<@botId>`). */
  sendMessage(input: { content: string; channelId?: string; guildId?: string | null; author?: FakeUser }): string {
    const guildId = input.guildId === undefined ? this.guildId : input.guildId;
    const payload = messageCreatePayload({
      guildId,
      channelId: input.channelId ?? this.channelId,
      author: input.author ?? { id: '500000000000000001', username: 'reporter' },
      content: input.content,
      mentions: input.content.includes(`<@${this.bot.id}>`) ? [this.bot] : [],
      mentionRoles: [...input.content.matchAll(/<@&(\d+)>/g)].map((match) => match[1] ?? ''),
      nowMs: this.now(),
    });
    this.gateway.dispatch('MESSAGE_CREATE', payload, guildId);
    return payload.id;
  }

  /** Bodies of every message Discord accepted, in order: channel posts, interaction replies/edits and follow-ups. */
  // biome-ignore lint/suspicious/noExplicitAny: message bodies
  messageBodies(): any[] {
    return this.requests
      .filter((r) => r.status < 300 && r.body && (r.body.content !== undefined || r.body.embeds || r.body.data?.embeds))
      .map((r) => (r.path.endsWith('/callback') ? r.body.data : r.body));
  }

  /** Polls until `probe` returns a value (the fake's state changes as requests arrive). */
  async waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    const started = Date.now();
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() - started > timeoutMs) throw new Error('fake discord: timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as Json) : null;
    const authorized = req.headers.authorization === `Bot ${this.token}`;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      authorized,
      body,
      status: 0,
      at: this.now(),
    };
    const [status, payload, headers] = this.route(record);
    record.status = status;
    this.requests.push(record);
    const message = record.path.endsWith('/callback') ? record.body?.data : record.body;
    if (status < 300 && message && (message.content !== undefined || message.embeds)) {
      this.pings.push(...wouldPing(message));
    }
    if (status === 204) {
      res.writeHead(204, headers);
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(payload));
  }

  private route(r: RecordedRequest): [number, unknown, Record<string, string>?] {
    const failureIndex = this.failures.findIndex((f) => f.method === r.method && f.path.test(r.path));
    if (failureIndex >= 0) {
      const [failure] = this.failures.splice(failureIndex, 1);
      if (failure) {
        if (failure.processFirst) this.handle(r);
        return [failure.status, failure.body, failure.headers];
      }
    }
    return this.handle(r);
  }

  private handle(r: RecordedRequest): [number, unknown, Record<string, string>?] {
    const { method, path } = r;
    const isCallback = /^\/interactions\/\d+\/[^/]+\/callback$/.test(path);
    const isWebhook = path.startsWith(`/webhooks/${this.applicationId}/`);
    if (!isCallback && !isWebhook && !r.authorized) return [401, { message: '401: Unauthorized', code: 0 }];
    if (method === 'GET' && path === '/gateway/bot') {
      return [
        200,
        {
          url: this.gateway.url,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (commands) return this.commandsRoute(method, commands[2] ?? null, r.body);
    if (isCallback) return this.callback(path, r.body ?? {});
    const webhook = /^\/webhooks\/\d+\/([^/]+)(?:\/messages\/@original)?$/.exec(path);
    if (webhook?.[1]) return this.webhook(method, webhook[1], path.endsWith('@original'), r.body ?? {});
    const channelMessages = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (channelMessages?.[1] && method === 'POST') return this.createMessage(channelMessages[1], r.body ?? {});
    const channel = /^\/channels\/(\d+)$/.exec(path);
    if (channel?.[1] && method === 'GET') return this.getChannel(channel[1]);
    return [404, { message: '404: Not Found', code: 0 }];
  }

  private commandsRoute(method: string, guildId: string | null, body: Json | null): [number, unknown] {
    const current = guildId ? (this.commands.guild.get(guildId) ?? []) : this.commands.global;
    if (method === 'GET') return [200, current];
    if (method !== 'PUT' || !Array.isArray(body)) return [405, { message: '405: Method Not Allowed', code: 0 }];
    const stored = (body as Json[]).map((command) => ({
      ...command,
      id: current.find((old) => old.name === command.name)?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type: command.type ?? 1,
      ...(guildId ? { guild_id: guildId } : {}),
    }));
    if (guildId) this.commands.guild.set(guildId, stored);
    else this.commands.global = stored;
    return [200, stored];
  }

  private callback(path: string, body: Json): [number, unknown] {
    const [, , id] = path.split('/');
    const interaction = id ? this.interactions.get(id) : undefined;
    if (!interaction || this.now() - interaction.createdAt > FIRST_RESPONSE_DEADLINE_MS) {
      return [404, { message: 'Unknown interaction', code: 10062 }];
    }
    if (interaction.responses.length > 0) {
      return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
    }
    const data = (body.data ?? {}) as Json;
    if (body.type === 4) {
      const problems = messageProblems(data);
      if (problems.length > 0) return [400, { message: 'Invalid Form Body', code: 50035, errors: problems }];
      interaction.original = data;
    }
    if (body.type === 8) {
      const choices = (data.choices ?? []) as { name: string; value: string }[];
      const bad = choices.length > 25 || choices.some((c) => !c.name || c.name.length > 100 || c.value.length > 100);
      if (bad) return [400, { message: 'Invalid Form Body', code: 50035 }];
    }
    interaction.ephemeral = ((Number(data.flags) || 0) & 64) !== 0;
    interaction.responses.push(Number(body.type));
    return [204, null];
  }

  private webhook(method: string, token: string, original: boolean, body: Json): [number, unknown] {
    const interaction = [...this.interactions.values()].find((i) => i.token === token);
    if (!interaction || this.now() - interaction.createdAt > INTERACTION_TOKEN_TTL_MS) {
      return [404, { message: 'Unknown Webhook', code: 10015 }];
    }
    if (interaction.responses.length === 0) return [404, { message: 'Unknown Message', code: 10008 }];
    if (method === 'DELETE' && original) {
      interaction.original = null;
      return [204, null];
    }
    const problems = messageProblems(body);
    if (problems.length > 0) return [400, { message: 'Invalid Form Body', code: 50035, errors: problems }];
    if (method === 'PATCH' && original) interaction.original = body;
    else if (method === 'POST') interaction.followUps.push(body);
    else return [405, { message: '405: Method Not Allowed', code: 0 }];
    return [200, botMessage(this.bot, interaction.channelId, body, this.now())];
  }

  private createMessage(channelId: string, body: Json): [number, unknown] {
    const known =
      this.guilds.some((g) => g.channels.some((c) => c.id === channelId)) || this.channelMessages.has(channelId);
    if (!known && !channelId.startsWith('6')) return [404, { message: 'Unknown Channel', code: 10003 }];
    const problems = messageProblems(body);
    if (problems.length > 0) return [400, { message: 'Invalid Form Body', code: 50035, errors: problems }];
    const messages = this.channelMessages.get(channelId) ?? [];
    // enforce_nonce: a second create with the same nonce returns the first message instead of posting again.
    const same = body.enforce_nonce && body.nonce ? messages.find((m) => m.nonce === body.nonce) : undefined;
    if (same) return [200, same];
    const message = botMessage(this.bot, channelId, body, this.now());
    messages.push({ ...message, allowed_mentions: body.allowed_mentions });
    this.channelMessages.set(channelId, messages);
    return [200, message];
  }

  private getChannel(channelId: string): [number, unknown] {
    const guild = this.guilds.find((g) => g.channels.some((c) => c.id === channelId));
    const channel = guild?.channels.find((c) => c.id === channelId);
    if (guild && channel) return [200, { id: channel.id, type: 0, name: channel.name, guild_id: guild.id }];
    // Ids starting with 6 are DM channels in this fake.
    if (channelId.startsWith('6')) return [200, { id: channelId, type: 1, recipients: [] }];
    return [404, { message: 'Unknown Channel', code: 10003 }];
  }
}
