import type { SourceRef } from '../model/article.ts';
import type { DigestCandidate } from './digest-source.ts';
import { filterScore } from './story-filter.ts';

export interface RankedCandidate {
  story: DigestCandidate;
  outlets: number;
  latest: string;
  relevance: number;
}

/** Every citation of a story: each article's own source plus the outlets that carried the same copy. */
export function storySources(story: DigestCandidate): SourceRef[] {
  return story.articles.flatMap((a) => [a.ref, ...a.alsoCarriedBy]);
}

function distinctOutlets(story: DigestCandidate): number {
  return new Set(storySources(story).map((s) => s.outlet.trim().toLowerCase())).size;
}

/**
 * Orders stories for a digest: reported by more outlets first (what everyone covers matters most), then by how much
 * they match the channel's filter, then the most recent. Stories that miss the filter are dropped.
 */
export function rankStories(stories: DigestCandidate[], terms: string[]): RankedCandidate[] {
  return stories
    .map((story) => ({
      story,
      outlets: distinctOutlets(story),
      latest:
        story.articles
          .map((a) => a.at)
          .sort()
          .at(-1) ?? '',
      relevance: filterScore(story, terms),
    }))
    .filter((ranked) => ranked.relevance > 0 && ranked.story.articles.length > 0)
    .sort(
      (a, b) =>
        b.outlets - a.outlets ||
        b.relevance - a.relevance ||
        b.latest.localeCompare(a.latest) ||
        a.story.id.localeCompare(b.story.id),
    );
}
