import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/core/store/open-store.ts';
import { parseStoreUrl } from '../../src/core/store/parse-store-url.ts';
import { redactUrl } from '../../src/core/store/redact-url.ts';
import { StoreError } from '../../src/core/store/store-error.ts';
import { UserFacingError } from '../../src/core/user-facing-error.ts';

/** A loopback port nothing listens on: bind one, then release it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function openError(url: string): Promise<StoreError> {
  const error = await openStore(url).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect(error).toBeInstanceOf(UserFacingError);
  return error as StoreError;
}

describe('opening a store from a bad URL', () => {
  it.each([
    ['no scheme', 'data/newsbot.sqlite', /store URL data\/newsbot\.sqlite is not valid: expected sqlite:\/\/path/],
    ['unknown scheme', 'mysql://db/news', /store URL mysql:\/\/db\/news is not valid: unknown scheme “mysql:\/\/”/],
    ['empty sqlite path', 'sqlite://', /no file path after sqlite:\/\//],
    ['redis without host', 'redis://', /store URL redis:\/\/ is not valid/],
    ['bad postgres schema', 'postgres://u@h/db?schema=Robert;drop', /schema “Robert;drop” must be lower-case/],
  ])('%s: one line naming the URL', async (_label, url, message) => {
    const error = await openError(url);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('names an unreachable Redis and why', async () => {
    const port = await closedPort();
    const error = await openError(`redis://:hunter2@127.0.0.1:${port}`);
    expect(error.message).toBe(
      `cannot open store redis://:***@127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`,
    );
  });

  it('names an unreachable Postgres with its password hidden', async () => {
    const port = await closedPort();
    const error = await openError(`postgres://newsbot:s3cret@127.0.0.1:${port}/news`);
    expect(error.message).toMatch(
      new RegExp(`^cannot open store postgres://newsbot:\\*\\*\\*@127\\.0\\.0\\.1:${port}/news: .*ECONNREFUSED`),
    );
    expect(error.message).not.toContain('s3cret');
  });

  it('names a SQLite path it cannot create', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-store-'));
    writeFileSync(path.join(dir, 'a-file'), 'not a folder');
    const url = `sqlite://${dir}/a-file/data.sqlite`;
    const error = await openError(url);
    expect(error.message.startsWith(`cannot open store ${url}: E`)).toBe(true);
    expect(error.message).toContain(`mkdir '${dir}/a-file'`);
    rmSync(dir, { recursive: true });
  });
});

describe('store URL helpers', () => {
  it('hides passwords even in URLs that do not parse', () => {
    expect(redactUrl('postgres://a:b@host/db')).toBe('postgres://a:***@host/db');
    expect(redactUrl('redis://user:p@ss word@host')).not.toContain('ss word');
    expect(redactUrl('memory://')).toBe('memory://');
  });

  it('resolves sqlite paths against the working directory and keeps the postgres schema out of the connection URL', () => {
    expect(parseStoreUrl('sqlite://./data/newsbot.sqlite', '/srv/bot')).toEqual({
      kind: 'sqlite',
      file: '/srv/bot/data/newsbot.sqlite',
    });
    expect(parseStoreUrl('sqlite:///var/lib/n.sqlite', '/srv')).toEqual({ kind: 'sqlite', file: '/var/lib/n.sqlite' });
    expect(parseStoreUrl('postgresql://u@h:5432/db?schema=team_a&sslmode=disable')).toEqual({
      kind: 'postgres',
      url: 'postgresql://u@h:5432/db?sslmode=disable',
      schema: 'team_a',
    });
  });
});
