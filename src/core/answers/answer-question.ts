import { helpReply } from '../commands/help.ts';
import { findEntity } from '../index/entity-lookup.ts';
import type { NewsIndex } from '../index/news-index.ts';
import type { Answer } from '../model/answer.ts';
import type { ConversationMemory } from './conversation-memory.ts';
import { parseQuestion } from './parse-question.ts';
import { answerSaid } from './said-answer.ts';
import { answerNews, answerSearch } from './story-answer.ts';
import { answerWhoIs } from './who-is-answer.ts';
import { answerWhoSaid } from './who-said-answer.ts';

export interface AnswerOptions {
  /** Thread/conversation the question came from, for follow-ups ("what else did he say?"). */
  conversationKey?: string;
  /** Where follow-up context is kept; without it every question stands alone. */
  memory?: ConversationMemory;
}

/**
 * Answers a question in ordinary words from the index: who said what (merged across outlets), who said a phrase, who
 * someone is, the news on a topic, search, help. Everything in the answer is copied from articles and cited; when
 * nothing matches, `message` says so plainly and `suggestions` offers close names — never someone else's quotes.
 */
export async function answerQuestion(index: NewsIndex, question: string, options: AnswerOptions = {}): Promise<Answer> {
  const parsed = parseQuestion(question);
  const { conversationKey, memory } = options;
  const state = conversationKey && memory ? await memory.get(conversationKey) : undefined;
  const done = (answer: Omit<Answer, 'question'>): Answer => ({ question, ...answer });
  switch (parsed.intent) {
    case 'help':
      return done({
        intent: 'help',
        entity: null,
        items: [],
        stories: [],
        suggestions: [],
        message: helpReply().fallbackText,
      });
    case 'who-said':
      return done(answerWhoSaid(index, parsed.phrase ?? question));
    case 'who-is':
      return done(answerWhoIs(index, parsed.subject ?? question));
    case 'news':
      return done(answerNews(index, parsed.topic));
    case 'search': {
      // A bare name ("Rubio?", "sheinbaum") is a question about what they said.
      const asName =
        parsed.topic && parsed.topic.split(/\s+/).length <= 4 ? findEntity(index, parsed.topic) : undefined;
      if (asName?.kind === 'found' && asName.how !== 'role') {
        return answerSaidAndRemember({ intent: 'said', subject: parsed.topic }, question);
      }
      return done(answerSearch(index, parsed.topic ?? question));
    }
    case 'said': {
      if (parsed.guess && parsed.subject && findEntity(index, parsed.subject).kind !== 'found') {
        return done(answerSearch(index, question));
      }
      return answerSaidAndRemember(parsed, question);
    }
  }

  async function answerSaidAndRemember(said: typeof parsed, asked: string): Promise<Answer> {
    const { answer, remember } = answerSaid(index, said, state);
    if (remember && conversationKey && memory) await memory.set(conversationKey, remember);
    return { question: asked, ...answer };
  }
}
