import { getEntities } from '../index/entity-lookup.ts';
import type { NewsIndex } from '../index/news-index.ts';
import type { Answer, AnswerItem, AnswerStory } from '../model/answer.ts';
import { searchArticles } from '../search/search-articles.ts';
import { STOP_WORDS, wordTokens } from '../search/word-tokens.ts';
import { latestStoryIds, storiesById } from '../stories/story-queries.ts';
import { withSpeaker } from './answer-entity.ts';
import { mergeQuotes } from './merge-quotes.ts';
import { type QuoteRow, quotesInStories } from './quote-rows.ts';

const STORIES = 5;
const KEY_QUOTES = 3;

/** The words of a topic worth searching for ("the news on US troops" → "US troops"). */
export function topicWords(topic: string): string {
  const words = topic.split(/\s+/).filter((w) => !STOP_WORDS.has(wordTokens(w)[0] ?? ''));
  return (words.length ? words : topic.split(/\s+/)).join(' ');
}

/** A story's most widely reported remarks, each merged across outlets, per speaker. */
export function keyQuotes(index: NewsIndex, rows: readonly QuoteRow[], limit = KEY_QUOTES): AnswerItem[] {
  const bySpeaker = new Map<string, QuoteRow[]>();
  for (const row of rows) {
    if (!row.speakerName || (!row.entityId && row.kind === 'indirect')) continue;
    const key = row.entityId ?? `name:${row.speakerName}`;
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), row]);
  }
  const entities = new Map(getEntities(index, [...bySpeaker.keys()]).map((e) => [e.id, e]));
  const items = [...bySpeaker].flatMap(([key, speakerRows]) => {
    const entity = entities.get(key);
    const merged = mergeQuotes(speakerRows);
    return entity ? withSpeaker(merged, entity) : merged;
  });
  const outlets = (item: AnswerItem) => new Set(item.sources.map((s) => s.outlet)).size;
  const directness = { direct: 2, mixed: 1, indirect: 0 } as const;
  return items.sort((a, b) => outlets(b) - outlets(a) || directness[b.kind] - directness[a.kind]).slice(0, limit);
}

function buildStories(
  index: NewsIndex,
  ids: string[],
  snippets: Map<string, string>,
  newestFirst = false,
): AnswerStory[] {
  const quotes = quotesInStories(index, ids);
  const found = storiesById(index, ids);
  if (newestFirst) found.sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0));
  return found.map((story) => {
    const snippet = snippets.get(story.id);
    return {
      id: story.id,
      headline: story.headline,
      articles: story.sources,
      quotes: keyQuotes(
        index,
        quotes.filter((q) => q.storyId === story.id),
      ),
      ...(snippet ? { snippet } : {}),
    };
  });
}

/** Story ids of search hits in rank order, each with the snippet of its best hit. */
function storiesOfHits(index: NewsIndex, terms: string, limit: number) {
  const snippets = new Map<string, string>();
  for (const hit of searchArticles(index, terms, { limit: limit * 2 })) {
    if (hit.storyId && !snippets.has(hit.storyId)) snippets.set(hit.storyId, hit.snippet);
  }
  return { ids: [...snippets.keys()].slice(0, limit), snippets };
}

/** "What's the news on Y?" / "latest" — matching stories, newest first, each with its outlets and key quotes. */
export function answerNews(index: NewsIndex, topic: string | undefined): Omit<Answer, 'question'> {
  if (!topic) {
    const ids = latestStoryIds(index, STORIES);
    const stories = buildStories(index, ids, new Map());
    const message = stories.length ? undefined : 'No articles are indexed yet.';
    return { intent: 'news', entity: null, items: [], stories, suggestions: [], ...(message ? { message } : {}) };
  }
  const { ids, snippets } = storiesOfHits(index, topicWords(topic), STORIES);
  const stories = buildStories(index, ids.slice(0, STORIES), snippets, true);
  if (stories.length === 0) {
    return {
      intent: 'news',
      entity: null,
      items: [],
      stories,
      suggestions: [],
      message: `I found no stories about “${topic}”.`,
    };
  }
  return { intent: 'news', entity: null, items: [], stories, suggestions: [] };
}

/** Full-text search: best matches first, grouped so one story carried by several outlets is one result. */
export function answerSearch(index: NewsIndex, terms: string): Omit<Answer, 'question'> {
  const { ids, snippets } = storiesOfHits(index, topicWords(terms), 10);
  const stories = buildStories(index, ids, snippets);
  if (stories.length === 0) {
    return {
      intent: 'search',
      entity: null,
      items: [],
      stories,
      suggestions: [],
      message: `No articles match “${terms}”.`,
    };
  }
  return { intent: 'search', entity: null, items: [], stories, suggestions: [] };
}
