// What two quotes of one stretch of speech have in common, wherever they are joined: the same speaker, and the
// attribution between them when a quotation is split by it (“A,” she said, “b …” / “A,” she said. “B.”).
import type { ExtractedQuote } from './article-analysis.ts';

// Longest attribution between the pieces ("…,” Ana Ruiz told reporters on Monday, “…").
const MAX_ATTRIBUTION_GAP = 160;

/** Whether two quotes may be one speaker's: the same entity or name, or one of them has no speaker yet. */
export function sameSpeaker(a: ExtractedQuote, b: ExtractedQuote): boolean {
  if (a.speaker.name === null || b.speaker.name === null) return true;
  if (a.speaker.entityKey && b.speaker.entityKey) return a.speaker.entityKey === b.speaker.entityKey;
  return a.speaker.name === b.speaker.name;
}

/**
 * The text between `q` and `next` when it is their attribution: the cue of one of them lies there, and it is short
 * (no longer than the words quoted: "…,” said Ana Ruiz, an economist who directs …, “…” is no joint). Else null.
 */
export function attributionBetween(text: string, q: ExtractedQuote, next: ExtractedQuote): string | null {
  const cue = q.cue ?? next.cue;
  if (!cue || cue.start < q.content.end || cue.end > next.content.start) return null;
  if (next.content.start - q.content.end > MAX_ATTRIBUTION_GAP) return null;
  const gap = text.slice(q.content.end, next.content.start);
  return gap.length <= q.content.text.length + next.content.text.length ? gap : null;
}

/** `a` run on to `end`, taking in `b` (its speaker if `a` has none, its cue if `a` has none); content text left empty. */
export function joinedQuote(a: ExtractedQuote, b: ExtractedQuote | null, end: number): ExtractedQuote {
  const start = a.content.start;
  // The text is left empty for the caller to cut once it has joined every piece, so a long run stays linear.
  const quote: ExtractedQuote = { ...a, content: { start, end, text: '' } };
  if (!b) return quote;
  if (a.kind !== b.kind) quote.kind = 'mixed';
  if (a.speaker.name === null && b.speaker.name !== null) {
    quote.speaker = b.speaker;
    quote.speakerMention = b.speakerMention;
  }
  quote.cue = a.cue ?? b.cue;
  quote.confidence = Math.min(a.confidence, b.confidence);
  return quote;
}
