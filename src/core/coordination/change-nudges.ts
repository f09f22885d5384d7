/**
 * Cross-instance "something changed" signals. A nudge carries no data: the store stays the source of truth, and a
 * receiver simply reads the store's change log now instead of at its next poll. A lost nudge (a subscriber that
 * was reconnecting) therefore only costs freshness, never correctness: the poll still catches up.
 */
export interface ChangeNudges {
  /** Tells every instance (this one included) that `topic` changed. Cheap; callers may call it per write. */
  announce(topic: string): void;
  /** Calls `listener` whenever any instance announces `topic`. Resolves once listening; returns an unsubscribe. */
  listen(topic: string, listener: () => void): Promise<() => void>;
  close(): Promise<void>;
}

/** The topic announced when articles are appended to the store's change log. */
export const ARTICLES_TOPIC = 'articles';
