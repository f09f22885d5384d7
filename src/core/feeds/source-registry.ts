import { createHash } from 'node:crypto';
import type { KvStore } from '../store/kv-store.ts';
import { withLockWaiting } from '../store/with-lock.ts';
import { canonicalUrl } from './canonical-url.ts';
import { initialState, type Source, type SourceState } from './source.ts';

const LIST_KEY = 'source:ids';

/** Deterministic id from the canonical URL, so every instance (and a re-add) names a source the same way. */
export function sourceIdFor(url: string): string {
  return `src-${createHash('sha256')
    .update(canonicalUrl(url) ?? url)
    .digest('hex')
    .slice(0, 10)}`;
}

/**
 * The sources registry in the `KvStore`. Keys: `source:ids` → id list; `source:<id>` → `Source`;
 * `source:state:<id>` → `SourceState`; `source:seen:<id>:<item>` (see poll-feed); `source:lease:<id>` (poller).
 */
export class SourceRegistry {
  constructor(private readonly kv: KvStore) {}

  async list(): Promise<Source[]> {
    const ids = (await this.kv.get<string[]>(LIST_KEY)) ?? [];
    const sources = await this.kv.getMany<Source>(ids.map((id) => `source:${id}`));
    return sources.filter((source): source is Source => source !== undefined);
  }

  get(id: string): Promise<Source | undefined> {
    return this.kv.get<Source>(`source:${id}`);
  }

  /** Finds a source by id or by (any spelling of) its URL. */
  async find(idOrUrl: string): Promise<Source | undefined> {
    const trimmed = idOrUrl.trim().replace(/^<|>$/g, '');
    return (await this.get(trimmed)) ?? (canonicalUrl(trimmed) ? this.get(sourceIdFor(trimmed)) : undefined);
  }

  async save(source: Source): Promise<void> {
    await this.kv.set(`source:${source.id}`, source);
    await this.updateList((ids) => (ids.includes(source.id) ? ids : [...ids, source.id]));
  }

  async remove(id: string): Promise<void> {
    await this.updateList((ids) => ids.filter((other) => other !== id));
    await this.kv.delete(`source:${id}`);
    await this.kv.delete(`source:state:${id}`);
  }

  async state(id: string, now: number): Promise<SourceState> {
    return (await this.kv.get<SourceState>(`source:state:${id}`)) ?? initialState(now);
  }

  async states(ids: string[], now: number): Promise<SourceState[]> {
    const states = await this.kv.getMany<SourceState>(ids.map((id) => `source:state:${id}`));
    return states.map((state) => state ?? initialState(now));
  }

  async saveState(id: string, state: SourceState): Promise<void> {
    await this.kv.set(`source:state:${id}`, state);
  }

  /** Read-modify-write of the id list under a short lock, so two instances adding at once both land. */
  private async updateList(change: (ids: string[]) => string[]): Promise<void> {
    await withLockWaiting(
      this.kv,
      LIST_KEY,
      5_000,
      async () => {
        const ids = (await this.kv.get<string[]>(LIST_KEY)) ?? [];
        const next = change(ids);
        if (next !== ids) await this.kv.set(LIST_KEY, next);
      },
      {
        attempts: 50,
        pauseMs: () => 20,
        stayedTaken: () => new Error('could not update the source list: its lock stayed taken'),
      },
    );
  }
}
