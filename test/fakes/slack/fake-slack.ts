import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** One Web API call as the fake received it; object fields (`blocks`) are parsed from their JSON strings. */
export interface ApiCall {
  method: string;
  token: string | null;
  params: Record<string, unknown>;
  at: number;
}

/** One POST to a response_url (what Bolt's `respond()` sends). */
export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface ScriptedFailure {
  status: number;
  retryAfterSeconds?: number;
  /** Slack error code for a 200 `{ok:false}` answer. */
  error?: string;
  /** Slack did the work (stored the message) and then answered with this failure anyway. */
  afterStoring?: boolean;
}

/** A message as channel members see it. */
export interface PostedMessage {
  channel: string;
  ts: string;
  text: unknown;
  threadTs?: string;
  metadata?: unknown;
}

export interface FakeUser {
  id: string;
  is_admin?: boolean;
  is_owner?: boolean;
  tz?: string;
}

const BLOCKS_TOO_LONG_CHARS = 13_000;
const RESPONSE_URL_LIMIT = 5;

/**
 * A small stand-in for Slack's side, built from the facts in /work/shared/docs/testing-chat-platforms.md: the Web API
 * (`POST /api/<method>`, form-encoded, Bearer token), response URLs (`POST /response/<id>`) and the Socket Mode
 * WebSocket (`/link`). It records what it received and enforces Slack's limits, so tests assert on what Slack saw.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /** Tokens that pass `auth.test`; anything else is `invalid_auth`. */
  readonly validTokens = new Set<string>(['xoxb-test-token', 'xapp-test-token']);
  readonly users = new Map<string, FakeUser>();
  readonly channelCreators = new Map<string, string>();
  /** Every message Slack stored, including ones whose call was answered with a failure (`afterStoring`). */
  readonly posted: PostedMessage[] = [];
  /** Whether the bot token may read channel history (`channels:history`); without it history calls fail. */
  historyScope = true;
  teamId = 'T1';
  botUserId = 'UBOT';
  private readonly failures = new Map<string, ScriptedFailure[]>();
  private readonly events = new EventEmitter();
  private readonly server: Server;
  private readonly sockets = new WebSocketServer({ noServer: true });
  private socket: WebSocket | null = null;
  // Message timestamps follow the real clock, as Slack's do, so `oldest` filters in history calls mean what they say.
  private nextTs = Math.floor(Date.now() / 1000);

  constructor() {
    this.server = createServer((req, res) => void this.route(req, res));
    this.server.on('upgrade', (req, socket, head) => {
      this.sockets.handleUpgrade(req, socket, head, (ws) => this.acceptSocket(ws));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  /** The next calls to `method` fail like this, in order (then it works again). */
  failNext(method: string, ...failures: ScriptedFailure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  /** Successful calls of one method (the messages Slack actually accepted). */
  accepted(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method && call.params.__status === 'ok');
  }

  /** Resolves with the first recorded item matching `predicate`, waiting for new ones until `timeoutMs`. */
  waitFor<T>(list: () => T[], predicate: (item: T) => boolean, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = list().find(predicate);
        if (found === undefined) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error('fake Slack did not receive the expected request in time'));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('recorded', check);
      };
      if (!check()) this.events.on('recorded', check);
    });
  }

  waitForCall(method: string, predicate: (call: ApiCall) => boolean = () => true, timeoutMs?: number) {
    return this.waitFor(() => this.accepted(method), predicate, timeoutMs);
  }

  waitForResponse(predicate: (post: ResponseUrlPost) => boolean = () => true, timeoutMs?: number) {
    return this.waitFor(() => this.responses, predicate, timeoutMs);
  }

  /** Sends a Socket Mode envelope and resolves with the app's ack (`{envelope_id, payload}`). */
  pushEnvelope(type: 'slash_commands' | 'events_api', payload: object): Promise<Record<string, unknown>> {
    const socket = this.socket;
    if (!socket) throw new Error('no Socket Mode client is connected to the fake');
    const envelopeId = `env-${this.nextTs++}`;
    return new Promise((resolve) => {
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString()) as Record<string, unknown>;
        if (message.envelope_id !== envelopeId) return;
        socket.off('message', onMessage);
        resolve(message);
      };
      socket.on('message', onMessage);
      socket.send(
        JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type === 'slash_commands' }),
      );
    });
  }

  /** Cuts the Socket Mode connection the way a network drop or a Slack server restart would. */
  dropSocket(): void {
    this.socket?.terminate();
    this.socket = null;
  }

  /** Resolves once a Socket Mode client has (re)connected. */
  async waitForSocket(timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    while (this.socket === null) {
      if (Date.now() - started > timeoutMs) throw new Error('no Socket Mode client reconnected in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private acceptSocket(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
  }

  private record<T>(list: T[], item: T): void {
    list.push(item);
    this.events.emit('recorded');
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname.startsWith('/response/')) {
      this.onResponseUrl(url.pathname.slice('/response/'.length), raw, res);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      this.onApi(url.pathname.slice('/api/'.length), req, raw, res);
      return;
    }
    send(res, 404, { ok: false, error: 'not_found' });
  }

  private onResponseUrl(id: string, raw: string, res: ServerResponse): void {
    const body = JSON.parse(raw) as Record<string, unknown>;
    const failure = this.failures.get(`response:${id}`)?.shift();
    if (failure) {
      sendFailure(res, failure);
      return;
    }
    if (this.responses.filter((post) => post.id === id).length >= RESPONSE_URL_LIMIT) {
      send(res, 404, { ok: false, error: 'used_url' });
      return;
    }
    const problem = blocksProblem(body.blocks);
    if (problem) {
      send(res, 400, { ok: false, error: problem });
      return;
    }
    this.record(this.responses, { id, body, at: Date.now() });
    send(res, 200, { ok: true });
  }

  private onApi(method: string, req: IncomingMessage, raw: string, res: ServerResponse): void {
    const params = parseParams(req, raw);
    const auth = req.headers.authorization;
    const token = typeof params.token === 'string' ? params.token : auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    const call: ApiCall = { method, token, params, at: Date.now() };
    const failure = this.failures.get(method)?.shift();
    if (failure) {
      if (failure.afterStoring) this.answer(method, token, params);
      this.record(this.calls, { ...call, params: { ...params, __status: `failed ${failure.status}` } });
      sendFailure(res, failure);
      return;
    }
    const answer = this.answer(method, token, params);
    this.record(this.calls, { ...call, params: { ...params, __status: answer.ok ? 'ok' : String(answer.error) } });
    send(res, 200, answer);
  }

  private storeMessage(params: Record<string, unknown>, ts: string): void {
    this.posted.push({
      channel: String(params.channel),
      ts,
      text: params.text,
      ...(params.thread_ts ? { threadTs: String(params.thread_ts) } : {}),
      ...(params.metadata ? { metadata: params.metadata } : {}),
    });
  }

  /** `conversations.history` / `.replies`: newest first, metadata only when asked for, like Slack. */
  private history(params: Record<string, unknown>): Record<string, unknown> {
    if (!this.historyScope) return { ok: false, error: 'missing_scope', needed: 'channels:history' };
    const oldest = Number(params.oldest ?? 0);
    const thread = params.ts === undefined ? undefined : String(params.ts);
    const messages = this.posted
      .filter((m) => m.channel === String(params.channel) && Number(m.ts) > oldest && m.threadTs === thread)
      .reverse()
      .slice(0, Number(params.limit ?? 100))
      .map((m) => ({
        type: 'message',
        ts: m.ts,
        text: m.text,
        ...(isTrue(params.include_all_metadata) && m.metadata ? { metadata: m.metadata } : {}),
      }));
    return { ok: true, messages, has_more: false };
  }

  private answer(method: string, token: string | null, params: Record<string, unknown>): Record<string, unknown> {
    const open = method === 'oauth.v2.access';
    if (!open && (token === null || !this.validTokens.has(token))) return { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          user_id: this.botUserId,
          bot_id: 'BBOT',
          team_id: this.teamId,
          team: 'Test',
          url: `${this.url}/`,
        };
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace('http', 'ws')}/link` };
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        const problem = blocksProblem(params.blocks);
        if (problem) return { ok: false, error: problem };
        const ts = `${this.nextTs++}.000100`;
        if (method === 'chat.postMessage') this.storeMessage(params, ts);
        return { ok: true, channel: params.channel, ts, message_ts: ts };
      }
      case 'conversations.history':
      case 'conversations.replies':
        return this.history(params);
      case 'users.info': {
        const user = this.users.get(String(params.user));
        return user ? { ok: true, user } : { ok: false, error: 'user_not_found' };
      }
      case 'conversations.info': {
        const channel = String(params.channel);
        return { ok: true, channel: { id: channel, creator: this.channelCreators.get(channel) ?? 'USOMEONE' } };
      }
      case 'oauth.v2.access':
        return oauthAccess(this.teamId, params);
      default:
        return { ok: true };
    }
  }
}

function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

function oauthAccess(teamId: string, params: Record<string, unknown>): Record<string, unknown> {
  if (params.code !== 'good-code') return { ok: false, error: 'invalid_code' };
  return {
    ok: true,
    app_id: 'A1',
    authed_user: { id: 'UINSTALLER' },
    scope: 'commands,chat:write',
    token_type: 'bot',
    access_token: `xoxb-installed-${teamId}`,
    bot_user_id: 'UBOT',
    team: { id: teamId, name: 'Installed team' },
    enterprise: null,
    is_enterprise_install: false,
  };
}

/** What Slack would refuse: too many blocks, too much block text, oversized sections or headers. */
function blocksProblem(blocks: unknown): string | null {
  if (blocks === undefined) return null;
  if (!Array.isArray(blocks)) return 'invalid_blocks_format';
  if (blocks.length > 50) return 'invalid_blocks';
  if (JSON.stringify(blocks).length > BLOCKS_TOO_LONG_CHARS) return 'msg_blocks_too_long';
  for (const block of blocks as { type?: string; text?: { text?: string }; fields?: { text?: string }[] }[]) {
    const length = block.text?.text?.length ?? 0;
    if (block.type === 'header' && length > 150) return 'invalid_blocks';
    if (block.type === 'section' && length > 3000) return 'invalid_blocks';
    const fields = block.fields ?? [];
    if (fields.length > 10 || fields.some((field) => (field.text?.length ?? 0) > 2000)) return 'invalid_blocks';
  }
  return null;
}

function parseParams(req: IncomingMessage, raw: string): Record<string, unknown> {
  const type = req.headers['content-type'] ?? '';
  const params: Record<string, unknown> = type.includes('application/json')
    ? (JSON.parse(raw || '{}') as Record<string, unknown>)
    : Object.fromEntries(new URLSearchParams(raw));
  for (const field of ['blocks', 'metadata']) {
    const value = params[field];
    if (typeof value === 'string') params[field] = JSON.parse(value);
  }
  return params;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function sendFailure(res: ServerResponse, failure: ScriptedFailure): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(failure.retryAfterSeconds);
  res.writeHead(failure.status, headers);
  res.end(
    JSON.stringify({ ok: false, error: failure.error ?? (failure.status === 429 ? 'ratelimited' : 'internal_error') }),
  );
}
