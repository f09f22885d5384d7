import type { AnswerItem } from '../model/answer.ts';
import type { SourceRef } from '../model/article.ts';

/** One story in a digest: what `newsbot digest --json` prints per story (the contract in issue 7). */
export interface DigestStory {
  id: string;
  headline: string;
  /** Two sentences copied verbatim from the story's articles (never generated text); '' when none qualify. */
  summary: string;
  /** Every outlet that carried the story, newest first, with links. */
  articles: SourceRef[];
  /** Key quotes, items as in `Answer`. */
  quotes: AnswerItem[];
}

/** A digest for one time window. `stories` is empty on a quiet day. */
export interface Digest {
  stories: DigestStory[];
  /** ISO-8601 window `[since, until)` over article times (publishedAt, else ingestedAt). */
  since: string;
  until: string;
  filter: string | null;
  /** Stories that matched but were left out by `maxStories` (the reply says "and N more stories"). */
  moreStories: number;
}

export interface DigestOptions {
  since: string;
  until: string;
  /** Topic or person; only stories that mention it are kept. */
  filter?: string | null;
  /** Most stories to include; the rest are counted in `moreStories`. Default 10. */
  maxStories?: number;
  /** Most quotes per story. Default 3. */
  maxQuotesPerStory?: number;
}
