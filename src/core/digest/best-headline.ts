import { contentWords, overlap } from './content-words.ts';
import type { DigestCandidate } from './digest-source.ts';

const MIN_CHARS = 20;
const MAX_CHARS = 160;
/** Real headlines are short; a longer "title" is usually a first sentence or a truncated lead. */
const HEADLINE_CHARS = 110;

/**
 * The headline most like the others: the title sharing the most words with the story's other titles, so one outlet's
 * odd framing does not stand for the story. Falls back to the read model's headline.
 */
export function bestHeadline(story: DigestCandidate): string {
  const titles = [...new Set(story.articles.map((a) => a.ref.title.trim()))].filter(
    (title) => title.length >= MIN_CHARS && title.length <= MAX_CHARS,
  );
  if (titles.length === 0) return story.headline.trim() || story.articles[0]?.ref.title.trim() || 'Untitled story';
  const words = titles.map((title) => contentWords(title));
  let best = 0;
  let bestScore = -1;
  titles.forEach((_, i) => {
    const shared = words.reduce((sum, other, j) => (i === j ? sum : sum + overlap(words[i] ?? new Set(), other)), 0);
    const score = (titles[i]?.length ?? 0) <= HEADLINE_CHARS ? shared + 1 : shared;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return titles[best] ?? story.headline;
}
