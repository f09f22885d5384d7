import type { RawBackend } from './raw-backend.ts';

/** The part of @keyv/sqlite and @keyv/postgres that the backends use. */
export interface KeyvSqlAdapter {
  get(key: string): Promise<unknown>;
  getMany(keys: string[]): Promise<unknown[]>;
  set(key: string, value: string): Promise<unknown>;
  delete(key: string): Promise<boolean>;
  disconnect(): Promise<void>;
}

/**
 * A `RawBackend` over a Keyv SQL adapter: keys namespaced the way Keyv does it (`<namespace>:<key>`), and `add` through
 * the backend's own upsert, which returns the inserted row only when the key was absent or expired.
 */
export function keyvSqlBackend(
  adapter: KeyvSqlAdapter,
  namespace: string,
  upsertIfAbsent: (key: string, raw: string, nowMs: number) => Promise<unknown[]>,
): RawBackend {
  const ns = (key: string) => `${namespace}:${key}`;
  return {
    get: (key) => adapter.get(ns(key)) as Promise<string | undefined>,
    getMany: (keys) => adapter.getMany(keys.map(ns)) as Promise<(string | undefined)[]>,
    async set(key, raw) {
      await adapter.set(ns(key), raw);
    },
    delete: (key) => adapter.delete(ns(key)),
    async add(key, raw, nowMs) {
      return (await upsertIfAbsent(ns(key), raw, nowMs)).length === 1;
    },
    close: () => adapter.disconnect(),
  };
}
