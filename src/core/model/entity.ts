export type EntityType = 'person' | 'organization';
export type SpeakerType = EntityType | 'anonymous';

/** A person or organisation, the same across all articles. */
export interface Entity {
  /** Deterministic id from the normalised canonical name, e.g. `person:marco-rubio`, so instances never disagree. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  /** Organisation the person is affiliated with, when stated ("Cato Institute"). */
  organization?: string | null;
  mentionCount: number;
  articleCount: number;
  quoteCount: number;
}
