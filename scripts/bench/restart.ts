// Restart to first answer: a fresh `newsbot ask` process on a store (and its persisted local index) that already
// holds the articles, timed from spawn to the printed answer, next to the bare start-up of the same CLI (`--help`)
// measured in the same run; without --quick also for the compiled dist/ the Docker image runs. Run alone: `node --import tsx scripts/bench/restart.ts [--quick]`.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchFigure, type BenchOptions, POLNEAR_DIR, percentile } from './harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(ROOT, 'bin', 'newsbot.js');
const SEEDS = path.join(ROOT, 'seeds');
const POLNEAR = path.join(POLNEAR_DIR, 'text');

/**
 * Compiles `src/` with `npm run build`'s settings into a scratch copy of the package (the Docker image runs this
 * `dist/`), so the figure covers both ways newsbot starts without touching the working tree's `dist/`.
 */
function buildScratchDist(dir: string): string {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const outDir = path.join(dir, 'dist');
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', outDir], {
      stdio: 'ignore',
    });
  } catch {
    // tsc exits non-zero on type errors but still emits; only a missing entry point is fatal.
  }
  if (!existsSync(path.join(outDir, 'cli', 'main.js'))) throw new Error('tsc did not emit dist/cli/main.js');
  // Data files beside the sources (as `npm run build` copies them).
  cpSync(path.join(ROOT, 'src'), outDir, { recursive: true, filter: (file) => !file.endsWith('.ts') });
  copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  symlinkSync(SEEDS, path.join(dir, 'seeds'));
  return path.join(outDir, 'cli', 'main.js');
}

/** Runs the CLI (tsx over src/, or a compiled entry); resolves its stdout and the time from spawn to exit. */
function runCli(args: string[], entry = CLI): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'error', NEWSBOT_USE_DIST: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const ms = performance.now() - startedAt;
      if (code === 0) resolve({ ms, stdout });
      else {
        const lines = stderr.trim().split('\n');
        const why = lines.find((line) => /Error|newsbot:/.test(line)) ?? lines.at(-1);
        reject(new Error(`newsbot ${args.join(' ')} exited ${code}: ${why}`));
      }
    });
  });
}

async function timesOf(args: string[], runs: number, entry = CLI) {
  const times: number[] = [];
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const result = await runCli(args, entry);
    times.push(result.ms);
    stdout = result.stdout;
  }
  return { times, stdout };
}

export async function benchRestart(options: BenchOptions = { quick: false }): Promise<BenchFigure[]> {
  const corpus = !options.quick && existsSync(POLNEAR) ? POLNEAR : SEEDS;
  const question = corpus === SEEDS ? 'what did Rubio say?' : 'what did Bernie Sanders say?';
  const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-bench-restart-'));
  const store = ['--store', `sqlite://${path.join(dir, 'store.sqlite')}`];
  try {
    const ingest = await runCli([...store, 'ingest', corpus]);
    // The first ask builds the local index from the change log; every later process only reopens it.
    const build = await runCli([...store, 'ask', question, '--json']);
    const runs = options.quick ? 3 : 7;
    const floor = await timesOf(['--help'], runs);
    mkdirSync(path.join(dir, 'package'));
    const restart = await timesOf([...store, 'ask', question, '--json'], runs);
    const answer = JSON.parse(restart.stdout) as { items?: unknown[]; message?: string };
    if (!answer.items?.length) {
      throw new Error(`the restarted instance did not answer “${question}” with a quote: ${answer.message ?? ''}`);
    }
    const floorMs = percentile(floor.times, 50);
    const p50 = percentile(restart.times, 50);
    const articles = corpus === SEEDS ? 'seeds' : 'PolNeAR train (840)';
    void ingest;
    const compiled: BenchFigure[] = [];
    if (!options.quick) {
      const main = buildScratchDist(path.join(dir, 'package'));
      const distFloor = percentile((await timesOf(['--help'], runs, main)).times, 50);
      const distRestart = percentile((await timesOf([...store, 'ask', question, '--json'], runs, main)).times, 50);
      compiled.push(
        { name: 'compiled dist/ (Docker): start-up alone', value: distFloor, unit: 'ms' },
        {
          name: `compiled dist/ (Docker): restart to first answer, ${articles}, p50`,
          value: distRestart,
          unit: 'ms',
          ratio: distRestart / distFloor,
          ratioTo: 'start-up alone',
          target: '≤ 2000 ms',
        },
      );
    }
    return [
      { name: `CLI start-up alone (--help)`, value: floorMs, unit: 'ms' },
      { name: `first ask after ingest, ${articles} (builds the index)`, value: build.ms, unit: 'ms' },
      {
        name: `restart to first answer, ${articles}, p50`,
        value: p50,
        unit: 'ms',
        ratio: p50 / floorMs,
        ratioTo: 'start-up alone',
        target: '≤ 2000 ms',
      },
      { name: `restart to first answer, ${articles}, max of ${runs}`, value: Math.max(...restart.times), unit: 'ms' },
      ...compiled,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchRestart({ quick: process.argv.includes('--quick') });
  for (const figure of figures) console.log(JSON.stringify(figure));
}
