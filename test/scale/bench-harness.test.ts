import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { percentile, renderTable, runSection } from '../../scripts/bench/harness.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'bench-harness-'));
const base = pathToFileURL(path.join(dir, 'bench.ts')).href;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function section(file: string, source: string) {
  writeFileSync(path.join(dir, file), source);
  return { section: file.replace('.mjs', ''), module: `./${file}`, exportName: 'benchThing' };
}

describe('bench harness', () => {
  it('reports a section whose file is not written yet as missing, not as a figure', async () => {
    const outcome = await runSection({ section: 'quotes', module: './nope.mjs', exportName: 'benchQuotes' }, base, {
      quick: true,
    });
    expect(outcome).toEqual({ section: 'quotes', status: 'missing', reason: './nope.mjs does not exist yet' });
    expect(renderTable([outcome])).toContain('MISSING: ./nope.mjs does not exist yet');
  });

  it('a file without the export is missing; a section whose own import is broken has failed', async () => {
    const noExport = section('no-export.mjs', 'export const other = 1;');
    expect(await runSection(noExport, base, { quick: true })).toMatchObject({ status: 'missing' });
    const broken = section('broken.mjs', "import './does-not-exist.mjs'; export async function benchThing() {}");
    expect(await runSection(broken, base, { quick: true })).toMatchObject({ status: 'failed' });
  });

  it('runs a section, passes the options through, and tables its figures with their ratios', async () => {
    const spec = section(
      'ok.mjs',
      "export async function benchThing(o) { return [{ name: 'pipeline', value: 412.3, unit: 'articles/s', ratio: o.quick ? 21.5 : 0, ratioTo: 'regex pass', target: '≥ 400' }]; }",
    );
    const outcome = await runSection(spec, base, { quick: true });
    expect(outcome).toMatchObject({ status: 'ok', figures: [{ value: 412.3, ratio: 21.5 }] });
    const table = renderTable([outcome]);
    expect(table).toMatch(/ok\s+pipeline\s+412\s+articles\/s\s+21\.5× regex pass\s+≥ 400/);
  });

  it('a section that throws is reported as failed with its message', async () => {
    const spec = section(
      'throws.mjs',
      "export async function benchThing() { throw new Error('corpus not generated'); }",
    );
    expect(await runSection(spec, base, { quick: true })).toMatchObject({
      status: 'failed',
      error: 'corpus not generated',
    });
  });

  it('percentiles are nearest-rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(samples, 50), percentile(samples, 99), percentile(samples, 100)]).toEqual([50, 99, 100]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});
