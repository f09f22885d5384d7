import type { NewsIndex } from '../index/news-index.ts';
import type { Invocation } from '../model/invocation.ts';
import type { Reply } from '../model/reply.ts';
import { answerQuestion } from './answer-question.ts';
import { answerToReply } from './answer-to-reply.ts';
import type { ConversationMemory } from './conversation-memory.ts';
import { answerSearch } from './story-answer.ts';
import { answerWhoIs } from './who-is-answer.ts';

export interface AnswerDeps {
  index: NewsIndex;
  memory: ConversationMemory;
}

/** `/news ask <question>` (and any text that is not a command). */
export async function handleAsk(deps: AnswerDeps, invocation: Invocation): Promise<Reply> {
  const question = invocation.args.question ?? '';
  const conversationKey = invocation.conversationKey ?? `${invocation.destination}:${invocation.user.id}`;
  return answerToReply(await answerQuestion(deps.index, question, { conversationKey, memory: deps.memory }));
}

/** `/news who <name>`. */
export async function handleWho(deps: AnswerDeps, invocation: Invocation): Promise<Reply> {
  const name = invocation.args.name ?? '';
  return answerToReply({ question: name, ...answerWhoIs(deps.index, name) });
}

/** `/news search <terms>`. */
export async function handleSearch(deps: AnswerDeps, invocation: Invocation): Promise<Reply> {
  const terms = invocation.args.terms ?? '';
  return answerToReply({ question: terms, ...answerSearch(deps.index, terms) });
}
