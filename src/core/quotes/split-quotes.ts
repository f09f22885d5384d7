import type { ExtractedQuote } from './article-analysis.ts';

// Longest stretch between the pieces: the closing mark, the attribution ("Ana Ruiz told reporters on Friday") and the
// next opening mark.
const MAX_ATTRIBUTION_GAP = 160;
// The first piece ends with a comma or a full stop, then the attribution; the second piece opens right after it.
const PIECE_JOINT = /[,.]\s*[“"]$/u;

function sameSpeaker(a: ExtractedQuote, b: ExtractedQuote): boolean {
  if (a.speaker.name === null || b.speaker.name === null) return true;
  if (a.speaker.entityKey && b.speaker.entityKey) return a.speaker.entityKey === b.speaker.entityKey;
  return a.speaker.name === b.speaker.name;
}

/** `“A,” she said. “B.”`: `next` goes on with `q`'s words after the attribution between them, in one paragraph. */
function continuesAcrossAttribution(text: string, q: ExtractedQuote, next: ExtractedQuote): boolean {
  if (q.kind !== 'direct' || next.kind !== 'direct' || q.belief || next.belief || !sameSpeaker(q, next)) return false;
  const cue = q.cue ?? next.cue;
  if (!cue || cue.start < q.content.end || cue.end > next.content.start) return false;
  if (next.content.start - q.content.end > MAX_ATTRIBUTION_GAP) return false;
  const gap = text.slice(q.content.end, next.content.start);
  if (!PIECE_JOINT.test(gap) || gap.includes('\n')) return false;
  // "“…,” said Ana Ruiz, an economist who directs …. “…”": an attribution longer than the words quoted is no joint.
  return gap.length <= q.content.text.length + next.content.text.length;
}

/**
 * One quote for each quotation split by its own attribution (`“We will vote no,” she said. “The bill is a
 * mistake.”`), as the speaker said it: the content runs from the first opening mark to the last closing mark and the
 * cue lies inside it. Analysis keeps the pieces apart, because another outlet may print only one of them and answers
 * match remarks across outlets piece by piece; `newsbot quotes` reports the whole quote. Quotes are in text order;
 * one pass.
 */
export function joinSplitQuotes(text: string, quotes: ExtractedQuote[]): ExtractedQuote[] {
  const result: ExtractedQuote[] = [];
  for (const quote of quotes) {
    const last = result[result.length - 1];
    if (!last || !continuesAcrossAttribution(text, last, quote)) {
      result.push(quote);
      continue;
    }
    const end = quote.content.end;
    result[result.length - 1] = {
      ...last,
      content: { start: last.content.start, end, text: text.slice(last.content.start, end) },
      speaker: last.speaker.name === null ? quote.speaker : last.speaker,
      speakerMention: last.speaker.name === null ? quote.speakerMention : last.speakerMention,
      cue: last.cue ?? quote.cue,
      confidence: Math.min(last.confidence, quote.confidence),
    };
  }
  return result;
}
