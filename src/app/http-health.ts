import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatAdapter } from '../adapters/shared/chat-adapter.ts';
import type { KvStore } from '../core/store/kv-store.ts';

/** One thing `/readyz` asks about. `check` resolves true when ready, or a short reason when not. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<true | string> | true | string;
}

type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * `GET /healthz` (liveness: the process answers) and `GET /readyz` (readiness: store reachable, adapters connected,
 * not shutting down).
 *
 * Port decision: the Slack adapter's HTTP receiver owns `PORT` when Slack runs over HTTP, so these endpoints are
 * mounted into it as Bolt `customRoutes` (`routes`). When nothing else listens on `PORT` (Socket Mode, Discord
 * only, terminal), `startHealthServer` serves them on `PORT` itself. Liveness never depends on the store, so an
 * orchestrator does not restart every instance while Redis is briefly away; readiness does.
 */
export class HealthEndpoints {
  private shuttingDown = false;

  constructor(
    private readonly checks: ReadinessCheck[],
    private readonly timeoutMs = 2000,
  ) {}

  /** Makes `/readyz` answer 503 so load balancers stop sending work while in-flight work finishes. */
  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  /** For Bolt's `customRoutes` option (HTTPReceiver / ExpressReceiver / SocketModeReceiver). */
  get routes(): { path: string; method: string[]; handler: RouteHandler }[] {
    return [
      { path: '/healthz', method: ['GET', 'HEAD'], handler: (_req, res) => this.live(res) },
      { path: '/readyz', method: ['GET', 'HEAD'], handler: (_req, res) => void this.ready(res) },
    ];
  }

  /** A plain Node request handler; answers 404 for anything but the two endpoints. */
  readonly handle: RouteHandler = (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const isRead = req.method === 'GET' || req.method === 'HEAD';
    if (isRead && path === '/healthz') return this.live(res);
    if (isRead && path === '/readyz') return void this.ready(res);
    send(res, 404, { status: 'not found' });
  };

  /** Runs every check (each bounded by the timeout) and reports them by name. */
  async readiness(): Promise<{ ready: boolean; checks: Record<string, string> }> {
    const results = await Promise.all(this.checks.map((check) => this.run(check)));
    const checks: Record<string, string> = {};
    for (const [i, check] of this.checks.entries()) checks[check.name] = results[i] ?? 'unknown';
    if (this.shuttingDown) checks.shutdown = 'shutting down';
    const ready = !this.shuttingDown && results.every((result) => result === 'ok');
    return { ready, checks };
  }

  private live(res: ServerResponse): void {
    send(res, 200, { status: 'ok' });
  }

  private async ready(res: ServerResponse): Promise<void> {
    const { ready, checks } = await this.readiness();
    send(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', checks });
  }

  private async run(check: ReadinessCheck): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`no answer within ${this.timeoutMs} ms`), this.timeoutMs);
    });
    try {
      const outcome = await Promise.race([Promise.resolve().then(() => check.check()), timeout]);
      return outcome === true ? 'ok' : outcome;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
    }
  }
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** The store answers a read (the probe key need not exist). Error text is the store's, which names no password. */
export function storeReachable(kv: KvStore): ReadinessCheck {
  return {
    name: 'store',
    async check(): Promise<true> {
      await kv.get('health:probe');
      return true;
    },
  };
}

/** The adapter has connected/authenticated with its platform. */
export function adapterConnected(adapter: ChatAdapter): ReadinessCheck {
  return { name: adapter.platform, check: () => adapter.isReady() || 'not connected' };
}

export interface RunningHealthServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Serves the endpoints on their own port (when no Slack HTTP receiver owns `PORT`). */
export async function startHealthServer(
  endpoints: HealthEndpoints,
  options: { port: number; host?: string },
): Promise<RunningHealthServer> {
  const server = createServer(endpoints.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
