import { foldText } from './content-words.ts';
import type { DigestCandidate } from './digest-source.ts';

/** The words of a channel's filter ("mexico", "Marco Rubio"), folded for matching. */
export function filterTerms(filter: string | null | undefined): string[] {
  return foldText(filter ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How strongly a story matches the filter: 0 when any term is missing (the story is left out), else the number of
 * mentions across headline, titles, text and quote speakers, so stories about the topic rank above passing mentions.
 */
export function filterScore(story: DigestCandidate, terms: string[]): number {
  if (terms.length === 0) return 1;
  const haystack = foldText(
    [story.headline, ...story.articles.flatMap((a) => [a.ref.title, a.text]), ...story.speakers].join('\n'),
  );
  let total = 0;
  for (const term of terms) {
    const count =
      haystack.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
    if (count === 0) return 0;
    total += count;
  }
  return total;
}
