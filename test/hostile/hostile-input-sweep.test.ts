import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDiscordMessages } from '../../src/adapters/discord/render-discord-messages.ts';
import { renderSlackMessages } from '../../src/adapters/slack/render-slack-messages.ts';
import { answerQuestion } from '../../src/core/answers/answer-question.ts';
import { answerToReply } from '../../src/core/answers/answer-to-reply.ts';
import { IndexSync } from '../../src/core/index/index-sync.ts';
import { NewsIndex } from '../../src/core/index/news-index.ts';
import { articleFromText } from '../../src/core/ingest/article-from-source.ts';
import { ingestParsed } from '../../src/core/ingest/ingest-parsed.ts';
import { silentLogger, systemClock } from '../../src/core/ports.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import {
  endlessSentence,
  hostileArticle,
  hostileRemark,
  invisibleFlood,
  invisiblesBetweenWords,
  MENTIONS,
  seededRandom,
  unbalancedQuotes,
} from './hostile-text.ts';

const SOURCE_HOST = 'https://news.example/';

let kv: KvStore;
let articles: ArticleRepository;
let index: NewsIndex;
let sync: IndexSync;

beforeEach(async () => {
  kv = await openStore('memory://');
  articles = new ArticleRepository(kv, systemClock);
  index = NewsIndex.open(':memory:');
  sync = new IndexSync(index, articles, silentLogger);
});
afterEach(async () => {
  index.close();
  await kv.close();
});

async function ingest(text: string, n: number) {
  const parsed = articleFromText(text, {
    title: n % 2 ? `Statement ${n} <!channel> [x](https://evil.example)` : null,
    url: `${SOURCE_HOST}article-${n}`,
    outlet: n % 3 ? `Outlet ${n}` : '<!here> *Daily*',
    publishedAt: '2026-11-20T10:00:00Z',
  });
  const result = await ingestParsed({ articles, clock: systemClock }, parsed);
  await sync.catchUp();
  return result;
}

/** Every string a Slack message carries (fallback text and any `text` inside blocks). */
function slackStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) slackStrings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) slackStrings(item, out);
  return out;
}

