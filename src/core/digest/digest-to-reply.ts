import type { AnswerItem } from '../model/answer.ts';
import type { Reply, ReplyQuote, ReplyStory } from '../model/reply.ts';
import { formatInstant } from '../schedule/format-instant.ts';
import type { Digest, DigestStory } from './digest.ts';

export interface DigestReplyOptions {
  /** Time zone the window is shown in (the subscription's). Default UTC. */
  timeZone?: string;
  /** Set when a scheduled digest is posted after its time (downtime, retries): the reply says so. */
  lateFor?: { dueAt: string };
}

function toReplyQuote(item: AnswerItem): ReplyQuote {
  return {
    text: item.text,
    kind: item.kind,
    speaker: item.speaker.name,
    role: item.speaker.role,
    sources: item.sources,
    variants: item.variants.map((v) => ({ text: v.text, sources: v.sources })),
  };
}

function toReplyStory(story: DigestStory): ReplyStory {
  return {
    id: story.id,
    headline: story.headline,
    ...(story.summary ? { summary: story.summary } : {}),
    sources: story.articles,
    quotes: story.quotes.map(toReplyQuote),
  };
}

function storyText(story: DigestStory, index: number): string[] {
  const outlets = [...new Set(story.articles.map((a) => a.outlet))].join(', ');
  const quotes = story.quotes.map((q) => {
    const who = [q.speaker.name, q.speaker.role].filter(Boolean).join(', ');
    return `  “${q.text}” — ${who}`;
  });
  return [
    `${index + 1}. ${story.headline}`,
    ...(story.summary ? [`  ${story.summary}`] : []),
    ...quotes,
    `  ${outlets}`,
  ];
}

/**
 * The platform-neutral digest message. Adapters render `stories` within their own limits; the footer tells readers
 * how many stories the digest left out and how to see them.
 */
export function digestToReply(digest: Digest, options: DigestReplyOptions = {}): Reply {
  const timeZone = options.timeZone ?? 'UTC';
  const topic = digest.filter ? ` on “${digest.filter}”` : '';
  const window = `Since ${formatInstant(digest.since, timeZone)}`;
  const late = options.lateFor
    ? [`Posted late: this digest was due ${formatInstant(options.lateFor.dueAt, timeZone)}.`]
    : [];
  const footer =
    digest.moreStories > 0
      ? `and ${digest.moreStories} more ${digest.moreStories === 1 ? 'story' : 'stories'} — see them with /news search or /news ask`
      : undefined;
  if (digest.stories.length === 0) {
    const title = `Quiet day: no new stories${topic}.`;
    const lines = [window, ...late];
    return {
      kind: 'digest',
      visibility: 'channel',
      title,
      lines,
      stories: [],
      fallbackText: [title, ...lines].join('\n'),
    };
  }
  const count = digest.stories.length + digest.moreStories;
  const title = `News digest${topic}: ${count} ${count === 1 ? 'story' : 'stories'}`;
  const lines = [window, ...late];
  const fallbackText = [
    title,
    ...lines,
    '',
    ...digest.stories.flatMap(storyText),
    ...(footer ? ['', footer] : []),
  ].join('\n');
  return {
    kind: 'digest',
    visibility: 'channel',
    title,
    lines,
    stories: digest.stories.map(toReplyStory),
    ...(footer ? { footer } : {}),
    fallbackText,
  };
}
