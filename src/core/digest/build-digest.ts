import type { SourceRef } from '../model/article.ts';
import { bestHeadline } from './best-headline.ts';
import type { Digest, DigestOptions, DigestStory } from './digest.ts';
import type { DigestSource } from './digest-source.ts';
import { extractiveSummary } from './extractive-summary.ts';
import { keyQuotes } from './key-quotes.ts';
import { type RankedCandidate, rankStories, storySources } from './rank-stories.ts';
import { filterTerms } from './story-filter.ts';

const DEFAULT_MAX_STORIES = 10;
const DEFAULT_MAX_QUOTES = 3;

/** One entry per outlet/link, newest article first, so the same wire copy on one site is listed once. */
function citations(ranked: RankedCandidate): SourceRef[] {
  const byTime = [...ranked.story.articles].sort((a, b) => b.at.localeCompare(a.at));
  const seen = new Set<string>();
  const sources: SourceRef[] = [];
  for (const source of storySources({ ...ranked.story, articles: byTime })) {
    const key = `${source.outlet.toLowerCase()}|${source.url ?? source.file ?? source.articleId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push(source);
  }
  return sources;
}

function toDigestStory(ranked: RankedCandidate, maxQuotes: number): DigestStory {
  const { story } = ranked;
  return {
    id: story.id,
    headline: bestHeadline(story),
    summary: extractiveSummary(story.articles),
    articles: citations(ranked),
    quotes: keyQuotes(story.quotes(), maxQuotes),
  };
}

/** Builds the digest for a window: ranked stories with headline, extractive summary, key quotes and outlets. */
export async function buildDigest(source: DigestSource, options: DigestOptions): Promise<Digest> {
  if (!(Date.parse(options.since) < Date.parse(options.until))) {
    throw new RangeError(`digest window is empty or invalid: ${options.since} .. ${options.until}`);
  }
  const maxStories = options.maxStories ?? DEFAULT_MAX_STORIES;
  const candidates = await source.storiesBetween({ since: options.since, until: options.until });
  const ranked = rankStories(candidates, filterTerms(options.filter));
  return {
    stories: ranked.slice(0, maxStories).map((r) => toDigestStory(r, options.maxQuotesPerStory ?? DEFAULT_MAX_QUOTES)),
    since: options.since,
    until: options.until,
    filter: options.filter?.trim() || null,
    moreStories: Math.max(0, ranked.length - maxStories),
  };
}
