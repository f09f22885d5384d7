import type { Destination } from '../model/invocation.ts';

/**
 * A channel's daily digest. One per destination: subscribing again replaces it. The id changes on every subscribe, so
 * claims of an old subscription never block the new one.
 */
export interface DigestSubscription {
  id: string;
  destination: Destination;
  /** `HH:MM`, wall-clock time in `timeZone`. */
  time: string;
  /** IANA name, canonical spelling. */
  timeZone: string;
  filter: string | null;
  createdAt: string;
  createdBy: string;
}
