import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/core/fetch/fetch-error.ts';
import { SafeFetcher } from '../../src/core/fetch/safe-fetcher.ts';
import { type FixtureServer, startFixtureServer } from '../feeds/fixture-server.ts';

let server: FixtureServer;
let fetcher: SafeFetcher;

beforeAll(async () => {
  server = await startFixtureServer();
  fetcher = new SafeFetcher({
    allowPrivateNetwork: true,
    userAgent: 'newsbot-test/1',
    timeoutMs: 2000,
    maxBytes: 1024 * 1024,
  });
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('SafeFetcher', () => {
  it('fetches a page, sends the User-Agent and returns validators for the next conditional GET', async () => {
    server.route('/page', {
      headers: { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' },
      body: '<p>héllo</p>',
    });
    const result = await fetcher.fetch(server.url('/page'), { userAgent: 'custom-agent/2' });
    expect(result).toMatchObject({ status: 'ok', text: '<p>héllo</p>', etag: '"v1"', encoding: 'utf-8' });
    expect(server.requests.at(-1)?.headers['user-agent']).toBe('custom-agent/2');
  });

  it('sends If-None-Match / If-Modified-Since and reports 304 as not modified', async () => {
    server.route('/cond', (req) =>
      req.headers['if-none-match'] === '"v1"' ? { status: 304 } : { headers: { etag: '"v1"' }, body: 'x' },
    );
    const result = await fetcher.fetch(server.url('/cond'), {
      etag: '"v1"',
      lastModified: 'Tue, 10 Jun 2025 04:00:00 GMT',
    });
    expect(result.status).toBe('not-modified');
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Tue, 10 Jun 2025 04:00:00 GMT');
  });

  it('reports HTTP errors with the status and a Retry-After delay', async () => {
    server.route('/busy', { status: 429, headers: { 'retry-after': '120' } });
    const error = await failure(fetcher.fetch(server.url('/busy')));
    expect(error.kind).toBe('http-status');
    expect(error.details).toEqual({ httpStatus: 429, retryAfterMs: 120_000 });
    expect(error.message).toBe(`HTTP 429 from ${server.url('/busy')}`);
  });

  it('follows redirects but gives up on a redirect loop', async () => {
    server.route('/moved', { status: 301, headers: { location: '/page' } });
    expect(await fetcher.fetch(server.url('/moved'))).toMatchObject({ status: 'ok', url: server.url('/page') });
    server.route('/loop-a', { status: 302, headers: { location: '/loop-b' } });
    server.route('/loop-b', { status: 302, headers: { location: '/loop-a' } });
    expect((await failure(fetcher.fetch(server.url('/loop-a')))).kind).toBe('too-many-redirects');
  });

  it('times out on a server that never answers', async () => {
    server.route('/hang', { hang: true });
    const error = await failure(fetcher.fetch(server.url('/hang'), { timeoutMs: 150 }));
    expect(error.kind).toBe('timeout');
  });

  it('aborts a body past the size cap, declared or streamed', async () => {
    server.route('/huge', { headers: { 'content-type': 'application/xml' }, streamBytes: 10 * 1024 * 1024 });
    const error = await failure(fetcher.fetch(server.url('/huge'), { maxBytes: 256 * 1024 }));
    expect(error.kind).toBe('too-large');
    server.route('/declared', { headers: { 'content-length': String(5_000_000) }, body: 'x'.repeat(5_000_000) });
    expect((await failure(fetcher.fetch(server.url('/declared')))).kind).toBe('too-large');
  });

  it('decodes the encoding declared in the HTTP header or the XML prolog', async () => {
    const latin = iconv.encode(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Peña Nieto</title></rss>',
      'latin1',
    );
    server.route('/latin-prolog', { headers: { 'content-type': 'application/rss+xml' }, body: latin });
    expect((await fetcher.fetch(server.url('/latin-prolog'))).status === 'ok').toBe(true);
    const fromProlog = await fetcher.fetch(server.url('/latin-prolog'));
    expect(fromProlog.status === 'ok' && fromProlog.text).toContain('Peña Nieto');
    const cp = iconv.encode('<p>“Ya basta”, dijo</p>', 'windows-1252');
    server.route('/cp1252', { headers: { 'content-type': 'text/html; charset=windows-1252' }, body: cp });
    const fromHeader = await fetcher.fetch(server.url('/cp1252'));
    expect(fromHeader.status === 'ok' && fromHeader.text).toBe('<p>“Ya basta”, dijo</p>');
  });

  it('refuses bytes that are not valid in the encoding they claim, and unknown encodings', async () => {
    server.route('/wrong', {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
      body: iconv.encode('<a>ñé</a>', 'latin1'),
    });
    const wrong = await failure(fetcher.fetch(server.url('/wrong')));
    expect(wrong.kind).toBe('bad-encoding');
    expect(wrong.message).toContain('not valid UTF-8');
    server.route('/klingon', { headers: { 'content-type': 'text/xml; charset=x-klingon' }, body: 'abc' });
    expect((await failure(fetcher.fetch(server.url('/klingon')))).message).toContain(
      'unknown character encoding “x-klingon”',
    );
  });
});

describe('SSRF protection', () => {
  let strict: SafeFetcher;
  let onlyOwnServer: SafeFetcher;
  beforeAll(() => {
    strict = new SafeFetcher({ allowPrivateNetwork: false, userAgent: 'newsbot-test/1', timeoutMs: 2000 });
    onlyOwnServer = new SafeFetcher({
      allowPrivateNetwork: false,
      addressPolicy: (address) => address === '127.0.0.1',
      userAgent: 'newsbot-test/1',
      timeoutMs: 2000,
    });
  });
  afterAll(async () => {
    await strict.close();
    await onlyOwnServer.close();
  });

  it.each([
    ['loopback', () => server.url('/page')],
    ['cloud metadata', () => 'http://169.254.169.254/latest/meta-data/'],
    ['private range', () => 'http://10.0.0.1/feed'],
    ['IPv6 loopback', () => 'http://[::1]/feed'],
    ['IPv4-mapped IPv6', () => 'http://[::ffff:127.0.0.1]/'],
    ['integer host', () => 'http://2130706433/'],
    ['unique-local IPv6', () => 'http://[fd00::1]/'],
  ])('refuses a %s address without connecting', async (_name, target) => {
    const before = server.requests.length;
    const error = await failure(strict.fetch(target()));
    expect(error.kind).toBe('blocked-address');
    expect(server.requests.length).toBe(before);
  });

  it('refuses a host name that resolves to a private address, checked at connect time', async () => {
    const before = server.requests.length;
    const port = new URL(server.origin).port;
    const error = await failure(strict.fetch(`http://localhost:${port}/page`));
    expect(error.kind).toBe('blocked-address');
    expect(error.message).toContain('localhost resolves to');
    expect(server.requests.length).toBe(before);
  });

  it('refuses a redirect to the metadata address or to loopback', async () => {
    server.route('/to-metadata', { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    expect((await failure(onlyOwnServer.fetch(server.url('/to-metadata')))).kind).toBe('blocked-address');
    server.route('/to-v6-loopback', { status: 307, headers: { location: 'http://[::1]:80/admin' } });
    expect((await failure(onlyOwnServer.fetch(server.url('/to-v6-loopback')))).kind).toBe('blocked-address');
    server.route('/to-hex-metadata', { status: 301, headers: { location: 'http://0xA9FEA9FE/' } });
    expect((await failure(onlyOwnServer.fetch(server.url('/to-hex-metadata')))).kind).toBe('blocked-address');
  });

  it('refuses schemes other than http and https, also on redirect', async () => {
    expect((await failure(strict.fetch('file:///etc/passwd'))).kind).toBe('bad-url');
    expect((await failure(strict.fetch('gopher://example.com/'))).kind).toBe('bad-url');
    server.route('/to-file', { status: 302, headers: { location: 'file:///etc/passwd' } });
    expect((await failure(onlyOwnServer.fetch(server.url('/to-file')))).kind).toBe('bad-url');
  });
});
