import type { EntityType, SpeakerType } from '../model/entity.ts';
import type { QuoteKind } from '../model/quote.ts';
import type { Span, TextSpan } from '../model/span.ts';

/** One attribution found in an article: what was said, the words that signal it, and who said it. */
export interface ExtractedQuote {
  kind: QuoteKind;
  content: TextSpan;
  cue: TextSpan | null;
  /** Where the speaker is named in the text (the pronoun or description itself when it was resolved through one). */
  speakerMention: Span | null;
  speaker: {
    /** Canonical name within the article, a description for anonymous speakers ("officials"), or null. */
    name: string | null;
    type: SpeakerType | null;
    role: string | null;
    /** Key of the speaker in `ArticleAnalysis.entities` (the same as the global entity id), or null. */
    entityKey: string | null;
  };
  confidence: number;
  /** A belief or intention ("thinks", "wants"), not speech. */
  belief?: boolean;
}

/** A person or organisation as seen in one article. `key` is `entityIdFor(name, type)`. */
export interface LocalEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  organization: string | null;
  mentions: Span[];
}

export interface ArticleAnalysis {
  quotes: ExtractedQuote[];
  entities: LocalEntity[];
}
