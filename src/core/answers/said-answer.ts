import { type EntityMatch, findEntity, getEntities, suggestNames } from '../index/entity-lookup.ts';
import type { NewsIndex } from '../index/news-index.ts';
import type { Answer } from '../model/answer.ts';
import type { Entity } from '../model/entity.ts';
import { answerEntity, withSpeaker } from './answer-entity.ts';
import type { ConversationState } from './conversation-memory.ts';
import { mergeQuotes } from './merge-quotes.ts';
import type { ParsedQuestion } from './parse-question.ts';
import { type QuoteRow, quotesBy } from './quote-rows.ts';

export const MAX_ITEMS = 20;

const uniqueRows = (rows: QuoteRow[]) => [...new Map(rows.map((row) => [row.id, row])).values()];

const PRONOUN = /^(?:he|she|they|him|her|them|it)$/i;

export interface SaidResult {
  answer: Omit<Answer, 'question'>;
  /** The conversation state to remember, when the answer was about someone. */
  remember?: ConversationState;
}

const empty = (message: string, suggestions: string[] = []): SaidResult => ({
  answer: { intent: 'said', entity: null, items: [], stories: [], suggestions, message },
});

/** A plain reply for a name that is unknown or could be several people. Never someone else's quotes. */
export function notResolved(index: NewsIndex, subject: string, match: Exclude<EntityMatch, { kind: 'found' }>) {
  if (match.kind === 'ambiguous') {
    const names = match.candidates.map((c) => c.name);
    return {
      message: `“${subject}” could be several people: ${names.join(', ')}. Which one do you mean?`,
      suggestions: names,
    };
  }
  const suggestions = match.suggestions.length ? match.suggestions : suggestNames(index, subject);
  return { message: `I know of no quotes from “${subject}”.`, suggestions };
}

/** "What did X say (about Y)?" — X's remarks merged across outlets; "what else" continues the previous answer. */
export function answerSaid(index: NewsIndex, parsed: ParsedQuestion, state: ConversationState | undefined): SaidResult {
  let entity: Entity | undefined;
  let alsoIds: string[] = [];
  const pronoun = !parsed.subject || PRONOUN.test(parsed.subject);
  if (parsed.followUp && state && pronoun) entity = getEntities(index, [state.entityId])[0];
  if (!entity) {
    if (!parsed.subject) return empty('Who do you mean? Ask with a name, e.g. “what did Rubio say?”.');
    if (pronoun) return empty(`Who is “${parsed.subject}”? Ask with a name, e.g. “what did Rubio say?”.`);
    const match = findEntity(index, parsed.subject);
    if (match.kind !== 'found') {
      const { message, suggestions } = notResolved(index, parsed.subject, match);
      return empty(message, suggestions);
    }
    entity = match.entity;
    alsoIds = match.sameSurname.map((e) => e.id);
  }
  const topic = parsed.topic ?? (parsed.continuation ? state?.topic : undefined);
  const ids = [entity.id, ...alsoIds];
  // On a topic, the matching quotes pick the remarks; all recent quotes bring the other outlets' wordings of them.
  const onTopic = topic ? quotesBy(index, ids, topic) : [];
  const rows = topic ? (onTopic.length ? uniqueRows([...onTopic, ...quotesBy(index, ids)]) : []) : quotesBy(index, ids);
  const matched = new Set(onTopic.map((row) => row.text.trim()));
  const base = { intent: 'said' as const, entity: answerEntity(entity), stories: [] };
  if (rows.length === 0) {
    const quoted = entity.quoteCount > 0 || alsoIds.length > 0;
    const message = !quoted
      ? `${entity.name} is mentioned in ${entity.articleCount} article${entity.articleCount === 1 ? '' : 's'}, but I have no quotes from ${entity.type === 'person' ? 'them' : 'it'}.`
      : `I found no quotes from ${entity.name} about “${topic}”.`;
    const suggestions = quoted ? [`what did ${entity.name} say?`] : [`who is ${entity.name}?`];
    return { answer: { ...base, items: [], suggestions, message } };
  }
  let items = withSpeaker(mergeQuotes(rows), entity);
  if (topic) items = items.filter((item) => matched.has(item.text) || item.variants.some((v) => matched.has(v.text)));
  const shown = parsed.followUp === 'else' && state?.entityId === entity.id ? new Set(state.shown) : new Set<string>();
  items = items.filter((item) => !shown.has(item.text));
  const remember: ConversationState = {
    entityId: entity.id,
    entityName: entity.name,
    ...(topic ? { topic } : {}),
    shown: [...shown, ...items.slice(0, MAX_ITEMS).map((item) => item.text)],
  };
  if (items.length === 0) {
    return {
      answer: { ...base, items: [], suggestions: [], message: `That is everything I have from ${entity.name}.` },
      remember,
    };
  }
  return { answer: { ...base, items: items.slice(0, MAX_ITEMS), suggestions: [] }, remember };
}
