// Answers benchmark: "what did X say" and search latency at 10k and 100k articles, memory, and restart to first
// answer. `node --import tsx scripts/bench/answers.ts [--quick]` runs it alone; `npm run bench` calls benchAnswers().
// Indexes are built once from the PolNeAR corpus (scripts/bench/corpus.ts) and kept under bench/out/ (git-ignored);
// the queries run in a fresh child process so its RSS and its restart time are the index's own.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { answerQuestion } from '../../src/core/answers/answer-question.ts';
import { answerSearch } from '../../src/core/answers/story-answer.ts';
import { NewsIndex } from '../../src/core/index/news-index.ts';
import { SCHEMA_VERSION } from '../../src/core/index/schema.ts';
import { Newsbot } from '../../src/core/newsbot.ts';
import { silentLogger } from '../../src/core/ports.ts';
import { ftsAllOf } from '../../src/core/search/fts-query.ts';
import { searchArticles } from '../../src/core/search/search-articles.ts';
import { STOP_WORDS } from '../../src/core/search/word-tokens.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { BENCH_OUT, CORPUS_VERSION, corpusArticles } from './corpus.ts';
import type { BenchFigure, BenchOptions } from './harness.ts';

const BATCH = 500;

function indexFile(size: number): string {
  return join(BENCH_OUT, `answers-index-${size}-c${CORPUS_VERSION}-s${SCHEMA_VERSION}.sqlite`);
}

