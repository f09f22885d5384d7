import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

const MESSAGE_CONTENT_INTENT = 1 << 15;

export interface IdentifyRecord {
  token: string;
  intents: number;
  shard: [number, number] | null;
}

export interface GatewayOptions {
  token: string;
  /** Whether the bot has the privileged Message Content intent enabled in the Developer Portal. */
  messageContentAllowed: boolean;
  /** READY + GUILD_CREATE payloads for one identified shard. */
  onIdentified(socket: GatewaySocket, shard: [number, number] | null): void;
}

/** One bot connection: numbered dispatches, as Discord sends them. */
export class GatewaySocket {
  private sequence = 0;
  constructor(
    readonly ws: WebSocket,
    readonly shard: [number, number] | null,
  ) {}

  dispatch(type: string, data: unknown): void {
    this.sequence += 1;
    this.ws.send(JSON.stringify({ op: 0, t: type, s: this.sequence, d: data }));
  }
}

/**
 * The gateway half of the fake Discord: HELLO, heartbeat ACKs, IDENTIFY → READY, and the close codes Discord uses
 * for a bad token (4004) and a privileged intent the bot may not use (4014).
 */
export class FakeGateway {
  readonly identifies: IdentifyRecord[] = [];
  readonly closeCodes: number[] = [];
  readonly sockets: GatewaySocket[] = [];
  /** Request URLs of each connection (`/?v=10&encoding=json`; `compress=zlib-stream` would need zlib-sync). */
  readonly connectUrls: string[] = [];
  private readonly server: WebSocketServer;

  private constructor(
    server: WebSocketServer,
    private readonly options: GatewayOptions,
  ) {
    this.server = server;
    server.on('connection', (ws, request) => {
      this.connectUrls.push(request.url ?? '');
      this.accept(ws);
    });
  }

  static async start(options: GatewayOptions): Promise<FakeGateway> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return new FakeGateway(server, options);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Sends a dispatch to the shard that owns `guildId` (Discord's rule: (guild_id >> 22) % shard_count). */
  dispatch(type: string, data: unknown, guildId: string | null): void {
    const open = this.sockets.filter((socket) => socket.ws.readyState === socket.ws.OPEN);
    const target = open.find((socket) => {
      if (!socket.shard || guildId === null) return true;
      const [id, count] = socket.shard;
      return Number((BigInt(guildId) >> 22n) % BigInt(count)) === id;
    });
    if (!target) throw new Error(`fake gateway: no connected shard for ${type}`);
    target.dispatch(type, data);
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (raw) => {
      const packet = JSON.parse(raw.toString()) as { op: number; d: Record<string, unknown> | null };
      if (packet.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (packet.op === 2 && packet.d) this.identify(ws, packet.d);
    });
  }

  private identify(ws: WebSocket, data: Record<string, unknown>): void {
    const record: IdentifyRecord = {
      token: String(data.token),
      intents: Number(data.intents),
      shard: Array.isArray(data.shard) ? (data.shard as [number, number]) : null,
    };
    this.identifies.push(record);
    if (record.token !== this.options.token) {
      this.closeWith(ws, 4004, 'Authentication failed.');
      return;
    }
    if (record.intents & MESSAGE_CONTENT_INTENT && !this.options.messageContentAllowed) {
      this.closeWith(ws, 4014, 'Disallowed intent(s).');
      return;
    }
    const socket = new GatewaySocket(ws, record.shard);
    this.sockets.push(socket);
    this.options.onIdentified(socket, record.shard);
  }

  private closeWith(ws: WebSocket, code: number, reason: string): void {
    this.closeCodes.push(code);
    ws.close(code, reason);
  }
}
