import type { Answer, AnswerItem, AnswerStory } from '../model/answer.ts';
import type { Reply, ReplyQuote, ReplyStory } from '../model/reply.ts';
import { replyPlainText } from './plain-text.ts';

/** Quotes shown in one reply; the rest are counted in the footer ("what else did he say?" shows them). */
export const REPLY_QUOTES = 10;
const STORY_QUOTES = 3;

const toReplyQuote = (item: AnswerItem): ReplyQuote => ({
  text: item.text,
  kind: item.kind,
  speaker: item.speaker.name,
  role: item.speaker.role,
  sources: item.sources,
  variants: item.variants,
});

const toReplyStory = (story: AnswerStory): ReplyStory => ({
  id: story.id,
  headline: story.headline,
  ...(story.snippet ? { summary: story.snippet } : {}),
  sources: story.articles,
  quotes: story.quotes.slice(0, STORY_QUOTES).map(toReplyQuote),
});

function titleOf(answer: Answer): string {
  const name = answer.entity?.name;
  switch (answer.intent) {
    case 'said':
      return `What ${name ?? 'they'} said`;
    case 'who-said':
      return `Who said it: ${answer.question}`;
    case 'who-is':
      return name ?? answer.question;
    case 'news':
      return `News: ${answer.question}`;
    case 'search':
      return `Search: ${answer.question}`;
    case 'help':
      return 'newsbot help';
  }
}

function profileFields(answer: Answer): { label: string; value: string }[] {
  const entity = answer.entity;
  if (answer.intent !== 'who-is' || !entity) return [];
  const fields: { label: string; value: string }[] = [{ label: 'Type', value: entity.type }];
  if (entity.roles.length) fields.push({ label: 'Roles', value: entity.roles.join('; ') });
  if (entity.aliases.length) fields.push({ label: 'Also called', value: entity.aliases.join('; ') });
  if (entity.organization) fields.push({ label: 'Organisation', value: entity.organization });
  if (entity.articleCount !== undefined) fields.push({ label: 'Articles', value: String(entity.articleCount) });
  if (entity.quoteCount !== undefined) fields.push({ label: 'Quotes', value: String(entity.quoteCount) });
  return fields;
}

/**
 * The neutral reply document Slack, Discord and the terminal render, with a complete plain-text fallback. Article
 * text stays in `quotes`/`stories` (untrusted, escaped by each renderer); `title`/`lines` are the bot's own words.
 */
export function answerToReply(answer: Answer): Reply {
  const nothing = answer.items.length === 0 && answer.stories.length === 0;
  const quotes = answer.items.slice(0, REPLY_QUOTES).map(toReplyQuote);
  const hidden = answer.items.length - quotes.length;
  const body: Omit<Reply, 'fallbackText'> = {
    kind: answer.intent === 'help' ? 'help' : nothing ? 'info' : 'answer',
    visibility: answer.intent === 'help' ? 'ephemeral' : 'channel',
    title: nothing && answer.message && answer.intent !== 'help' ? answer.message : titleOf(answer),
    ...(answer.intent === 'help' && answer.message ? { lines: answer.message.split('\n') } : {}),
    ...(quotes.length ? { quotes } : {}),
    ...(answer.stories.length ? { stories: answer.stories.map(toReplyStory) } : {}),
    ...(profileFields(answer).length ? { fields: profileFields(answer) } : {}),
    ...(hidden > 0 ? { footer: `and ${hidden} more — ask “what else did they say?”` } : {}),
    ...(answer.suggestions.length ? { suggestions: answer.suggestions } : {}),
  };
  return { ...body, fallbackText: replyPlainText(body) };
}
