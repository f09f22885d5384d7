import type { SpeakerType } from './entity.ts';
import type { Span, TextSpan } from './span.ts';

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

/** The speaker as the quote engine resolved it within one article. */
export interface Speaker {
  /** Canonical name ("Marco Rubio"), or a description for anonymous speakers ("officials"), or null when unknown. */
  name: string | null;
  type: SpeakerType | null;
  role: string | null;
  /** Global entity id once resolved across articles; null for anonymous/unknown speakers. */
  entityId: string | null;
}

/** One thing someone said or wrote, exactly where it is in one article. Offsets index the article's text. */
export interface Quote {
  id: string;
  articleId: string;
  kind: QuoteKind;
  content: TextSpan;
  cue: TextSpan | null;
  speakerMention: Span | null;
  speaker: Speaker;
  confidence: number;
  /** A belief or intention ("thinks", "wants"), not speech. Kept for completeness, never shown as "said". */
  belief?: boolean;
}
