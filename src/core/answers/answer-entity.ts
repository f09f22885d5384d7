import type { AnswerEntity, AnswerItem } from '../model/answer.ts';
import type { Entity } from '../model/entity.ts';

export function answerEntity(entity: Entity, withCounts = false): AnswerEntity {
  const base: AnswerEntity = { name: entity.name, type: entity.type, aliases: entity.aliases, roles: entity.roles };
  if (!withCounts) return base;
  return {
    ...base,
    organization: entity.organization ?? null,
    articleCount: entity.articleCount,
    mentionCount: entity.mentionCount,
    quoteCount: entity.quoteCount,
  };
}

/** Items about one entity carry its canonical name, and its best-known role when the articles gave none. */
export function withSpeaker(items: AnswerItem[], entity: Entity): AnswerItem[] {
  return items.map((item) => ({
    ...item,
    speaker: { name: entity.name, role: item.speaker.role ?? entity.roles[0] ?? null },
  }));
}
