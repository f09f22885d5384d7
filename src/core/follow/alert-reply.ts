import { foldText } from '../digest/content-words.ts';
import type { Reply, ReplyQuote } from '../model/reply.ts';
import type { AlertItem } from './alert-item.ts';
import type { FollowedPerson } from './followed-person.ts';

const MAX_QUOTES = 5;

/** The same words carried by several outlets become one quote with every source. */
function mergeItems(person: FollowedPerson, items: AlertItem[]): ReplyQuote[] {
  const byText = new Map<string, ReplyQuote>();
  for (const item of items) {
    const key = foldText(item.text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const existing = byText.get(key);
    if (existing) {
      if (!existing.sources.some((s) => s.articleId === item.source.articleId)) existing.sources.push(item.source);
      continue;
    }
    byText.set(key, {
      text: item.text,
      kind: item.kind,
      speaker: person.name,
      role: item.role,
      sources: [item.source],
      variants: [],
    });
  }
  return [...byText.values()];
}

/** A short channel alert: "New quotes from Marco Rubio", the quotes (verbatim) with their outlets. */
export function alertReply(person: FollowedPerson, items: AlertItem[]): Reply {
  const merged = mergeItems(person, items);
  const shown = merged.slice(0, MAX_QUOTES);
  const more = merged.length - shown.length;
  const title = `New ${merged.length === 1 ? 'quote' : 'quotes'} from ${person.name}`;
  const footer = more > 0 ? `and ${more} more — /news ask what did ${person.name} say?` : undefined;
  const lines = shown.map((q) => `“${q.text}” — ${[...new Set(q.sources.map((s) => s.outlet))].join(', ')}`);
  return {
    kind: 'alert',
    visibility: 'channel',
    title,
    quotes: shown,
    ...(footer ? { footer } : {}),
    fallbackText: [title, ...lines, ...(footer ? [footer] : [])].join('\n'),
  };
}
