import type { EntityType } from '../model/entity.ts';
import { normalizeName } from './normalize-name.ts';

/**
 * The deterministic id of an entity: its type and its normalised canonical name as a slug
 * (`person:marco-rubio`, `organization:white-house`). Every instance computes the same id for the same name.
 * A leading "the" is dropped so "The White House" and "the White House" agree.
 */
export function entityIdFor(name: string, type: EntityType): string {
  const slug = normalizeName(name).replace(/^the /, '').replace(/ /g, '-');
  return `${type}:${slug === '' ? 'unknown' : slug}`;
}
