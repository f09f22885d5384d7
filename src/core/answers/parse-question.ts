import type { Intent } from '../model/answer.ts';

/** What a question asks, before any lookup. `subject` is a person/organisation as written, `topic` narrows. */
export interface ParsedQuestion {
  intent: Intent;
  subject?: string;
  topic?: string;
  /** who-said: the words to find. */
  phrase?: string;
  /** "what else did he say": continue the previous answer about the same speaker. */
  followUp?: 'pronoun' | 'else';
  /** Starts with "and ...": carries the previous topic over. */
  continuation?: boolean;
  /** The subject must be a known name for this to be a said-question; otherwise search the whole text. */
  guess?: boolean;
}

const SAY = `(?:say|said|sai|siad|sya|says|saying|tell|told|comment(?:ed)?|stated?|speak|spoke|talk(?:ed)?|mention(?:ed)?|announce[d]?|claim(?:ed)?|tweet(?:ed)?|write|wrote|think)`;
const ABOUT = String.raw`(?:\s+(?:about|on|regarding|concerning|re)\s+(.+))?`;
const PRONOUN = /^(?:he|she|they|him|her|them|it)$/;
const CUE_WORDS = `(?:said|says|say|called|call|described|describe|claimed|stated|told|warned|argued|wrote|tweeted|promised|vowed|insisted|declared|labell?ed|dubbed)`;

interface Pattern {
  intent: Intent;
  re: RegExp;
  /** Which capture groups hold the subject and topic (or phrase). */
  subject?: number;
  topic?: number;
  phrase?: number;
  /** Only a said-question if the subject turns out to be a known name ("Sheinbaum on troops" vs "attacks on Mexico"). */
  guess?: boolean;
}

const PATTERNS: Pattern[] = [
  { intent: 'help', re: /^(?:help|\?|what can you do|how does this work|commands?)$/ },
  { intent: 'search', re: /^(?:search|find|look up|lookup)\s+(?:for\s+)?(.+)$/, topic: 1 },
  {
    intent: 'who-said',
    re: new RegExp(String.raw`^(?:who|whom)\s+(?:(?:has|have|had|did)\s+)?(${CUE_WORDS}\b.*)$`),
    phrase: 1,
  },
  {
    intent: 'who-is',
    re: /^(?:who\s+(?:is|was|are|s)|who's|whos|tell me about|info on|profile of)\s+(.+)$/,
    subject: 1,
  },
  {
    intent: 'news',
    re: /^(?:what(?:'s|s| is| are)?\s+)?(?:the\s+)?(?:latest|new|news|happening|going on|headlines?|stories)(?:\s+(?:news|stories|headlines))?(?:\s+(?:on|about|with|for|regarding|in)\s+(.+))?$/,
    topic: 1,
  },
  {
    intent: 'said',
    re: new RegExp(
      String.raw`^(?:what|wat|wht|waht)\s+(?:else\s+)?(?:did|does|do|has|have|had|is|was|are)\s+(.+?)\s+(?:been\s+)?${SAY}${ABOUT}$`,
    ),
    subject: 1,
    topic: 2,
  },
  {
    intent: 'said',
    re: new RegExp(String.raw`^(?:did|has|have|does)\s+(.+?)\s+(?:${SAY})(?:\s+anything)?${ABOUT}$`),
    subject: 1,
    topic: 2,
  },
  {
    intent: 'said',
    re: /^(?:what|how)\s+(?:did|does|has)\s+(.+?)\s+(?:respond|react|reply)(?:ed)?(?:\s+to\s+(.+))?$/,
    subject: 1,
    topic: 2,
  },
  {
    intent: 'said',
    re: /^(?:any(?:thing)?|any quotes?|quotes?|statements?|comments?|remarks?|words?)\s+(?:new\s+)?(?:from|by)\s+(.+?)(?:\s+(?:about|on|regarding)\s+(.+))?$/,
    subject: 1,
    topic: 2,
  },
  {
    intent: 'said',
    re: /^(.+?)(?:'s)?\s+(?:quotes?|statements?|comments?|remarks?)(?:\s+(?:about|on|regarding)\s+(.+))?$/,
    subject: 1,
    topic: 2,
  },
  { intent: 'said', re: /^(.+?)\s+on\s+(.+)$/, subject: 1, topic: 2, guess: true },
];

/** Lower case, curly quotes straightened, trailing punctuation and a leading "and"/"so"/"ok" dropped. */
function tidy(question: string): { text: string; continuation: boolean } {
  let text = question
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?!.\s]+$/, '')
    .replace(/^(?:@\S+\s+)/, '');
  const continuation = /^(?:and|also|ok|okay|so|then|what about)\b/i.test(text);
  text = text
    .replace(/^(?:and|also|ok|okay|so|then|hey|please|pls)[,\s]+/i, '')
    .replace(/^(?:can you tell me|tell me)\s+(?=what|who)/i, '');
  return { text, continuation };
}

/**
 * Reads the intent and its parts from a question in ordinary words, tolerating case, common typos of "what"/"said"
 * and trailing punctuation. Anything that fits no pattern is a search; the caller may still find a known name in it.
 */
export function parseQuestion(question: string): ParsedQuestion {
  const { text, continuation } = tidy(question);
  const lower = text.toLowerCase();
  if (!lower) return { intent: 'help' };
  const quoted = text.match(/"([^"]+)"|'([^']{3,})'/);
  for (const pattern of PATTERNS) {
    const match = lower.match(pattern.re);
    if (!match) continue;
    // Keep the user's own casing for names and phrases: re-slice from the original by length-preserving lower case.
    const original = (group: number | undefined) => {
      const part = group === undefined ? undefined : match[group];
      if (!part) return undefined;
      const at = lower.indexOf(part);
      return text.slice(at, at + part.length).trim();
    };
    const parsed: ParsedQuestion = { intent: pattern.intent, continuation };
    const subject = original(pattern.subject);
    const topic = original(pattern.topic);
    if (pattern.guess) parsed.guess = true;
    if (subject) parsed.subject = subject;
    if (topic) parsed.topic = topic;
    if (pattern.phrase !== undefined) {
      parsed.phrase = quoted
        ? (quoted[1] ?? quoted[2])
        : original(pattern.phrase)?.replace(new RegExp(`^${CUE_WORDS}\\s+`, 'i'), '');
    }
    if (parsed.intent === 'said') {
      if (/\belse\b/.test(lower)) parsed.followUp = 'else';
      if (parsed.subject && PRONOUN.test(parsed.subject.toLowerCase())) parsed.followUp ??= 'pronoun';
    }
    return parsed;
  }
  return { intent: 'search', topic: text, continuation };
}
