import { entityIdFor } from '../entities/entity-id.ts';
import { normalizeName } from '../entities/normalize-name.ts';
import type { NewsIndex } from '../index/news-index.ts';

export interface KnownPerson {
  id: string;
  name: string;
  /** False when nobody by that name is in the news yet: the follow still works once they are quoted. */
  known: boolean;
}

/** Finds who `/news follow <name>` means. The narrow part of the read model follows need. */
export interface PersonDirectory {
  findPerson(name: string): Promise<KnownPerson>;
}

const HOW_ORDER = "CASE n.how WHEN 'name' THEN 0 WHEN 'alias' THEN 1 WHEN 'surname' THEN 2 ELSE 3 END";

/**
 * Looks the name up among the index's person names (full name, alias, surname), preferring exact names and the most
 * quoted person; an unknown name gets the id quotes will carry once that person is quoted.
 */
export class IndexPersonDirectory implements PersonDirectory {
  /** `catchUp` brings the index up to date first, so a person quoted a moment ago on another instance is known. */
  constructor(
    private readonly index: NewsIndex,
    private readonly catchUp: () => Promise<unknown> = async () => undefined,
  ) {}

  async findPerson(name: string): Promise<KnownPerson> {
    await this.catchUp();
    const key = normalizeName(name).replace(/^the /, '');
    const row = this.index.db
      .prepare(
        `SELECT e.id, e.name FROM entity_names n JOIN entities e ON e.id = n.entity_id
         WHERE n.key = ? AND e.type = 'person' AND n.how IN ('name', 'alias', 'surname')
         ORDER BY ${HOW_ORDER}, e.quote_count DESC, e.id LIMIT 1`,
      )
      .get(key) as { id: string; name: string } | undefined;
    if (row) return { id: row.id, name: row.name, known: true };
    return { id: entityIdFor(name, 'person'), name: name.trim(), known: false };
  }
}
