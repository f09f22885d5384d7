import { mkdirSync } from 'node:fs';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { keyvSqlBackend } from './keyv-sql-backend.ts';
import type { RawBackend } from './raw-backend.ts';

type Query = (sql: string, ...params: unknown[]) => Promise<Record<string, unknown>[]>;

/** How long a writer waits for another process holding the file's write lock before failing. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * SQLite through @keyv/sqlite. WAL with synchronous=NORMAL (performance-notes.md: ~9× faster writes than the defaults,
 * and still durable against a killed process). Keys are namespaced the way Keyv does it: `<namespace>:<key>`.
 */
export async function sqliteBackend(file: string, namespace: string): Promise<RawBackend> {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: BUSY_TIMEOUT_MS });
  // Failures also reach us as rejected queries; the listener only keeps an unhandled 'error' event from crashing.
  adapter.on('error', () => {});
  const query = adapter.query as Query;
  const table = adapter.opts.table as string;
  // Reading the schema fails at once on a file that is not an SQLite database, before anything could overwrite it.
  await query('SELECT count(*) AS n FROM sqlite_master');
  await query('PRAGMA journal_mode=WAL');
  await query('PRAGMA synchronous=NORMAL');
  const addSql = `INSERT INTO ${table} (key, value) VALUES (?, ?)
    ON CONFLICT(key) DO UPDATE SET value = excluded.value
    WHERE json_extract(${table}.value, '$.expires') < ?
    RETURNING key`;

  return keyvSqlBackend(adapter, namespace, (key, raw, nowMs) => query(addSql, key, raw, nowMs));
}
