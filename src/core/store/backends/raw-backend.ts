/**
 * What each backend provides to `KeyvBackedStore`: raw Keyv-serialised strings under the caller's keys. Each backend
 * applies Keyv's own key namespacing, so data written here is readable by a plain Keyv on the same store and vice versa.
 */
export interface RawBackend {
  get(key: string): Promise<string | undefined>;
  getMany(keys: string[]): Promise<(string | undefined)[]>;
  set(key: string, raw: string, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  /**
   * Stores `raw` only if `key` is absent or its Keyv `expires` is before `nowMs`, in one atomic step on the server
   * (SQL upsert with a WHERE, a Redis script), so two processes can never both win.
   */
  add(key: string, raw: string, nowMs: number, ttlMs?: number): Promise<boolean>;
  close(): Promise<void>;
}
