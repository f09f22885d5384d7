import path from 'node:path';
import { redactUrl } from './redact-url.ts';
import { StoreError } from './store-error.ts';

export type StoreLocation =
  | { kind: 'memory' }
  | { kind: 'sqlite'; file: string }
  | { kind: 'redis'; url: string }
  | { kind: 'postgres'; url: string; schema: string };

const POSTGRES_SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Reads a store URL: `sqlite://path/file.sqlite` (relative to `cwd`), `redis://…`, `postgres://…` / `postgresql://…`
 * (optional `?schema=name`, so tests and tenants can keep apart in one database), `memory://`.
 */
export function parseStoreUrl(url: string, cwd: string = process.cwd()): StoreLocation {
  const display = redactUrl(url);
  const bad = (why: string) => new StoreError(`store URL ${display} is not valid: ${why}`, display);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) throw bad('expected sqlite://path, redis://host:port, postgres://user@host/db or memory://');
  if (scheme === 'memory') return { kind: 'memory' };
  if (scheme === 'sqlite') {
    const file = url.slice('sqlite://'.length);
    if (!file) throw bad('no file path after sqlite://');
    return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(cwd, file) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw bad('cannot parse it as a URL');
  }
  if (!parsed.hostname) throw bad('no host name');
  if (scheme === 'redis' || scheme === 'rediss') return { kind: 'redis', url };
  if (scheme === 'postgres' || scheme === 'postgresql') {
    const schema = parsed.searchParams.get('schema') ?? 'public';
    if (!POSTGRES_SCHEMA.test(schema)) throw bad(`schema “${schema}” must be lower-case letters, digits and _`);
    parsed.searchParams.delete('schema');
    return { kind: 'postgres', url: parsed.toString(), schema };
  }
  throw bad(`unknown scheme “${scheme}://”`);
}
