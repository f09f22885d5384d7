/** Which backend a store URL selected. */
export type StoreKind = 'sqlite' | 'redis' | 'postgres' | 'memory';

/**
 * Everything newsbot persists goes through this key-value interface, backed by Keyv and its maintained adapters.
 * Values are JSON-serialisable. `add` is the one atomic primitive (set if absent): claims, change-log slots and locks
 * are built on it, so several instances sharing a store never take the same slot twice.
 */
export interface KvStore {
  readonly kind: StoreKind;
  /** The store URL with any password removed, safe to log. */
  readonly displayUrl: string;
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  set<T>(key: string, value: T, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  /** Atomically stores `value` only if `key` is absent (or expired). Resolves true when this call stored it. */
  add<T>(key: string, value: T, ttlMs?: number): Promise<boolean>;
  close(): Promise<void>;
}
