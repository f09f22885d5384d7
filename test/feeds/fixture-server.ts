import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers; `hang` never answers (for timeouts), `body` may be bytes for encoding tests. */
export interface FixtureResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  hang?: boolean;
  /** Streams this many bytes of filler instead of `body` (size-cap tests without holding a big fixture). */
  streamBytes?: number;
}

export type FixtureRoute = FixtureResponse | ((request: http.IncomingMessage) => FixtureResponse);

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

/** A real HTTP server on 127.0.0.1, port 0, serving feed and page fixtures: the far side of every fetch test. */
export interface FixtureServer {
  origin: string;
  url(path: string): string;
  route(path: string, response: FixtureRoute): void;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, FixtureRoute>();
  const requests: RecordedRequest[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const route = routes.get(path) ?? routes.get(path.split('?')[0] ?? path);
    const answer = typeof route === 'function' ? route(request) : (route ?? { status: 404, body: 'not found' });
    if (answer.hang) {
      hanging.add(response);
      return;
    }
    response.writeHead(answer.status ?? 200, answer.headers);
    if (answer.streamBytes !== undefined) {
      streamFiller(response, answer.streamBytes);
      return;
    }
    response.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, response) => routes.set(path, response),
    requests,
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function streamFiller(response: http.ServerResponse, total: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const write = () => {
    while (sent < total) {
      const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
      sent += piece.length;
      if (!response.write(piece)) return void response.once('drain', write);
    }
    response.end();
  };
  response.on('error', () => {});
  write();
}
