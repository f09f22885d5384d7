import { App } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatAdapter } from '../../src/adapters/shared/chat-adapter.ts';
import {
  adapterConnected,
  HealthEndpoints,
  type RunningHealthServer,
  startHealthServer,
  storeReachable,
} from '../../src/app/http-health.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { redisServerAvailable, startThrowawayRedis } from '../faults/throwaway-redis.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real adapter object is not needed for readiness: only its platform and connected flag are read. */
function adapterWith(connected: { value: boolean }): ChatAdapter {
  return {
    platform: 'slack',
    isReady: () => connected.value,
    start: async () => undefined,
    stop: async () => undefined,
    post: async () => undefined,
  };
}

async function serve(endpoints: HealthEndpoints): Promise<RunningHealthServer> {
  const running = await startHealthServer(endpoints, { port: 0, host: '127.0.0.1' });
  cleanups.push(() => running.close());
  return running;
}

async function get(port: number, path: string) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('health endpoints on their own port', () => {
  it('/healthz is live, /readyz reports the store and each adapter by name', async () => {
    const kv = await openStore('memory://');
    cleanups.push(() => kv.close());
    const connected = { value: false };
    const { port } = await serve(new HealthEndpoints([storeReachable(kv), adapterConnected(adapterWith(connected))]));

    expect(await get(port, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get(port, '/readyz')).toEqual({
      status: 503,
      body: { status: 'unavailable', checks: { store: 'ok', slack: 'not connected' } },
    });
    connected.value = true;
    expect(await get(port, '/readyz')).toEqual({
      status: 200,
      body: { status: 'ready', checks: { store: 'ok', slack: 'ok' } },
    });
    expect((await get(port, '/nope')).status).toBe(404);
  });

  it('/readyz turns 503 once shutdown starts, /healthz stays 200', async () => {
    const endpoints = new HealthEndpoints([]);
    const { port } = await serve(endpoints);
    expect((await get(port, '/readyz')).status).toBe(200);
    endpoints.markShuttingDown();
    expect(await get(port, '/readyz')).toEqual({
      status: 503,
      body: { status: 'unavailable', checks: { shutdown: 'shutting down' } },
    });
    expect((await get(port, '/healthz')).status).toBe(200);
  });

  it('a check that hangs is reported as not answering, within the timeout', async () => {
    const endpoints = new HealthEndpoints([{ name: 'store', check: () => new Promise(() => undefined) }], 100);
    const { port } = await serve(endpoints);
    expect(await get(port, '/readyz')).toEqual({
      status: 503,
      body: { status: 'unavailable', checks: { store: 'no answer within 100 ms' } },
    });
  });

  it('a port already taken fails with the listen error', async () => {
    const first = await serve(new HealthEndpoints([]));
    await expect(startHealthServer(new HealthEndpoints([]), { port: first.port, host: '127.0.0.1' })).rejects.toThrow(
      /EADDRINUSE/,
    );
  });
});

describe.skipIf(!redisServerAvailable())('readiness follows a Redis store going away and coming back', () => {
  it('503 naming the store while Redis is down, 200 again after it restarts', async () => {
    const redis = await startThrowawayRedis();
    cleanups.push(() => redis.dispose());
    const kv = await openStore(redis.url, { namespace: 'health-test' });
    cleanups.push(() => kv.close().catch(() => undefined));
    const { port } = await serve(new HealthEndpoints([storeReachable(kv)], 1500));

    expect((await get(port, '/readyz')).status).toBe(200);
    await redis.stop();
    const down = await get(port, '/readyz');
    expect(down.status).toBe(503);
    expect((down.body.checks as Record<string, string>).store).not.toBe('ok');
    await redis.start();
    let status = 0;
    for (let attempt = 0; attempt < 40 && status !== 200; attempt++) {
      status = (await get(port, '/readyz')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
  });
});

describe('mounted into the Slack adapter’s HTTP receiver on the same port', () => {
  it('real Bolt serves /healthz and /readyz beside /slack/events', async () => {
    const endpoints = new HealthEndpoints([]);
    const app = new App({
      token: 'xoxb-test',
      signingSecret: 'test-signing-secret',
      tokenVerificationEnabled: false,
      customRoutes: endpoints.routes,
    });
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as import('node:http').Server;
    cleanups.push(() => app.stop());
    const { port } = server.address() as { port: number };
    expect(await get(port, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect((await get(port, '/readyz')).status).toBe(200);
    const unsigned = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '{}' });
    expect(unsigned.status).toBe(401); // Bolt still guards its own route
  });
});
