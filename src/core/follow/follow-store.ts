import type { Destination } from '../model/invocation.ts';
import { underRegistryLock } from '../schedule/registry-lock.ts';
import type { KvStore } from '../store/kv-store.ts';
import type { FollowedPerson } from './followed-person.ts';

/**
 * Storage keys:
 * - `follow:<destination>` → FollowedPerson[]
 * - `follow:destinations` → Destination[]: channels that follow anyone, so the alert loop can load them all.
 * Both change under one store lock so two instances never lose each other's update.
 */
const followKey = (destination: Destination) => `follow:${destination}`;
const REGISTRY_KEY = 'follow:destinations';
const LOCK_KEY = 'follow:destinations:lock';

export class FollowStore {
  constructor(private readonly kv: KvStore) {}

  async list(destination: Destination): Promise<FollowedPerson[]> {
    return (await this.kv.get<FollowedPerson[]>(followKey(destination))) ?? [];
  }

  /** Adds the person; false when the channel already follows them. */
  follow(destination: Destination, person: FollowedPerson): Promise<boolean> {
    return underRegistryLock(this.kv, LOCK_KEY, async () => {
      const people = await this.list(destination);
      if (people.some((p) => p.id === person.id)) return false;
      await this.kv.set(followKey(destination), [...people, person]);
      const registry = (await this.kv.get<Destination[]>(REGISTRY_KEY)) ?? [];
      if (!registry.includes(destination)) await this.kv.set(REGISTRY_KEY, [...registry, destination]);
      return true;
    });
  }

  /** Removes the person; returns who was removed, or undefined when the channel did not follow them. */
  unfollow(destination: Destination, personId: string): Promise<FollowedPerson | undefined> {
    return underRegistryLock(this.kv, LOCK_KEY, async () => {
      const people = await this.list(destination);
      const removed = people.find((p) => p.id === personId);
      if (!removed) return undefined;
      const rest = people.filter((p) => p.id !== personId);
      if (rest.length > 0) {
        await this.kv.set(followKey(destination), rest);
      } else {
        await this.kv.delete(followKey(destination));
        const registry = (await this.kv.get<Destination[]>(REGISTRY_KEY)) ?? [];
        await this.kv.set(
          REGISTRY_KEY,
          registry.filter((d) => d !== destination),
        );
      }
      return removed;
    });
  }

  /** Every channel's follows, read fresh. */
  async all(): Promise<{ destination: Destination; people: FollowedPerson[] }[]> {
    const registry = (await this.kv.get<Destination[]>(REGISTRY_KEY)) ?? [];
    const lists = await this.kv.getMany<FollowedPerson[]>(registry.map(followKey));
    return registry.map((destination, i) => ({ destination, people: lists[i] ?? [] }));
  }
}
