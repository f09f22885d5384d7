import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyFailure } from '../../src/adapters/shared/retry-policy.ts';

// The far side answers each path the way Slack's Web API and Discord's REST API answer trouble, so the errors the
// real client libraries throw are the ones the retry policy has to read.
const ANSWERS: Record<string, { status: number; headers?: Record<string, string>; body: object }> = {
  '/api/rate.postMessage': { status: 429, headers: { 'retry-after': '2' }, body: { ok: false, error: 'ratelimited' } },
  '/api/down.postMessage': { status: 503, body: { ok: false } },
  '/api/refused.postMessage': { status: 200, body: { ok: false, error: 'not_in_channel' } },
  '/api/v10/channels/429/messages': {
    status: 429,
    headers: { 'retry-after': '2' },
    body: { message: 'You are being rate limited.', retry_after: 1.5, global: false },
  },
  '/api/v10/channels/500/messages': { status: 500, body: { message: '500: Internal Server Error', code: 0 } },
  '/api/v10/channels/403/messages': { status: 403, body: { message: 'Missing Access', code: 50001 } },
};

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    const answer = ANSWERS[(req.url ?? '').split('?')[0] ?? ''] ?? { status: 404, body: {} };
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function slackError(method: string, apiUrl = `${base}/api/`) {
  const client = new webApi.WebClient('xoxb-test', {
    slackApiUrl: apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logLevel: webApi.LogLevel.ERROR,
  });
  return client.apiCall(method, { channel: 'C1', text: 'hi' }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

async function discordError(channel: string) {
  const rest = new REST({ api: `${base}/api`, retries: 0, rejectOnRateLimit: () => true }).setToken('test-token');
  return rest.post(`/channels/${channel}/messages`, { body: { content: 'hi' } }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('reading real Slack Web API client errors', () => {
  it('429 → wait what Retry-After says', async () => {
    expect(classifyFailure(await slackError('rate.postMessage'))).toEqual({ kind: 'rate-limited', waitMs: 2000 });
  });
  it('5xx → transient', async () => {
    expect(classifyFailure(await slackError('down.postMessage'))).toEqual({ kind: 'transient' });
  });
  it('ok:false (not_in_channel) → permanent, never retried', async () => {
    expect(classifyFailure(await slackError('refused.postMessage'))).toEqual({ kind: 'permanent' });
  });
  it('connection refused → transient', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect(classifyFailure(await slackError('chat.postMessage', `http://127.0.0.1:${port}/api/`))).toEqual({
      kind: 'transient',
    });
  });
});

describe('reading real @discordjs/rest errors', () => {
  it('429 → wait what Discord asked', async () => {
    const failure = classifyFailure(await discordError('429'));
    expect(failure.kind).toBe('rate-limited');
    expect(failure.kind === 'rate-limited' && failure.waitMs).toBeGreaterThanOrEqual(1000);
  });
  it('500 → transient', async () => {
    expect(classifyFailure(await discordError('500'))).toEqual({ kind: 'transient' });
  });
  it('403 Missing Access → permanent', async () => {
    expect(classifyFailure(await discordError('403'))).toEqual({ kind: 'permanent' });
  });
});
