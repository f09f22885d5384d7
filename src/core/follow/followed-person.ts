/** A person a channel follows. `id` is the deterministic entity id (`person:marco-rubio`) quotes are matched on. */
export interface FollowedPerson {
  id: string;
  name: string;
  followedAt: string;
  followedBy: string;
}
