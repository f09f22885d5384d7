import type { SourceRef } from '../../src/core/model/article.ts';
import type { Reply, ReplyQuote } from '../../src/core/model/reply.ts';

/** Hand-made neutral replies for the renderer and adapter tests (the shapes the core's answer handlers produce). */
export function source(outlet: string, n = 1, url: string | null = `https://news.example/${n}`): SourceRef {
  return { articleId: `a${n}`, title: `Story ${n}`, outlet, url, file: null, publishedAt: '2026-11-20T10:00:00Z' };
}

export function quote(text: string, overrides: Partial<ReplyQuote> = {}): ReplyQuote {
  return {
    text,
    kind: 'direct',
    speaker: 'Marco Rubio',
    role: 'Secretary of State',
    sources: [source('Reuters', 1), source('AP', 2)],
    variants: [],
    ...overrides,
  };
}

/** A long answer: `count` distinct quotes, each a few hundred characters, reported by several outlets. */
export function manyQuotesReply(count: number): Reply {
  const quotes = Array.from({ length: count }, (_, i) =>
    quote(`Remark number ${i + 1}: ${'we will keep working with our partners on security and trade '.repeat(12)}`, {
      sources: [source('Reuters', i * 3), source('AP', i * 3 + 1), source('BBC', i * 3 + 2)],
      variants: [{ text: `A shorter wording of remark ${i + 1}`, sources: [source('El País', 1000 + i)] }],
    }),
  );
  return {
    kind: 'answer',
    visibility: 'channel',
    title: 'What Marco Rubio said',
    lines: [`${count} remarks in 12 articles`],
    quotes,
    fallbackText: quotes.map((q) => `“${q.text}” — ${q.speaker}`).join('\n'),
  };
}

export const HOSTILE = '<!channel> <!here> <@U123> <!subteam^S1> <https://evil.example|https://bank.example> & done';

/** Every string an article can contribute, filled with mention and link syntax. */
export function hostileReply(): Reply {
  const hostileSource = { ...source(HOSTILE, 9, 'https://evil.example/a|b>c<@U1>'), title: HOSTILE };
  return {
    kind: 'answer',
    visibility: 'channel',
    title: `What ${HOSTILE} said`,
    lines: [HOSTILE],
    quotes: [
      quote(HOSTILE, {
        speaker: HOSTILE,
        role: HOSTILE,
        sources: [hostileSource],
        variants: [{ text: HOSTILE, sources: [hostileSource] }],
      }),
      quote(HOSTILE, { kind: 'indirect', speaker: null, role: null, sources: [source('X', 3, 'javascript:alert(1)')] }),
    ],
    stories: [{ id: 's1', headline: HOSTILE, summary: HOSTILE, sources: [hostileSource], quotes: [quote(HOSTILE)] }],
    fields: [{ label: HOSTILE, value: HOSTILE }],
    footer: HOSTILE,
    suggestions: [HOSTILE],
    fallbackText: HOSTILE,
  };
}
