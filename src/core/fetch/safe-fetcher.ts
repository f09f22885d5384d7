import { isIP } from 'node:net';
import { Agent, fetch, type Response } from 'undici';
import { decodeText, EncodingError } from './decode-text.ts';
import { FetchError } from './fetch-error.ts';
import { BlockedAddressError, guardedLookup } from './guarded-lookup.ts';
import { isPublicAddress } from './public-address.ts';
import { parseRetryAfter } from './retry-after.ts';

export interface SafeFetcherOptions {
  /** Let requests reach loopback/private addresses (tests, intranet feeds). Off by default. */
  allowPrivateNetwork: boolean;
  /**
   * Which resolved addresses may be connected to; overrides `allowPrivateNetwork`. Tests use it to allow only their
   * own 127.0.0.1 server and prove that everything else, including redirect targets, is still refused.
   */
  addressPolicy?: (address: string) => boolean;
  userAgent: string;
  /** Whole request, headers and body, in milliseconds. */
  timeoutMs?: number;
  /** Largest body accepted (after decompression); longer bodies are aborted mid-stream. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Wall clock used to turn an HTTP-date Retry-After into a delay. */
  now?: () => number;
}

export interface FetchRequest {
  /** Overrides the fetcher's User-Agent (per source). */
  userAgent?: string;
  accept?: string;
  /** Conditional GET validators from the previous response. */
  etag?: string | null;
  lastModified?: string | null;
  maxBytes?: number;
  timeoutMs?: number;
}

export type FetchResult =
  | {
      status: 'ok';
      /** The URL after redirects. */
      url: string;
      httpStatus: number;
      contentType: string | null;
      text: string;
      encoding: string;
      byteLength: number;
      etag: string | null;
      lastModified: string | null;
    }
  | { status: 'not-modified'; url: string };

const DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function parseHttpUrl(raw: string, from?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, from);
  } catch {
    throw new FetchError('bad-url', `not a valid URL: ${raw.slice(0, 200)}`, raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad-url', `only http and https URLs can be fetched, not ${url.protocol}`, raw);
  }
  if (url.username || url.password) throw new FetchError('bad-url', 'URLs with credentials are refused', url.origin);
  return url;
}

/** Literal IPs never go through DNS, so the lookup guard cannot see them: check them here. */
function refuseLiteralPrivateHost(url: URL, isAllowedAddress: (address: string) => boolean): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !isAllowedAddress(host)) {
    throw new FetchError('blocked-address', `refused ${url.href}: ${host} is a private or local address`, url.href);
  }
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && chain.length < 5) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function toFetchError(error: unknown, url: string, timedOut: boolean): FetchError {
  if (error instanceof FetchError) return error;
  const chain = causeChain(error);
  const blocked = chain.find((e) => e instanceof BlockedAddressError);
  if (blocked instanceof BlockedAddressError)
    return new FetchError('blocked-address', `refused ${url}: ${blocked.message}`, url);
  if (timedOut) return new FetchError('timeout', `timed out fetching ${url}`, url);
  const code = chain.map((e) => (e as { code?: string }).code).find(Boolean);
  const message =
    chain
      .map((e) => (e as Error).message)
      .filter(Boolean)
      .pop() ?? 'network error';
  return new FetchError('network', `could not fetch ${url}: ${code ?? message}`, url);
}

/**
 * Fetches http(s) resources for feeds and article pages without letting a user-supplied URL reach the bot's own
 * network: private addresses are refused after DNS resolution and on every redirect, with the checked address pinned to
 * the connection. Bodies are streamed and cut off at a size cap, every request has a deadline, and text is decoded
 * from the declared encoding.
 */
export class SafeFetcher {
  private readonly agent: Agent;
  private readonly settings: typeof DEFAULTS & SafeFetcherOptions & { now: () => number };
  private readonly isAllowedAddress: (address: string) => boolean;

  constructor(options: SafeFetcherOptions) {
    this.settings = { ...DEFAULTS, now: Date.now, ...options };
    this.isAllowedAddress = options.addressPolicy ?? (options.allowPrivateNetwork ? () => true : isPublicAddress);
    this.agent = new Agent({
      connect: { lookup: guardedLookup(this.isAllowedAddress) },
      connections: 8,
    });
  }

  /** GET `rawUrl`, following redirects itself so each hop is checked. Throws `FetchError`. */
  async fetch(rawUrl: string, request: FetchRequest = {}): Promise<FetchResult> {
    const timeoutMs = request.timeoutMs ?? this.settings.timeoutMs;
    const maxBytes = request.maxBytes ?? this.settings.maxBytes;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    let url = parseHttpUrl(rawUrl);
    try {
      for (let hop = 0; ; hop++) {
        refuseLiteralPrivateHost(url, this.isAllowedAddress);
        const response = await fetch(url, {
          dispatcher: this.agent,
          redirect: 'manual',
          signal: controller.signal,
          headers: this.headersFor(request, hop === 0),
        });
        if (REDIRECT_STATUSES.has(response.status)) {
          await response.body?.cancel();
          const location = response.headers.get('location');
          if (!location)
            throw new FetchError(
              'http-status',
              `HTTP ${response.status} without a Location from ${url.href}`,
              url.href,
            );
          if (hop >= this.settings.maxRedirects) {
            throw new FetchError(
              'too-many-redirects',
              `more than ${this.settings.maxRedirects} redirects from ${rawUrl}`,
              rawUrl,
            );
          }
          url = parseHttpUrl(location, url.href);
          continue;
        }
        if (response.status === 304) {
          await response.body?.cancel();
          return { status: 'not-modified', url: url.href };
        }
        if (response.status < 200 || response.status > 299) {
          await response.body?.cancel();
          const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.settings.now());
          throw new FetchError('http-status', `HTTP ${response.status} from ${url.href}`, url.href, {
            httpStatus: response.status,
            ...(retryAfterMs === null ? {} : { retryAfterMs }),
          });
        }
        const bytes = await readCapped(response, maxBytes, url.href);
        const contentType = response.headers.get('content-type');
        const decoded = decodeOrThrow(bytes, contentType, url.href);
        return {
          status: 'ok',
          url: url.href,
          httpStatus: response.status,
          contentType,
          text: decoded.text,
          encoding: decoded.encoding,
          byteLength: bytes.byteLength,
          etag: response.headers.get('etag'),
          lastModified: response.headers.get('last-modified'),
        };
      }
    } catch (error) {
      throw toFetchError(error, url.href, timedOut);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private headersFor(request: FetchRequest, firstHop: boolean): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': request.userAgent ?? this.settings.userAgent,
      accept: request.accept ?? '*/*',
    };
    // Validators belong to the URL they came from; after a redirect they would be meaningless.
    if (firstHop && request.etag) headers['if-none-match'] = request.etag;
    if (firstHop && request.lastModified) headers['if-modified-since'] = request.lastModified;
    return headers;
  }
}

function decodeOrThrow(bytes: Uint8Array, contentType: string | null, url: string) {
  try {
    return decodeText(bytes, contentType);
  } catch (error) {
    if (error instanceof EncodingError) throw new FetchError('bad-encoding', `${url}: ${error.message}`, url);
    throw error;
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = () => new FetchError('too-large', `${url} is larger than ${maxBytes} bytes`, url);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
