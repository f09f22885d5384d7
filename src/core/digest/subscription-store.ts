import type { Destination } from '../model/invocation.ts';
import { underRegistryLock } from '../schedule/registry-lock.ts';
import type { KvStore } from '../store/kv-store.ts';
import type { DigestSubscription } from './subscription.ts';

/**
 * Storage keys:
 * - `digest:sub:<destination>` → DigestSubscription
 * - `digest:subs` → Destination[]: every subscribed destination, so each instance's scheduler can load them all at
 *   start (the store has no key listing). Changed under a store lock so two instances never drop each other's entry.
 */
const subKey = (destination: Destination) => `digest:sub:${destination}`;
const REGISTRY_KEY = 'digest:subs';
const REGISTRY_LOCK = 'digest:subs:lock';

export class SubscriptionStore {
  constructor(private readonly kv: KvStore) {}

  get(destination: Destination): Promise<DigestSubscription | undefined> {
    return this.kv.get<DigestSubscription>(subKey(destination));
  }

  /** Stores (or replaces) the destination's subscription; returns the one it replaced. */
  async put(subscription: DigestSubscription): Promise<DigestSubscription | undefined> {
    return underRegistryLock(this.kv, REGISTRY_LOCK, async () => {
      const previous = await this.get(subscription.destination);
      await this.kv.set(subKey(subscription.destination), subscription);
      const registry = (await this.kv.get<Destination[]>(REGISTRY_KEY)) ?? [];
      if (!registry.includes(subscription.destination)) {
        await this.kv.set(REGISTRY_KEY, [...registry, subscription.destination]);
      }
      return previous;
    });
  }

  /** Removes the destination's subscription; returns it, or undefined when there was none. */
  async remove(destination: Destination): Promise<DigestSubscription | undefined> {
    return underRegistryLock(this.kv, REGISTRY_LOCK, async () => {
      const previous = await this.get(destination);
      await this.kv.delete(subKey(destination));
      const registry = (await this.kv.get<Destination[]>(REGISTRY_KEY)) ?? [];
      if (registry.includes(destination)) {
        await this.kv.set(
          REGISTRY_KEY,
          registry.filter((d) => d !== destination),
        );
      }
      return previous;
    });
  }

  /** Every stored subscription, read fresh (other instances may have changed them). */
  async list(): Promise<DigestSubscription[]> {
    const registry = (await this.kv.get<Destination[]>(REGISTRY_KEY)) ?? [];
    const subscriptions = await this.kv.getMany<DigestSubscription>(registry.map(subKey));
    return subscriptions.filter((s): s is DigestSubscription => s !== undefined);
  }
}
