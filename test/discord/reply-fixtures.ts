import type { SourceRef } from '../../src/core/model/article.ts';
import type { Reply, ReplyQuote } from '../../src/core/model/reply.ts';

const OUTLETS = ['Reuters', 'Associated Press', 'El Universal', 'BBC News', 'Al Jazeera'];

export function source(index: number, outlet = OUTLETS[index % OUTLETS.length] ?? 'Wire'): SourceRef {
  return {
    articleId: `article-${index}`,
    title: `Story ${index}`,
    outlet,
    url: `https://news.example/${index}/story_(${index})`,
    file: null,
    publishedAt: '2026-11-20T10:00:00Z',
  };
}

/** A long answer: 60 remarks, most short, a few longer than a field (1024) and one longer than a description (4096). */
export function sixtyQuoteReply(): Reply {
  const quotes: ReplyQuote[] = Array.from({ length: 60 }, (_, i) => {
    const length = i === 7 ? 5000 : i === 23 ? 1500 : 60 + ((i * 37) % 160);
    const base = `Remark ${i + 1}: we will keep working with our partners on security and trade. `;
    const text = base
      .repeat(Math.ceil(length / base.length))
      .slice(0, length)
      .trim();
    return {
      text,
      kind: i % 9 === 4 ? 'indirect' : 'direct',
      speaker: `Speaker ${i + 1}`,
      role: i % 3 === 0 ? 'Secretary of State' : null,
      sources: i % 2 === 0 ? [source(i), source(i + 1)] : [source(i)],
      variants: i % 5 === 0 ? [{ text: `${text.slice(0, 80)} (as reported)`, sources: [source(i + 3)] }] : [],
    };
  });
  return {
    kind: 'answer',
    visibility: 'channel',
    title: 'What did the speakers say? 60 remarks across 5 outlets',
    lines: ['Quoted exactly, with every outlet that reported each remark.'],
    quotes,
    footer: 'Showing all 60 quotes.',
    suggestions: ['who Marco Rubio', 'search security'],
    fallbackText: quotes.map((q) => `${q.speaker}: ${q.text}`).join('\n'),
  };
}

/** Article text that tries to ping everyone and disguise a link. */
export function hostileQuoteReply(): Reply {
  return {
    kind: 'answer',
    visibility: 'channel',
    title: 'What did @everyone say?',
    quotes: [
      {
        text: '@everyone @here <@123456789012345678> <@&223456789012345678> read [the official statement](https://evil.example/phish) **now**',
        kind: 'direct',
        speaker: 'Anonymous poster',
        role: null,
        sources: [{ ...source(1), outlet: 'Evil](https://evil.example) [Outlet' }],
        variants: [],
      },
    ],
    fallbackText: '@everyone read the statement',
  };
}
