import { mkdirSync } from 'node:fs';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { keyvSqlBackend } from './keyv-sql-backend.ts';
import type { RawBackend } from './raw-backend.ts';

type Query = (sql: string, ...params: unknown[]) => Promise<Record<string, unknown>[]>;

/** How long a writer waits for another process holding the file's write lock before failing. */
const BUSY_TIMEOUT_MS = 10_000;

const OPEN_ATTEMPTS = 40;

/**
 * Two processes opening one new file at once can get SQLITE_BUSY from schema creation or the switch to WAL without
 * SQLite's busy handler ever waiting (it reports a would-be deadlock instead), so opening retries briefly itself.
 */
async function retryWhileBusy<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= OPEN_ATTEMPTS || !String((error as Error)?.message ?? error).includes('SQLITE_BUSY')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt));
    }
  }
}

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
  await retryWhileBusy(() => query('SELECT count(*) AS n FROM sqlite_master'));
  await retryWhileBusy(() => query('PRAGMA journal_mode=WAL'));
  await query('PRAGMA synchronous=NORMAL');
  const addSql = `INSERT INTO ${table} (key, value) VALUES (?, ?)
    ON CONFLICT(key) DO UPDATE SET value = excluded.value
    WHERE json_extract(${table}.value, '$.expires') < ?
    RETURNING key`;

  return keyvSqlBackend(adapter, namespace, (key, raw, nowMs) => query(addSql, key, raw, nowMs));
}
