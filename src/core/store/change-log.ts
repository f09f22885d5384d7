import type { KvStore } from './kv-store.ts';

export interface LogEntry {
  seq: number;
  articleId: string;
}

const slotKey = (seq: number) => `log:${seq}`;
const HEAD_KEY = 'log:head';

/**
 * The article change log every instance appends to and every reader (index, near-duplicate index, follow alerts)
 * follows: `log:<seq>` → article id, seq 1, 2, 3… without gaps. A slot is taken with `add`, so two instances never
 * take the same one; `log:head` is only a hint of where to start looking (it may lag behind).
 */
export class ChangeLog {
  constructor(private readonly kv: KvStore) {}

  /**
   * Appends an article id to the log and resolves to its seq once the slot is taken. `also` runs alongside the
   * head-hint update (the caller's follow-up writes), saving a round trip per append on networked stores.
   */
  async append(articleId: string, also: (seq: number) => Promise<unknown> = async () => {}): Promise<number> {
    let seq = ((await this.kv.get<number>(HEAD_KEY)) ?? 0) + 1;
    while (!(await this.kv.add(slotKey(seq), articleId))) seq += 1;
    await Promise.all([this.kv.set(HEAD_KEY, seq), also(seq)]);
    return seq;
  }

  /** Entries with `seq >= fromSeq`, in order, at most `limit`. */
  async read(fromSeq: number, limit: number): Promise<LogEntry[]> {
    const first = Math.max(1, Math.floor(fromSeq));
    const seqs = Array.from({ length: Math.max(0, limit) }, (_, i) => first + i);
    const ids = await this.kv.getMany<string>(seqs.map(slotKey));
    const entries: LogEntry[] = [];
    for (const [i, articleId] of ids.entries()) {
      if (articleId === undefined) break; // slots are filled in order: the first empty one is the end
      entries.push({ seq: seqs[i] as number, articleId });
    }
    return entries;
  }

  /** The last seq written (0 for an empty log), found from the hint by probing forward. */
  async head(): Promise<number> {
    let seq = (await this.kv.get<number>(HEAD_KEY)) ?? 0;
    for (;;) {
      const ahead = await this.read(seq + 1, 64);
      if (ahead.length === 0) return seq;
      seq = (ahead[ahead.length - 1] as LogEntry).seq;
    }
  }
}