/** What a user would see as a mention or a link that did not come from our own citations. */
function slackProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/<([^>]*)>/g)) {
    const inside = match[1] ?? '';
    if (/^[!@#]/.test(inside)) problems.push(`mention ${match[0]}`);
    else if (!inside.startsWith(SOURCE_HOST)) problems.push(`link ${match[0]}`);
  }
  return problems;
}

function discordProblems(text: string): string[] {
  const problems: string[] = [];
  // An unescaped masked link [label](url) renders as a clickable label; only our source links may do that.
  for (const match of text.matchAll(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/g)) {
    if (!(match[2] ?? '').startsWith(SOURCE_HOST)) problems.push(`masked link ${match[0]}`);
  }
  return problems;
}

async function renderEverything(question: string) {
  const answer = await answerQuestion(index, question);
  const reply = answerToReply(answer);
  const slack = renderSlackMessages(reply);
  const discord = renderDiscordMessages(reply);
  const slackText = slack.flatMap((message) => slackStrings(message));
  const discordText = discord.flatMap((payload) => slackStrings({ content: payload.content, embeds: payload.embeds }));
  const embedUrls = discord.flatMap((payload) =>
    payload.embeds.flatMap((embed) => [embed.url, embed.author?.url].filter((url): url is string => Boolean(url))),
  );
  return {
    answer,
    problems: [
      ...slackText.flatMap(slackProblems),
      ...discordText.flatMap(discordProblems),
      ...embedUrls.filter((url) => !url.startsWith(SOURCE_HOST)).map((url) => `embed url ${url}`),
      ...discord.filter((p) => p.allowedMentions.parse.length > 0).map(() => 'allowedMentions not empty'),
    ],
  };
}

const QUESTIONS = [
  'what did Rubio say?',
  'what did Sheinbaum say?',
  'anything from the White House?',
  'who said "we will act now"?',
  'who is Marco Rubio?',
  'news on Rubio',
  'search channel everyone',
  'what did <!channel> say?',
  'who said "<@U0123ABC>"?',
  `what did ${MENTIONS.join(' ')} say?`,
];

describe('hostile input through ingest → answer → Slack and Discord rendering', () => {
  it('random adversarial articles: no crash, and no mention or foreign link in anything rendered', async () => {
    const random = seededRandom(20261121);
    for (let n = 0; n < 24; n++) await ingest(hostileArticle(random), n);
    expect(index.articleCount()).toBeGreaterThan(0);

    let quotesShown = 0;
    for (const question of QUESTIONS) {
      const { answer, problems } = await renderEverything(question);
      // Masked links on Discord are a known bug with its own test below; everything else must be clean.
      expect(
        problems.filter((problem) => !problem.startsWith('masked link')),
        question,
      ).toEqual([]);
      quotesShown += answer.items.length;
    }
    // The sweep is only meaningful if hostile remarks really reached the renderers as quotes.
    expect(quotesShown).toBeGreaterThan(5);
  });

  it('pathological articles are stored or refused with a reason, never crash, and stay renderable', async () => {
    const cases = [
      unbalancedQuotes(10_000),
      endlessSentence(200_000),
      invisiblesBetweenWords(50_000),
      invisibleFlood(50_000),
      '\u0000\ud800\udfff\u202e'.repeat(1000),
      `${'@everyone '.repeat(5000)}Rubio said.`,
      `“${hostileRemark(seededRandom(1), 400)}” Rubio said.`,
      '',
      '   \n\n\t  ',
    ];
    for (const [n, text] of cases.entries()) {
      const result = await ingest(text, 100 + n);
      expect(['added', 'duplicate', 'rejected']).toContain(result.status);
      if (result.status === 'rejected') expect(result.reason).toMatch(/\S/);
    }
    for (const question of QUESTIONS.slice(0, 4)) {
      const { problems } = await renderEverything(question);
      expect(problems).toEqual([]);
    }
  });
});

describe('an article with no indexable word', () => {
  // Found by this sweep: story clustering sent FTS5 an empty query, which threw, and the index stopped there.
  it('does not stop the index: later articles are still answered', async () => {
    await ingest(invisibleFlood(5_000), 1);
    await ingest('\u0000\ud800\udfff\u202e'.repeat(100), 2);
    await ingest('“We will keep talking,” Secretary of State Marco Rubio said on Friday.', 3);
    const answer = await answerQuestion(index, 'what did Rubio say?');
    expect(answer.items.some((item) => item.text.startsWith('We will keep talking'))).toBe(true);
  });
});

// Both found by this sweep and fixed in the Discord renderer (c2dc442).
describe('Discord rendering of hostile quotes', () => {
  it('discord: every masked link in a quote is escaped, not only the first (discord.js escapeMarkdown alone is greedy)', () => {
    const text = 'See [the record](https://evil.example/a) and [official transcript](https://evil.example/phish) now';
    const [message] = renderDiscordMessages({
      kind: 'answer',
      visibility: 'channel',
      title: 'Marco Rubio',
      fallbackText: text,
      quotes: [{ text, kind: 'direct', speaker: 'Marco Rubio', role: null, sources: [], variants: [] }],
    });
    expect(slackStrings(message?.embeds).flatMap(discordProblems)).toEqual([]);
  });

  it('discord: rendering is linear in the quote length (escaping a whole 200 KB quote was quadratic)', async () => {
    const reply = (bytes: number) => {
      const text = 'and the minister said the talks would continue '.repeat(Math.ceil(bytes / 47));
      return {
        kind: 'answer' as const,
        visibility: 'channel' as const,
        title: 'Marco Rubio',
        fallbackText: 'Marco Rubio',
        quotes: [{ text, kind: 'direct' as const, speaker: 'Marco Rubio', role: null, sources: [], variants: [] }],
      };
    };
    renderDiscordMessages(reply(1_000)); // warm-up
    const small = await fastest(async () => renderDiscordMessages(reply(2_500)));
    const large = await fastest(async () => renderDiscordMessages(reply(20_000)), 1);
    // 8× the text: linear is 8×, quadratic 64×.
    expect(large / Math.max(small, 0.5)).toBeLessThan(24);
  });
});

/** The smallest of a few timings, so one slow moment on a shared machine does not decide. */
async function fastest(run: () => Promise<unknown>, times = 3): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const startedAt = performance.now();
    await run();
    best = Math.min(best, performance.now() - startedAt);
  }
  return best;
}

describe('no super-linear time on pathological input (8× the input must cost well under 64×)', () => {
  const generators: [string, (bytes: number) => string][] = [
    ['one endless sentence', endlessSentence],
    ['unmatched quote marks', (bytes) => unbalancedQuotes(Math.floor(bytes / 8))],
    ['invisible characters between words', invisiblesBetweenWords],
    ['mention flood', (bytes) => `Rubio said ${'<!channel> @everyone '.repeat(Math.floor(bytes / 21))}`],
  ];
  for (const [name, make] of generators) {
    it(name, async () => {
      // A fresh store and index per run, so earlier runs' articles (story candidates) do not weigh on later ones.
      const run = (bytes: number) => async () => {
        const store = await openStore('memory://');
        const repository = new ArticleRepository(store, systemClock);
        const fresh = NewsIndex.open(':memory:');
        const parsed = articleFromText(make(bytes), { title: null, url: null, publishedAt: null });
        const startedAt = performance.now();
        await ingestParsed({ articles: repository, clock: systemClock }, parsed);
        await new IndexSync(fresh, repository, silentLogger).catchUp();
        const ms = performance.now() - startedAt;
        fresh.close();
        await store.close();
        return ms;
      };
      await run(10_000)(); // warm-up: JIT and index statements
      // Small and large runs alternate, so a burst of load on the shared machine hits both sizes alike.
      let small = Number.POSITIVE_INFINITY;
      let large = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        small = Math.min(small, await run(20_000)());
        large = Math.min(large, await run(160_000)());
      }
      // Linear is 8×, quadratic 64×: the bound leaves room for a noisy machine, not for n². A small run of only a
      // few ms is mostly fixed cost and timer noise, so it counts as at least 40 ms.
      expect(large / Math.max(small, 40)).toBeLessThan(32);
    });
  }
});