/** Builds (or reuses) the index of `size` corpus articles; returns the build rate measured when it was built. */
function ensureIndex(
  size: number,
  log: (line: string) => void,
): { path: string; perSecond: number; cpuMsPerArticle: number } {
  const path = indexFile(size);
  const info = `${path}.json`;
  if (existsSync(path) && existsSync(info)) return { path, ...JSON.parse(readFileSync(info, 'utf8')) };
  mkdirSync(BENCH_OUT, { recursive: true });
  const building = `${path}.building`;
  for (const file of [building, `${building}-wal`, `${building}-shm`]) rmSync(file, { force: true });
  const index = NewsIndex.open(building);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let batch = [];
  let done = 0;
  for (const article of corpusArticles(size)) {
    batch.push(article);
    if (batch.length < BATCH) continue;
    done += batch.length;
    index.addBatch(batch, done);
    batch = [];
    if (done % 10_000 === 0) log(`answers: indexed ${done}/${size}`);
  }
  if (batch.length) index.addBatch(batch, done + batch.length);
  index.db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')");
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  index.close();
  renameSync(building, path);
  const built = { perSecond: Math.round(size / seconds), cpuMsPerArticle: (used.user + used.system) / 1000 / size };
  writeFileSync(info, JSON.stringify(built));
  return { path, ...built };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

function timeAll(items: string[], run: (item: string) => unknown): { p50: number; p99: number } {
  for (const item of items.slice(0, 20)) run(item);
  const times = items.map((item) => {
    const started = performance.now();
    run(item);
    return performance.now() - started;
  });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

/** Questions about the most quoted speakers (the slowest) and a spread of others, in the forms people use. */
function saidQuestions(index: NewsIndex): string[] {
  const top = index.db
    .prepare("SELECT name FROM entities WHERE quote_count > 0 AND type = 'person' ORDER BY quote_count DESC LIMIT 40")
    .all() as { name: string }[];
  const spread = index.db
    .prepare('SELECT name FROM entities WHERE quote_count > 0 ORDER BY id LIMIT 160 OFFSET 100')
    .all() as { name: string }[];
  const topics = ['immigration', 'taxes', 'the debate', 'email', 'guns', 'trade'];
  return [...top, ...spread].map(({ name }, i) => {
    const surname = name.split(' ').at(-1) ?? name;
    switch (i % 4) {
      case 0:
        return `what did ${name} say?`;
      case 1:
        return `what did ${surname} say?`;
      case 2:
        return `${name} quotes`;
      default:
        return `what did ${name} say about ${topics[i % topics.length]}?`;
    }
  });
}

/** The most common words (the slowest: "trump" is in most articles), pairs of them, and mid-frequency words. */
function searchQueries(index: NewsIndex): string[] {
  const terms = (
    index.db
      .prepare(
        "SELECT term FROM articles_vocab WHERE length(term) > 3 AND term GLOB '[a-z]*' ORDER BY doc DESC LIMIT 1200",
      )
      .all() as { term: string }[]
  )
    .map((row) => row.term)
    .filter((term) => !STOP_WORDS.has(term));
  const common = terms.slice(0, 30);
  const pairs = common.slice(0, 20).map((term, i) => `${term} ${common[(i + 7) % common.length]}`);
  const triples = common.slice(0, 10).map((term, i) => `${term} ${common[i + 3]} ${terms[200 + i]}`);
  return [...common, ...pairs, ...triples, ...terms.slice(1000, 1040)];
}

interface ChildResult {
  restartMs: number;
  processToAnswerMs: number;
  said: { p50: number; p99: number };
  search: { p50: number; p99: number };
  hits: { p50: number; p99: number };
  plainFts: { p50: number; p99: number };
  rssMb: number;
}

/** In the child: open the existing index like a restarted bot, answer once, then measure. */
async function child(path: string): Promise<ChildResult> {
  const started = performance.now();
  const kv = await openStore('memory://');
  const bot = new Newsbot({ kv, clock: { now: () => Date.now() }, logger: silentLogger, options: { indexPath: path } });
  await bot.start();
  await bot.ask('what did Trump say?');
  const restartMs = performance.now() - started;
  const processToAnswerMs = process.uptime() * 1000;
  const index = bot.index;
  const said = timeAll(saidQuestions(index), (q) => answerQuestion(index, q));
  const queries = searchQueries(index);
  const search = timeAll(queries, (q) => answerSearch(index, q));
  const hits = timeAll(queries, (q) => searchArticles(index, q));
  // The baseline this design is measured against: BM25 over every match, as plain FTS5 does it (top 10 ids only).
  const plain = index.db.prepare(
    'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 3.0, 1.0) LIMIT 10',
  );
  const plainFts = timeAll(queries, (q) => plain.all(ftsAllOf(q)));
  const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  await bot.close();
  return { restartMs, processToAnswerMs, said, search, hits, plainFts, rssMb };
}

const run = promisify(execFile);
const round = (ms: number) => Math.round(ms * 10) / 10;

export async function benchAnswers(options: Partial<BenchOptions> = {}): Promise<BenchFigure[]> {
  const sizes = options.quick ? [10_000] : [10_000, 100_000];
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const figures: BenchFigure[] = [];
  const results = new Map<number, ChildResult>();
  for (const size of sizes) {
    const built = ensureIndex(size, log);
    const script = fileURLToPath(import.meta.url);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script, '--child', built.path], {
      maxBuffer: 1 << 20,
    });
    const result = JSON.parse(stdout) as ChildResult;
    results.set(size, result);
    const at = `${size / 1000}k`;
    const small = results.get(10_000);
    const scale = (now: number, then: number | undefined) =>
      size > 10_000 && then ? { ratio: round(now / then), ratioTo: '× at 10k' } : {};
    figures.push(
      {
        name: `index build @${at}`,
        value: built.perSecond,
        unit: 'articles/s',
        ratio: round(built.cpuMsPerArticle),
        ratioTo: 'CPU ms per article',
      },
      { name: `what did X say p50 @${at}`, value: round(result.said.p50), unit: 'ms' },
      {
        name: `what did X say p99 @${at}`,
        value: round(result.said.p99),
        unit: 'ms',
        target: '≤ 20 ms at 100k',
        ...scale(result.said.p99, small?.said.p99),
      },
      { name: `search answer p50 @${at}`, value: round(result.search.p50), unit: 'ms' },
      { name: `search answer p99 @${at}`, value: round(result.search.p99), unit: 'ms', target: '≤ 50 ms at 100k' },
      {
        name: `search ranking p99 @${at}`,
        value: round(result.hits.p99),
        unit: 'ms',
        ratio: round(result.hits.p99 / result.plainFts.p99),
        ratioTo: `× plain FTS5 BM25 over every match (${round(result.plainFts.p99)} ms)`,
      },
      { name: `RSS (peak, query process) @${at}`, value: result.rssMb, unit: 'MB', target: '≤ 300 MB' },
      {
        name: `restart to first answer @${at}`,
        value: round(result.restartMs),
        unit: 'ms',
        target: '≤ 2000 ms',
        ratio: round(result.processToAnswerMs),
        ratioTo: 'ms from process start',
      },
    );
  }
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const childAt = args.indexOf('--child');
  if (childAt >= 0) process.stdout.write(`${JSON.stringify(await child(args[childAt + 1] as string))}\n`);
  else {
    for (const figure of await benchAnswers({ quick: args.includes('--quick') })) {
      const ratio = figure.ratio !== undefined ? `  (${figure.ratio} ${figure.ratioTo ?? ''})` : '';
      process.stdout.write(`${figure.name.padEnd(40)} ${String(figure.value).padStart(9)} ${figure.unit}${ratio}\n`);
    }
  }
}
