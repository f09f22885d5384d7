import type { Clock } from '../ports.ts';
import type { RawBackend } from './backends/raw-backend.ts';
import { unwrapValue, wrapValue } from './keyv-envelope.ts';
import type { KvStore, StoreKind } from './kv-store.ts';
import { reasonOf, StoreError } from './store-error.ts';

/**
 * The `KvStore` every backend shares: Keyv's value format with expiry judged by the injected clock (so tests can move
 * time), and every backend failure turned into a one-line `StoreError` naming the store.
 */
export class KeyvBackedStore implements KvStore {
  private closed = false;

  constructor(
    readonly kind: StoreKind,
    readonly displayUrl: string,
    private readonly backend: RawBackend,
    private readonly clock: Clock,
  ) {}

  get<T>(key: string): Promise<T | undefined> {
    return this.run('read', async () => unwrapValue<T>(await this.backend.get(key), this.clock.now()));
  }

  getMany<T>(keys: string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.run('read', async () => {
      const now = this.clock.now();
      return (await this.backend.getMany(keys)).map((raw) => unwrapValue<T>(raw, now));
    });
  }

  set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    return this.run('write', () => this.backend.set(key, wrapValue(value, this.clock.now(), ttlMs), ttlMs));
  }

  delete(key: string): Promise<boolean> {
    return this.run('delete', () => this.backend.delete(key));
  }

  add<T>(key: string, value: T, ttlMs?: number): Promise<boolean> {
    return this.run('write', () => {
      const now = this.clock.now();
      return this.backend.add(key, wrapValue(value, now, ttlMs), now, ttlMs);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.run('close', () => this.backend.close());
  }

  private async run<R>(operation: string, work: () => Promise<R>): Promise<R> {
    if (this.closed && operation !== 'close') {
      throw new StoreError(`store ${this.displayUrl} is closed; cannot ${operation}`, this.displayUrl);
    }
    try {
      return await work();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(
        `store ${this.displayUrl} failed to ${operation}: ${reasonOf(error)}`,
        this.displayUrl,
        error,
      );
    }
  }
}
