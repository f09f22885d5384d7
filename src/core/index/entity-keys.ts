import { nameTokens, normalizeName } from '../entities/normalize-name.ts';
import type { LocalEntity } from '../quotes/article-analysis.ts';

export type NameHow = 'name' | 'alias' | 'surname' | 'given' | 'role' | 'organization';

/** Every normalised phrase a question may use for this entity, and how it names it (exact names win over roles). */
export function entityKeys(entity: Pick<LocalEntity, 'name' | 'type' | 'aliases' | 'roles' | 'organization'>) {
  const keys: { key: string; how: NameHow }[] = [];
  const add = (text: string | null | undefined, how: NameHow) => {
    const key = text ? normalizeName(text).replace(/^the /, '') : '';
    if (key) keys.push({ key, how });
  };
  add(entity.name, 'name');
  for (const alias of entity.aliases) add(alias, 'alias');
  const tokens = nameTokens(entity.name);
  if (entity.type === 'person' && tokens.length >= 2) add(tokens.slice(1).join(' '), 'surname');
  if (entity.type === 'person' && tokens.length >= 3) add(tokens[tokens.length - 1], 'surname');
  if (entity.type === 'person' && tokens.length >= 2) add(tokens[0], 'given');
  for (const role of entity.roles) add(role, 'role');
  add(entity.organization, 'organization');
  return keys;
}
