// Digest build time for one day of articles (10k; 1k with --quick), built from the PolNeAR texts spread over outlets
// and hours. Run alone: `node --import tsx scripts/bench/digest.ts [--quick] [--articles N]`. Most of the run is
// building the index (clustering 10k articles), not the digest itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDigest } from '../../src/core/digest/build-digest.ts';
import { digestToReply } from '../../src/core/digest/digest-to-reply.ts';
import { IndexDigestSource } from '../../src/core/digest/index-digest-source.ts';
import { NewsIndex } from '../../src/core/index/news-index.ts';
import type { IndexInput } from '../../src/core/index/stored-article.ts';
import type { Quote } from '../../src/core/model/quote.ts';
import { analyzeArticle } from '../../src/core/quotes/analyze-article.ts';
import { type BenchFigure, type BenchOptions, BenchUnavailable, POLNEAR_DIR } from './harness.ts';

const CORPUS = join(POLNEAR_DIR, 'text');
const OUTLETS = [
  'Reuters',
  'AP',
  'AFP',
  'BBC',
  'Guardian',
  'El País',
  'NYT',
  'WSJ',
  'Politico',
  'Al Jazeera',
  'CNN',
  'DW',
];
const DAY = '2026-11-20';
const RUNS = 3;

/** The corpus texts, each analysed once (the quote engine is not what this bench measures). */
function corpus(): { text: string; quotes: ReturnType<typeof analyzeArticle> }[] {
  let files: string[];
  try {
    files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
  } catch {
    throw new BenchUnavailable(`corpus not found at ${CORPUS}`);
  }
  return files.sort().map((file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    return { text, quotes: analyzeArticle(text) };
  });
}

/** Article `i` of the day: a corpus text carried by one of the outlets at some minute of the day. */
function dayArticle(i: number, base: ReturnType<typeof corpus>[number]): IndexInput {
  const id = `bench${i}`;
  const outlet = OUTLETS[i % OUTLETS.length] ?? 'Wire';
  const minute = (i * 7) % 1440;
  const at = `${DAY}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
  const title = base.text.split('\n')[0]?.slice(0, 100) ?? id;
  const quotes: Quote[] = base.quotes.quotes.map((q, n) => ({
    id: `${id}:q${n}`,
    articleId: id,
    kind: q.kind,
    content: q.content,
    cue: q.cue,
    speakerMention: q.speakerMention,
    speaker: { name: q.speaker.name, type: q.speaker.type, role: q.speaker.role, entityId: q.speaker.entityKey },
    confidence: q.confidence,
    ...(q.belief ? { belief: true } : {}),
  }));
  return {
    article: {
      id,
      title,
      outlet,
      url: `https://bench.example/${outlet}/${id}`,
      file: null,
      publishedAt: at,
      ingestedAt: at,
      text: base.text,
      original: base.text,
      offsetMap: [],
      sources: [{ outlet, url: `https://bench.example/${outlet}/${id}`, file: null, seenAt: at }],
    },
    quotes,
    entities: base.quotes.entities,
  };
}

/** The corpus entry for article `i` (the corpus repeats over the day). */
function pick<T>(items: T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new BenchUnavailable('the corpus is empty');
  return item;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function benchDigest(
  options: BenchOptions & { articles?: number } = { quick: false },
): Promise<BenchFigure[]> {
  const articles = options.articles ?? (options.quick ? 1_000 : 10_000);
  const base = corpus();
  const index = NewsIndex.open(':memory:');
  try {
    for (let i = 0; i < articles; i += 500) {
      index.addBatch(
        Array.from({ length: Math.min(500, articles - i) }, (_, k) => dayArticle(i + k, pick(base, i + k))),
      );
    }
    const source = new IndexDigestSource(index);
    const window = { since: `${DAY}T00:00:00.000Z`, until: `${DAY}T23:59:59.999Z` };

    // The floor: one regex pass over the same day's text, measured in this run.
    const texts = Array.from({ length: articles }, (_, i) => pick(base, i).text);
    const floor = median(
      Array.from({ length: RUNS }, () => {
        const startedAt = performance.now();
        let words = 0;
        for (const text of texts) words += text.match(/\p{L}+/gu)?.length ?? 0;
        if (words === 0) throw new Error('empty corpus');
        return performance.now() - startedAt;
      }),
    );
    let stories = 0;
    const builds = Array.from({ length: RUNS }, () => 0);
    for (let run = 0; run < RUNS; run++) {
      const startedAt = performance.now();
      const digest = await buildDigest(source, window);
      digestToReply(digest);
      builds[run] = performance.now() - startedAt;
      stories = digest.stories.length + digest.moreStories;
    }
    const build = median(builds);
    return [
      {
        name: `digest of one day, ${articles} articles`,
        value: Math.round(build),
        unit: 'ms',
        ratio: build / floor,
        ratioTo: '× regex pass over the day',
        target: '≤ 10 s',
      },
      { name: 'stories in that day', value: stories, unit: 'stories' },
    ];
  } finally {
    index.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = process.argv.indexOf('--articles');
  const articles = count > 0 ? Number(process.argv[count + 1]) : undefined;
  const figures = await benchDigest({ quick: process.argv.includes('--quick'), ...(articles ? { articles } : {}) });
  for (const f of figures)
    process.stdout.write(`${f.name}: ${f.value} ${f.unit}${f.ratio ? ` (${f.ratio.toFixed(1)} ${f.ratioTo})` : ''}\n`);
}
