import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createShutdown } from '../../src/app/shutdown.ts';
import { silentLogger } from '../../src/core/ports.ts';

const child = fileURLToPath(new URL('./fixtures/sigterm-child.ts', import.meta.url));
const busyExitChild = fileURLToPath(new URL('./fixtures/busy-exit-child.ts', import.meta.url));
const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A local "chat platform" that records each post and answers slowly, so posts are in flight at SIGTERM. */
async function slowPlatform(onFirstPost: () => void) {
  const received: string[] = [];
  const server = createServer((req, res) => {
    received.push(req.url ?? '');
    if (received.length === 1) onFirstPost();
    setTimeout(() => res.end('{"ok":true}'), 100);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

function runChild(url: string, posts: number, env: Record<string, string> = {}) {
  return runScript([child, url, String(posts)], env);
}

function runScript(args: string[], env: Record<string, string> = {}) {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  proc.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  // 'close', not 'exit': the child's last log lines may still be in the pipe when it exits.
  const exited = new Promise<number | null>((resolve) => proc.once('close', (code) => resolve(code)));
  return {
    proc,
    exited,
    logs: () =>
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}

describe('SIGTERM: graceful shutdown of a running process', () => {
  it('finishes every queued post exactly once, then exits 0', async () => {
    let sigterm = () => undefined as unknown;
    const platform = await slowPlatform(() => sigterm());
    const run = runChild(platform.url, 5);
    sigterm = () => run.proc.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(platform.received.map((url) => url.replace('/post?n=', '')).sort()).toEqual(['0', '1', '2', '3', '4']);
    const messages = run.logs().map((entry) => entry.msg);
    expect(messages).toContain('shutting down: finishing in-flight work');
    expect(messages.at(-1)).toBe('shutdown complete');
  });

  it('the lines that explain the exit arrive whole and in order, even with the thread pool busy', async () => {
    const run = runScript([busyExitChild]);
    expect(await run.exited).toBe(0);
    expect(run.logs().map((entry) => [entry.msg, entry.step])).toEqual([
      ['shutting down: finishing in-flight work', undefined],
      ['shutdown step done', 'services'],
      ['shutdown step done', 'adapters'],
      ['shutdown complete', undefined],
    ]);
  });

  it('a step that hangs cannot keep the process alive past the timeout: exit 1', async () => {
    let sigterm = () => undefined as unknown;
    const platform = await slowPlatform(() => sigterm());
    const run = runChild(platform.url, 1, { HANG_STEP: '1', SHUTDOWN_TIMEOUT_MS: '300' });
    sigterm = () => run.proc.kill('SIGTERM');
    expect(await run.exited).toBe(1);
    expect(run.logs().map((entry) => entry.msg)).toContain('shutdown took too long, exiting anyway');
  });
});

describe('shutdown steps', () => {
  it('run in order once, keep going after a failing step, and report failure in the exit code', async () => {
    const order: string[] = [];
    const exits: number[] = [];
    const shutdown = createShutdown({
      logger: silentLogger,
      exit: (code) => exits.push(code),
      steps: [
        { name: 'services', run: () => void order.push('services') },
        {
          name: 'adapters',
          run: () => {
            order.push('adapters');
            throw new Error('socket already closed');
          },
        },
        { name: 'store', run: async () => void order.push('store') },
      ],
    });
    const [first, second] = await Promise.all([shutdown.run('SIGTERM'), shutdown.run('SIGINT')]);
    expect(order).toEqual(['services', 'adapters', 'store']);
    expect([first, second, exits]).toEqual([1, 1, [1]]);
  });
});
