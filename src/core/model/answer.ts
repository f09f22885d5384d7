import type { SourceRef } from './article.ts';
import type { EntityType } from './entity.ts';
import type { QuoteKind } from './quote.ts';

export type Intent = 'said' | 'who-said' | 'who-is' | 'news' | 'search' | 'help';

export interface AnswerVariant {
  text: string;
  sources: SourceRef[];
  /** 'indirect' marks a paraphrase (reported speech), never to be shown in quotation marks. */
  kind?: QuoteKind;
}

/** One remark, merged across every outlet that reported it. */
export interface AnswerItem {
  text: string;
  kind: QuoteKind;
  speaker: { name: string | null; role: string | null };
  sources: SourceRef[];
  /** Other wordings of the same remark and the outlets that used each; indirect reports come here as paraphrases. */
  variants: AnswerVariant[];
}

export interface AnswerStory {
  id: string;
  headline: string;
  articles: SourceRef[];
  quotes: AnswerItem[];
  /** Search snippet or extractive summary, copied from article text. */
  snippet?: string;
}

/** The person or organisation a question was about; the counts come with who-is answers. */
export interface AnswerEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  organization?: string | null;
  articleCount?: number;
  mentionCount?: number;
  quoteCount?: number;
}

/** What `newsbot ask --json` prints; the contract the adapters and the evaluation use. */
export interface Answer {
  question: string;
  intent: Intent;
  entity: AnswerEntity | null;
  items: AnswerItem[];
  stories: AnswerStory[];
  suggestions: string[];
  /** Plain statement when nothing matched ("I know of no quotes from X."). Never a claim about the news. */
  message?: string;
}
