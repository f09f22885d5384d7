import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/newsbot.js');
const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function newsbot(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, NEWSBOT_STORE: '', NEWSBOT_INDEX_PATH: '', NEWSBOT_ALLOW_PRIVATE_NETWORK: '1' };
  return new Promise((resolve) => {
    execFile('node', [BIN, ...args], { env, cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

it('`newsbot ingest` takes files and URLs, reports each rejected input and one summary line; re-ingesting adds nothing', async () => {
  const empty = path.join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const page = readFileSync(path.resolve(import.meta.dirname, '../fixtures/ingest/wire-story.html'));
  const server = http.createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end(page),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/world/sheinbaum`;
  try {
    const store = 'sqlite://./data/newsbot.sqlite';
    const first = await newsbot(['--store', store, 'ingest', SEEDS, empty, url]);
    const lines = first.stdout.trim().split('\n');
    expect(lines[0]).toBe(`rejected ${empty}: file is empty`);
    expect(lines[1]).toMatch(
      new RegExp(`^added “Sheinbaum rules out US troops in Mexico” \\([0-9a-f]{16}\\) from ${url}$`),
    );
    expect(lines.slice(2)).toEqual(['6 added, 0 duplicate, 1 rejected']);
    expect(first.code).toBe(1);
    const again = await newsbot(['--store', store, 'ingest', SEEDS]);
    expect(again).toMatchObject({ code: 0, stdout: '0 added, 5 duplicate, 0 rejected\n' });
  } finally {
    server.close();
  }
}, 60_000);

it('`newsbot ingest` on an unreachable store prints one line naming it, password hidden', async () => {
  const result = await newsbot(['--store', 'postgres://newsbot:hunter2@127.0.0.1:1/news', 'ingest', SEEDS]);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(
    /^newsbot: cannot open store postgres:\/\/newsbot:\*\*\*@127\.0\.0\.1:1\/news: .*ECONNREFUSED.*\n$/,
  );
  expect(result.stdout).toBe('');
}, 60_000);
