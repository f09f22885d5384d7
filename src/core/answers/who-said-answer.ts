import { getEntities } from '../index/entity-lookup.ts';
import type { NewsIndex } from '../index/news-index.ts';
import type { Answer, AnswerItem } from '../model/answer.ts';
import { answerEntity, withSpeaker } from './answer-entity.ts';
import { mergeQuotes } from './merge-quotes.ts';
import { phraseMatch } from './phrase-match.ts';
import { type QuoteRow, quotesBy, quotesMatching } from './quote-rows.ts';
import { MAX_ITEMS } from './said-answer.ts';

const GOOD_MATCH = 0.6;

/**
 * "Who said '...'?" — quotes matching the phrase (word for word, or most of its words: paraphrases and typos), shown
 * as each speaker's whole remark with every outlet's wording. Best match first.
 */
export function answerWhoSaid(index: NewsIndex, phrase: string): Omit<Answer, 'question'> {
  const scored = quotesMatching(index, phrase)
    .map((row) => ({ row, score: phraseMatch(phrase, row.text) }))
    .filter(({ score }) => score >= GOOD_MATCH);
  if (scored.length === 0) {
    return {
      intent: 'who-said',
      entity: null,
      items: [],
      stories: [],
      suggestions: [],
      message: `I found nobody quoted saying “${phrase}”.`,
    };
  }
  const bySpeaker = new Map<string, { rows: QuoteRow[]; best: number; matched: Set<string> }>();
  for (const { row, score } of scored) {
    const key = row.entityId ?? `name:${row.speakerName ?? 'unknown'}`;
    const speaker = bySpeaker.get(key) ?? { rows: [], best: 0, matched: new Set() };
    speaker.rows.push(row);
    speaker.best = Math.max(speaker.best, score);
    speaker.matched.add(row.text.trim());
    bySpeaker.set(key, speaker);
  }
  const entities = new Map(getEntities(index, [...bySpeaker.keys()]).map((e) => [e.id, e]));
  const ranked: { items: AnswerItem[]; best: number }[] = [];
  for (const [key, speaker] of bySpeaker) {
    const entity = entities.get(key);
    // The speaker's other quotes bring the other outlets' wordings of the matched remark.
    const rows = entity ? [...speaker.rows, ...quotesBy(index, [entity.id])] : speaker.rows;
    const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
    let items = mergeQuotes(unique).filter(
      (item) => speaker.matched.has(item.text) || item.variants.some((v) => speaker.matched.has(v.text)),
    );
    if (entity) items = withSpeaker(items, entity);
    ranked.push({ items, best: speaker.best });
  }
  ranked.sort((a, b) => b.best - a.best || (b.items[0]?.sources.length ?? 0) - (a.items[0]?.sources.length ?? 0));
  const [onlyKey] = bySpeaker.keys();
  const only = bySpeaker.size === 1 && onlyKey ? entities.get(onlyKey) : undefined;
  return {
    intent: 'who-said',
    entity: only ? answerEntity(only) : null,
    items: ranked.flatMap((r) => r.items).slice(0, MAX_ITEMS),
    stories: [],
    suggestions: [],
  };
}
