import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

/** The PolNeAR train split: `../shared/polnear/train` beside the checkout, as the README lays it out, or `POLNEAR_DIR`. */
export const POLNEAR_DIR =
  process.env.POLNEAR_DIR ?? fileURLToPath(new URL('../../../shared/polnear/train', import.meta.url));

/**
 * One measured figure. Every bench section (`benchQuotes`, `benchAnswers`, `benchDigest`, ours) returns a list of
 * these. `ratio` is a comparison measured in the same run (e.g. pipeline time ÷ regex pass time), never a constant.
 */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  ratio?: number;
  /** What the ratio compares against, when the name does not say ("× regex pass", "× local limiter"). */
  ratioTo?: string;
  /** The target from the issue, for the reader ("≥ 400", "≤ 20 ms"). */
  target?: string;
}

export interface BenchOptions {
  /** Smaller inputs for a smoke run (CI, laptops); the figures are then indicative only. */
  quick: boolean;
}

/** Thrown by a section that cannot be measured here (e.g. no Redis configured): reported as missing, with why. */
export class BenchUnavailable extends Error {}

export type BenchFunction = (options: BenchOptions) => Promise<BenchFigure[]>;

export type SectionOutcome =
  | { section: string; status: 'ok'; ms: number; figures: BenchFigure[] }
  | { section: string; status: 'missing'; reason: string }
  | { section: string; status: 'failed'; ms: number; error: string };

/** A section the harness may run: where its code lives and which export to call. */
export interface SectionSpec {
  section: string;
  /** Module URL relative to scripts/bench.ts. */
  module: string;
  exportName: string;
}

/**
 * Loads a section's function. A section whose file does not exist yet, or does not export the function, is
 * "missing" (reported as such, never faked); an import that fails for another reason is a real failure.
 */
export async function loadSection(
  spec: SectionSpec,
  base: string,
): Promise<{ run: BenchFunction } | { missing: string } | { failed: string }> {
  const url = new URL(spec.module, base);
  if (!existsSync(fileURLToPath(url))) return { missing: `${spec.module} does not exist yet` };
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(url.href)) as Record<string, unknown>;
  } catch (error) {
    return { failed: `cannot load ${spec.module}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const run = loaded[spec.exportName];
  if (typeof run !== 'function') return { missing: `${spec.module} does not export ${spec.exportName}()` };
  return { run: run as BenchFunction };
}

export async function runSection(spec: SectionSpec, base: string, options: BenchOptions): Promise<SectionOutcome> {
  const loaded = await loadSection(spec, base);
  if ('missing' in loaded) return { section: spec.section, status: 'missing', reason: loaded.missing };
  const startedAt = performance.now();
  if ('failed' in loaded) return { section: spec.section, status: 'failed', ms: 0, error: loaded.failed };
  try {
    const figures = await loaded.run(options);
    if (!Array.isArray(figures)) throw new Error(`${spec.exportName}() did not return a list of figures`);
    return { section: spec.section, status: 'ok', ms: Math.round(performance.now() - startedAt), figures };
  } catch (error) {
    if (error instanceof BenchUnavailable) return { section: spec.section, status: 'missing', reason: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { section: spec.section, status: 'failed', ms: Math.round(performance.now() - startedAt), error: message };
  }
}

/** The nearest-rank percentile of `samples` (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Where the figures were measured; a reader compares runs only on like machines. */
export function machineInfo() {
  const cores = cpus();
  return {
    node: process.version,
    cpu: cores[0]?.model ?? 'unknown',
    cores: cores.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return Math.round(value).toLocaleString('en-US');
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A plain-text table: one row per figure, missing and failed sections in place so nothing is silently absent. */
export function renderTable(outcomes: readonly SectionOutcome[]): string {
  const rows: string[][] = [['section', 'figure', 'value', 'unit', 'ratio', 'target']];
  for (const outcome of outcomes) {
    if (outcome.status === 'missing') {
      rows.push([outcome.section, `MISSING: ${outcome.reason}`, '', '', '', '']);
      continue;
    }
    if (outcome.status === 'failed') {
      rows.push([outcome.section, `FAILED: ${outcome.error}`, '', '', '', '']);
      continue;
    }
    for (const figure of outcome.figures) {
      const ratio =
        figure.ratio === undefined ? '' : `${formatNumber(figure.ratio)}×${figure.ratioTo ? ` ${figure.ratioTo}` : ''}`;
      rows.push([outcome.section, figure.name, formatNumber(figure.value), figure.unit, ratio, figure.target ?? '']);
    }
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  return [line(header ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
