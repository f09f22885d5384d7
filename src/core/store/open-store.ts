import { type Clock, systemClock } from '../ports.ts';
import { memoryBackend } from './backends/memory-backend.ts';
import { postgresBackend } from './backends/postgres-backend.ts';
import type { RawBackend } from './backends/raw-backend.ts';
import { redisBackend } from './backends/redis-backend.ts';
import { sqliteBackend } from './backends/sqlite-backend.ts';
import { KeyvBackedStore } from './keyv-backed-store.ts';
import type { KvStore } from './kv-store.ts';
import { parseStoreUrl, type StoreLocation } from './parse-store-url.ts';
import { redactUrl } from './redact-url.ts';
import { reasonOf, StoreError } from './store-error.ts';

export interface OpenStoreOptions {
  clock?: Clock;
  /** Keyv namespace every key is stored under; lets tests and tenants share one Redis or table. */
  namespace?: string;
  /** Base for relative sqlite paths (default: the working directory). */
  cwd?: string;
}

const DEFAULT_NAMESPACE = 'newsbot';

function backendFor(location: StoreLocation, namespace: string): Promise<RawBackend> {
  switch (location.kind) {
    case 'memory':
      return Promise.resolve(memoryBackend());
    case 'sqlite':
      return sqliteBackend(location.file, namespace);
    case 'redis':
      return redisBackend(location.url, namespace);
    case 'postgres':
      return postgresBackend(location.url, location.schema, namespace);
  }
}

function openFailure(location: StoreLocation, displayUrl: string, error: unknown): StoreError {
  const reason = reasonOf(error);
  if (location.kind === 'sqlite' && /SQLITE_(NOTADB|CORRUPT)/.test(reason)) {
    return new StoreError(
      `store ${displayUrl} is not a readable SQLite database (${reason}); newsbot will not reset it: restore a backup or move it away`,
      displayUrl,
      error,
    );
  }
  return new StoreError(`cannot open store ${displayUrl}: ${reason}`, displayUrl, error);
}

/**
 * Opens the store a URL names: `sqlite://path` (the app's default, set in src/config.ts, is
 * `sqlite://./data/newsbot.sqlite`), `redis://…`, `postgres://…[?schema=name]`, `memory://`. A malformed or unreachable
 * URL or a damaged SQLite file rejects with one `StoreError` line naming the URL (password hidden).
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<KvStore> {
  const displayUrl = redactUrl(url);
  const location = parseStoreUrl(url, options.cwd);
  let backend: RawBackend;
  try {
    backend = await backendFor(location, options.namespace ?? DEFAULT_NAMESPACE);
  } catch (error) {
    throw openFailure(location, displayUrl, error);
  }
  return new KeyvBackedStore(location.kind, displayUrl, backend, options.clock ?? systemClock);
}
