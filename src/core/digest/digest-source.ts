import type { AnswerItem } from '../model/answer.ts';
import type { SourceRef } from '../model/article.ts';
import type { Span } from '../model/span.ts';

/** An article of a candidate story, with the text the summary sentences are copied from. */
export interface DigestArticle {
  /** The article's own citation (first outlet/URL it was seen under). */
  ref: SourceRef;
  /** Other outlets/URLs that carried the same text (wire copy). */
  alsoCarriedBy: SourceRef[];
  /** publishedAt, else ingestedAt: the time the digest window is measured on. */
  at: string;
  text: string;
  paragraphs?: Span[];
}

/** A story the read model clustered, with its articles in the window and its quotes merged across outlets. */
export interface DigestCandidate {
  id: string;
  headline: string;
  articles: DigestArticle[];
  /** Speaker names and roles quoted in the story, for channel filters ("Rubio"). */
  speakers: string[];
  /** The story's quotes merged across outlets; computed on demand, since only the top stories show them. */
  quotes(): AnswerItem[];
}

/**
 * The narrow part of the read model (`NewsIndex`) digests need: stories with at least one article whose time falls in
 * `[since, until)`, each with only those articles. Keeping it this small lets the index change underneath.
 */
export interface DigestSource {
  storiesBetween(window: { since: string; until: string }): Promise<DigestCandidate[]>;
}
