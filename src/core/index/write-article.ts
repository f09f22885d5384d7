import { entityIdFor } from '../entities/entity-id.ts';
import { nameTokens } from '../entities/normalize-name.ts';
import type { SourceRef } from '../model/article.ts';
import type { Quote } from '../model/quote.ts';
import { entityKeys } from './entity-keys.ts';
import type { Db } from './open-database.ts';
import { sql } from './open-database.ts';
import { speakerToken } from './speaker-token.ts';
import { articleTime, type IndexInput } from './stored-article.ts';

/** Every outlet/URL/file that carried the article, as citations. */
export function sourceRefs(input: IndexInput): SourceRef[] {
  const { article } = input;
  const refs = article.sources.map((source) => ({
    articleId: article.id,
    title: article.title,
    outlet: source.outlet,
    url: source.url,
    file: source.file,
    publishedAt: article.publishedAt,
  }));
  if (refs.length === 0) {
    const { id, title, outlet, url, file, publishedAt } = article;
    refs.push({ articleId: id, title, outlet, url, file, publishedAt });
  }
  return refs;
}

interface EntityRow {
  name: string;
  aliases: string;
  roles: string;
  organization: string | null;
}

const union = (json: string, more: readonly string[]) => JSON.stringify([...new Set([...JSON.parse(json), ...more])]);

/**
 * A surname-only speaker ("Sheinbaum") resolves to the one full-name person with that surname; when two people share
 * it the quote keeps its own id rather than being given to the wrong person.
 */
function resolveSpeakerId(db: Db, quote: Quote): string | null {
  const { speaker } = quote;
  if (speaker.type !== 'person' && speaker.type !== 'organization') return null;
  const id = speaker.entityId ?? (speaker.name ? entityIdFor(speaker.name, speaker.type) : null);
  if (!id || speaker.type !== 'person' || !speaker.name || nameTokens(speaker.name).length !== 1) return id;
  const owners = sql(db, "SELECT DISTINCT entity_id FROM entity_names WHERE key = ? AND how = 'surname' LIMIT 2").all(
    nameTokens(speaker.name)[0],
  ) as { entity_id: string }[];
  return owners.length === 1 && owners[0] ? owners[0].entity_id : id;
}

/** Writes the article as `seq` in `storyId`, with its quotes and entities (one transaction, by the caller). */
export function writeArticle(db: Db, input: IndexInput, seq: number, storyId: string): void {
  const { article, quotes, entities } = input;
  const at = articleTime(article);
  sql(
    db,
    `INSERT INTO articles (seq, id, title, outlet, url, file, published_at, ingested_at, at, sources, text, paragraphs,
       story_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    seq,
    article.id,
    article.title,
    article.outlet,
    article.url,
    article.file,
    article.publishedAt,
    article.ingestedAt,
    at,
    JSON.stringify(sourceRefs(input)),
    article.text,
    article.paragraphs ? JSON.stringify(article.paragraphs) : null,
    storyId,
  );
  sql(db, 'INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)').run(seq, article.title, article.text);

  const quoteCounts = new Map<string, number>();
  for (const entity of entities) writeEntityNames(db, entity.key || entityIdFor(entity.name, entity.type), entity);
  const insertQuote = sql(
    db,
    `INSERT OR IGNORE INTO quotes (id, article_seq, entity_id, speaker_name, speaker_type, speaker_role, kind, text, start,
       end, belief, confidence, at, speaker_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertQuoteText = sql(db, 'INSERT INTO quotes_fts (rowid, text, speaker_token) VALUES (?, ?, ?)');
  for (const quote of quotes) {
    const entityId = resolveSpeakerId(db, quote);
    const token = entityId ? speakerToken(entityId) : null;
    const { speaker, content } = quote;
    const row = insertQuote.run(
      quote.id,
      seq,
      entityId,
      speaker.name,
      speaker.type,
      speaker.role,
      quote.kind,
      content.text,
      content.start,
      content.end,
      quote.belief ? 1 : 0,
      quote.confidence,
      at,
      token,
    );
    if (row.changes === 0) continue;
    insertQuoteText.run(Number(row.lastInsertRowid), content.text, token);
    if (entityId && !quote.belief) quoteCounts.set(entityId, (quoteCounts.get(entityId) ?? 0) + 1);
  }

  const selectEntity = sql(db, 'SELECT name, aliases, roles, organization FROM entities WHERE id = ?');
  const insertEntity = sql(
    db,
    `INSERT INTO entities (id, name, type, aliases, roles, organization, mention_count, article_count, quote_count, last_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const updateEntity = sql(
    db,
    `UPDATE entities SET aliases = ?, roles = ?, organization = ?, mention_count = mention_count + ?,
       article_count = article_count + 1, quote_count = quote_count + ?, last_at = max(last_at, ?) WHERE id = ?`,
  );
  const linkArticle = sql(
    db,
    'INSERT OR IGNORE INTO article_entities (entity_id, article_seq, mentions) VALUES (?, ?, ?)',
  );
  for (const entity of entities) {
    const id = entity.key || entityIdFor(entity.name, entity.type);
    const quoted = quoteCounts.get(id) ?? 0;
    quoteCounts.delete(id);
    const existing = selectEntity.get(id) as EntityRow | undefined;
    const mentions = Math.max(1, entity.mentions.length);
    if (!existing) {
      insertEntity.run(
        id,
        entity.name,
        entity.type,
        JSON.stringify(entity.aliases),
        JSON.stringify(entity.roles),
        entity.organization,
        mentions,
        quoted,
        at,
      );
    } else {
      const organization = existing.organization ?? entity.organization;
      updateEntity.run(
        union(existing.aliases, entity.aliases),
        union(existing.roles, entity.roles),
        organization,
        mentions,
        quoted,
        at,
        id,
      );
    }
    linkArticle.run(id, seq, mentions);
  }
  // Quotes whose speaker the engine did not list as an entity of this article still count for that speaker.
  const bumpQuotes = sql(db, 'UPDATE entities SET quote_count = quote_count + ? WHERE id = ?');
  for (const [id, count] of quoteCounts) bumpQuotes.run(count, id);
}

function writeEntityNames(db: Db, id: string, entity: IndexInput['entities'][number]): void {
  const insert = sql(db, 'INSERT OR IGNORE INTO entity_names (key, entity_id, how) VALUES (?, ?, ?)');
  for (const { key, how } of entityKeys(entity)) insert.run(key, id, how);
}

/** Another outlet carried an already indexed article: only its citation list changes. */
export function updateSources(db: Db, input: IndexInput): void {
  sql(db, 'UPDATE articles SET sources = ? WHERE id = ?').run(JSON.stringify(sourceRefs(input)), input.article.id);
}
