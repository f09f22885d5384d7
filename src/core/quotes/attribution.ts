import type { QuoteKind } from '../model/quote.ts';
import type { SpeakerMention } from './speaker-mention.ts';

/** An attribution before its speaker is resolved: content span, cue tokens and the speaker as written. */
export interface Attribution {
  kind: QuoteKind;
  start: number;
  end: number;
  /** Token range `[first, last)` of the cue, or null ("X: …" or an inherited speaker). */
  cue: [number, number] | null;
  mention: SpeakerMention | null;
  belief: boolean;
  confidence: number;
  /** Token index of the opening quotation mark, for direct quotes. */
  openToken?: number;
  /** For a quote with no cue of its own: the attribution whose speaker it continues. */
  inheritsFrom?: Attribution;
}
