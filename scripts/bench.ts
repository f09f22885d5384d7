// `npm run bench [-- --json] [-- --quick] [-- --only quotes,limiter]`: runs every benchmark section in one process
// run, so the ratios in the table compare figures taken on the same machine at the same time.
import { parseArgs } from 'node:util';
import { machineInfo, renderTable, runSection, type SectionOutcome, type SectionSpec } from './bench/harness.ts';

const SECTIONS: SectionSpec[] = [
  { section: 'quotes', module: './bench/quotes.ts', exportName: 'benchQuotes' },
  { section: 'answers', module: './bench/answers.ts', exportName: 'benchAnswers' },
  { section: 'digest', module: './bench/digest.ts', exportName: 'benchDigest' },
  { section: 'restart', module: './bench/restart.ts', exportName: 'benchRestart' },
  { section: 'limiter', module: './bench/limiter.ts', exportName: 'benchLimiter' },
];

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    `usage: npm run bench -- [--json] [--quick] [--only ${SECTIONS.map((s) => s.section).join(',')}]\n`,
  );
  process.exit(0);
}

const wanted = values.only?.split(',').map((name) => name.trim());
const unknown = wanted?.filter((name) => !SECTIONS.some((spec) => spec.section === name)) ?? [];
if (unknown.length > 0) {
  process.stderr.write(
    `bench: unknown section ${unknown.join(', ')} (known: ${SECTIONS.map((s) => s.section).join(', ')})\n`,
  );
  process.exit(2);
}

const startedAt = new Date().toISOString();
const outcomes: SectionOutcome[] = [];
// Sections may print progress; keep stdout for the table / JSON alone.
const stdoutWrite = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
try {
  for (const spec of SECTIONS.filter((s) => !wanted || wanted.includes(s.section))) {
    process.stderr.write(`bench: ${spec.section}…\n`);
    outcomes.push(await runSection(spec, import.meta.url, { quick: values.quick }));
  }
} finally {
  process.stdout.write = stdoutWrite;
}

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ startedAt, machine: machineInfo(), quick: values.quick, sections: outcomes }, null, 2)}\n`,
  );
} else {
  const machine = machineInfo();
  process.stdout.write(`newsbot bench ${startedAt} — Node ${machine.node}, ${machine.cpu} ×${machine.cores}\n\n`);
  process.stdout.write(`${renderTable(outcomes)}\n`);
}
// A failed section is a failed run; missing sections are reported, not errors.
process.exitCode = outcomes.some((outcome) => outcome.status === 'failed') ? 1 : 0;
