import KeyvPostgres from '@keyv/postgres';
import type { RawBackend } from './raw-backend.ts';

type Query = (sql: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;

const CONNECT_TIMEOUT_MS = 5_000;
/** Room for long keys (canonical URLs); the adapter's default is 255. Only applies when the table is created. */
const KEY_SIZE = 1024;

/** @keyv/postgres keeps one process-wide pool per URL and `disconnect` ends it: close it only when the last user goes. */
const openCounts = new Map<string, number>();

/** PostgreSQL through @keyv/postgres; keys namespaced the way Keyv does it (`<namespace>:<key>`). */
export async function postgresBackend(url: string, schema: string, namespace: string): Promise<RawBackend> {
  const adapter = new KeyvPostgres({
    uri: url,
    schema,
    keySize: KEY_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  } as ConstructorParameters<typeof KeyvPostgres>[0]);
  let connectError: unknown;
  adapter.on('error', (error: unknown) => {
    connectError = error;
  });
  openCounts.set(url, (openCounts.get(url) ?? 0) + 1);
  const release = async () => {
    const left = (openCounts.get(url) ?? 1) - 1;
    if (left > 0) openCounts.set(url, left);
    else {
      openCounts.delete(url);
      await adapter.disconnect();
    }
  };
  const query = adapter.query as Query;
  const table = `${schema}.${adapter.opts.table}`;
  const ns = (key: string) => `${namespace}:${key}`;
  try {
    // The adapter swallows connection errors into an 'error' event; a first query brings them back as a rejection.
    await query(`SELECT count(*) FROM ${table}`);
  } catch (error) {
    await release().catch(() => {});
    throw connectError ?? error;
  }
  const addSql = `INSERT INTO ${table} (key, value) VALUES ($1, $2)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE (${table}.value::jsonb ->> 'expires')::double precision < $3
    RETURNING key`;

  return {
    get: (key) => adapter.get(ns(key)) as Promise<string | undefined>,
    getMany: (keys) => adapter.getMany(keys.map(ns)) as Promise<(string | undefined)[]>,
    async set(key, raw) {
      await adapter.set(ns(key), raw);
    },
    delete: (key) => adapter.delete(ns(key)),
    async add(key, raw, nowMs) {
      const rows = await query(addSql, [ns(key), raw, nowMs]);
      return rows.length === 1;
    },
    close: release,
  };
}
