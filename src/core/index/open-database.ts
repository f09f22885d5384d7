import Database from 'better-sqlite3';
import { UserFacingError } from '../user-facing-error.ts';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.ts';

export type Db = Database.Database;

/**
 * Opens (or creates) the index file. WAL keeps readers fast while the sync writes; a file from an older schema is
 * emptied and rebuilt from the store's log rather than misread.
 */
export function openDatabase(path: string): Db {
  try {
    return openOrThrow(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserFacingError(
      `cannot open the index at ${path}: ${reason}. It holds only derived data: delete it and newsbot rebuilds it from the store.`,
    );
  }
}

function openOrThrow(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -32000');
  db.exec(SCHEMA_SQL);
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
  if (row && Number(row.value) !== SCHEMA_VERSION) {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts_%'").all();
    for (const { name } of tables as { name: string }[]) {
      if (!name.startsWith('sqlite_')) db.exec(`DROP TABLE IF EXISTS "${name}"`);
    }
    db.exec(SCHEMA_SQL);
  }
  db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)").run(String(SCHEMA_VERSION));
  return db;
}

const prepared = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per database: preparing on every call cost more than running most queries. */
export function sql(db: Db, text: string): Database.Statement {
  let cache = prepared.get(db);
  if (!cache) {
    cache = new Map();
    prepared.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}
