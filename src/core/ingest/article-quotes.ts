import { entityIdFor } from '../entities/entity-id.ts';
import type { Quote } from '../model/quote.ts';
import type { ExtractedQuote } from '../quotes/article-analysis.ts';

/** The global entity id of a speaker: the engine's entity key, else one derived from a named person or organisation. */
function speakerEntityId(speaker: ExtractedQuote['speaker']): string | null {
  if (speaker.entityKey) return speaker.entityKey;
  if (speaker.name && (speaker.type === 'person' || speaker.type === 'organization')) {
    return entityIdFor(speaker.name, speaker.type);
  }
  return null;
}

/** The quote engine's findings as stored quotes: ids `<articleId>:q<n>` in text order, speakers with global ids. */
export function toStoredQuotes(articleId: string, extracted: ExtractedQuote[]): Quote[] {
  return [...extracted]
    .sort((a, b) => a.content.start - b.content.start)
    .map((quote, index) => ({
      id: `${articleId}:q${index}`,
      articleId,
      kind: quote.kind,
      content: quote.content,
      cue: quote.cue,
      speakerMention: quote.speakerMention,
      speaker: {
        name: quote.speaker.name,
        type: quote.speaker.type,
        role: quote.speaker.role,
        entityId: speakerEntityId(quote.speaker),
      },
      confidence: quote.confidence,
      ...(quote.belief ? { belief: true } : {}),
    }));
}
