import { entityIdFor } from '../entities/entity-id.ts';
import { nameTokens } from '../entities/normalize-name.ts';
import type { Quote } from '../model/quote.ts';
import type { FollowedPerson } from './followed-person.ts';

/**
 * Whether a quote is by the followed person: the same entity id, or a surname-only speaker ("Rubio") whose surname
 * is the followed person's last name. Beliefs ("thinks") and anonymous speakers never alert.
 */
export function isQuoteBy(quote: Quote, person: FollowedPerson): boolean {
  const { speaker } = quote;
  if (quote.belief || speaker.type !== 'person' || !speaker.name) return false;
  if ((speaker.entityId ?? entityIdFor(speaker.name, 'person')) === person.id) return true;
  const spoken = nameTokens(speaker.name);
  const followed = nameTokens(person.name);
  return spoken.length === 1 && followed.length >= 2 && spoken[0] === followed[followed.length - 1];
}
