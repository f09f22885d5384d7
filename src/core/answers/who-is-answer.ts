import { findEntity } from '../index/entity-lookup.ts';
import type { NewsIndex } from '../index/news-index.ts';
import type { Answer } from '../model/answer.ts';
import { answerEntity, withSpeaker } from './answer-entity.ts';
import { mergeQuotes } from './merge-quotes.ts';
import { quotesBy } from './quote-rows.ts';
import { notResolved } from './said-answer.ts';

const LATEST_QUOTES = 3;

/** "Who is X?" — names, roles and organisation seen, how many articles mention them, and their latest remarks. */
export function answerWhoIs(index: NewsIndex, subject: string): Omit<Answer, 'question'> {
  const match = findEntity(index, subject);
  if (match.kind !== 'found') {
    const { suggestions } = notResolved(index, subject, match);
    const message =
      match.kind === 'ambiguous'
        ? `“${subject}” could be several people: ${suggestions.join(', ')}. Which one do you mean?`
        : `I don’t know anyone called “${subject}” in the news I have indexed.`;
    return { intent: 'who-is', entity: null, items: [], stories: [], suggestions, message };
  }
  const { entity, sameSurname } = match;
  const rows = quotesBy(index, [entity.id, ...sameSurname.map((e) => e.id)]);
  const latest = [...rows].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const items = withSpeaker(mergeQuotes(latest.slice(0, 30)), entity).slice(0, LATEST_QUOTES);
  const quoteCount = entity.quoteCount + sameSurname.reduce((n, e) => n + e.quoteCount, 0);
  return {
    intent: 'who-is',
    entity: answerEntity({ ...entity, quoteCount }, true),
    items,
    stories: [],
    suggestions: items.length ? [`what did ${entity.name} say?`] : [],
  };
}
