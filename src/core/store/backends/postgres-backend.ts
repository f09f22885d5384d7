import KeyvPostgres from '@keyv/postgres';
import pg from 'pg';
import { keyvSqlBackend } from './keyv-sql-backend.ts';
import type { RawBackend } from './raw-backend.ts';

type Query = (sql: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;

const CONNECT_TIMEOUT_MS = 5_000;
/** Room for long keys; the adapter's default is 255. Only applies when the table is created. */
const KEY_SIZE = 1024;

/**
 * @keyv/postgres with a pool of its own. The stock adapter keeps one process-wide pool per URL (closing one store
 * closes every other) and leaves the pool's 'error' event unhandled, so a Postgres restart that drops idle
 * connections would crash the process. Here each store owns its pool and ignores those idle-connection errors: the
 * pool replaces dropped connections by itself, and a query that fails still rejects with its own error.
 */
class OwnPoolKeyvPostgres extends KeyvPostgres {
  // `declare`: the base constructor calls connect(), which sets this before a field initializer could reset it.
  declare private pool: pg.Pool | undefined;

  override async connect(): Promise<(sql: string, values?: unknown[]) => Promise<Record<string, unknown>[]>> {
    this.pool ??= new pg.Pool({ connectionString: this.opts.uri, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    this.pool.on('error', () => {});
    const pool = this.pool;
    return async (sql, values) => (await pool.query(sql, values)).rows;
  }

  override async disconnect(): Promise<void> {
    await this.pool?.end();
  }
}

/** PostgreSQL through @keyv/postgres; keys namespaced the way Keyv does it (`<namespace>:<key>`). */
export async function postgresBackend(url: string, schema: string, namespace: string): Promise<RawBackend> {
  const adapter = new OwnPoolKeyvPostgres({ uri: url, schema, keySize: KEY_SIZE });
  let connectError: unknown;
  adapter.on('error', (error: unknown) => {
    connectError = error;
  });
  const query = adapter.query as Query;
  const table = `${schema}.${adapter.opts.table}`;
  try {
    // The adapter swallows connection errors into an 'error' event; a first query brings them back as a rejection.
    await query(`SELECT count(*) FROM ${table}`);
  } catch (error) {
    await adapter.disconnect().catch(() => {});
    throw connectError ?? error;
  }
  const addSql = `INSERT INTO ${table} (key, value) VALUES ($1, $2)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE (${table}.value::jsonb ->> 'expires')::double precision < $3
    RETURNING key`;

  return keyvSqlBackend(adapter, namespace, (key, raw, nowMs) => query(addSql, [key, raw, nowMs]));
}
