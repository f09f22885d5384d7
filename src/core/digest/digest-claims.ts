import type { Destination } from '../model/invocation.ts';
import type { KvStore } from '../store/kv-store.ts';

/**
 * Exactly-once bookkeeping for scheduled digests, all in the shared store:
 * - `digest:claim:<subId>:<period>` — taken with `kv.add` before posting; a lease (TTL) so a crashed poster's claim
 *   expires and another instance retries. Also the post's idempotency key, so the adapter drops a repeat.
 * - `digest:posted:<subId>:<period>` — written after the platform accepted the post; nobody posts that period again.
 * - `digest:retry:<subId>:<period>` — failed attempts and when the next one may start (backoff).
 * - `digest:last:<destination>` — end of the last posted window: the next digest starts there, so nothing is skipped
 *   or repeated even across re-subscriptions.
 */
export interface ClaimRecord {
  owner: string;
  claimedAt: string;
}
export interface PostedRecord {
  postedAt: string;
  late: boolean;
}
export interface RetryRecord {
  attempts: number;
  nextAttemptAt: number;
  lastError: string;
}
export interface LastWindow {
  until: string;
  subscriptionId: string;
}

const RECORD_TTL_MS = 30 * 24 * 3600_000;

export const claimKey = (subId: string, period: string) => `digest:claim:${subId}:${period}`;
const postedKey = (subId: string, period: string) => `digest:posted:${subId}:${period}`;
const retryKey = (subId: string, period: string) => `digest:retry:${subId}:${period}`;
const lastKey = (destination: Destination) => `digest:last:${destination}`;

export class DigestClaims {
  constructor(
    private readonly kv: KvStore,
    private readonly owner: string,
  ) {}

  claim(subId: string, period: string, nowIso: string, leaseMs: number): Promise<boolean> {
    return this.kv.add<ClaimRecord>(claimKey(subId, period), { owner: this.owner, claimedAt: nowIso }, leaseMs);
  }

  async release(subId: string, period: string): Promise<void> {
    const record = await this.kv.get<ClaimRecord>(claimKey(subId, period));
    if (record?.owner === this.owner) await this.kv.delete(claimKey(subId, period));
  }

  async isPosted(subId: string, period: string): Promise<boolean> {
    return (await this.kv.get<PostedRecord>(postedKey(subId, period))) !== undefined;
  }

  async recordPosted(subId: string, period: string, destination: Destination, record: PostedRecord & LastWindow) {
    await this.kv.set<PostedRecord>(
      postedKey(subId, period),
      { postedAt: record.postedAt, late: record.late },
      RECORD_TTL_MS,
    );
    await this.kv.set<LastWindow>(lastKey(destination), { until: record.until, subscriptionId: subId });
    await this.kv.delete(retryKey(subId, period));
  }

  retryState(subId: string, period: string): Promise<RetryRecord | undefined> {
    return this.kv.get<RetryRecord>(retryKey(subId, period));
  }

  recordFailure(subId: string, period: string, record: RetryRecord): Promise<void> {
    return this.kv.set(retryKey(subId, period), record, RECORD_TTL_MS);
  }

  lastWindow(destination: Destination): Promise<LastWindow | undefined> {
    return this.kv.get<LastWindow>(lastKey(destination));
  }
}
