/**
 * Scores the quote engine on a directory in PolNeAR format (text/*.txt + attributions/*.ann, brat standoff).
 *
 *   npm run eval:quotes -- DIR [--every N --offset K] [--examples M] [--json]
 *
 * Prints the four measures from the corpus README (directRecall, speechRecall, precision, speakerAcc) and a
 * breakdown of misses by category with a few examples of each, to steer the rule work.
 * `--every 5 --offset 0` keeps every 5th article (a hold-out); `--every 5 --offset 0 --invert` keeps the others.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../src/core/quotes/analyze-article.ts';
import type { ExtractedQuote } from '../src/core/quotes/article-analysis.ts';
import { reportedQuotes } from '../src/core/quotes/reported-quotes.ts';
import { type GoldSpan, goldSpeakerName, nameTokensOf, type Piece, parseAnn, titledGenders } from './polnear-gold.ts';

// The evaluation's own speech-verb list (independent of the engine's lexicon).
const SPEECH_BASES =
  'say tell according add write ask note announce tweet report declare state explain argue claim insist warn ' +
  'respond reply acknowledge admit confirm deny suggest comment remark reiterate testify post predict promise ' +
  'recall observe emphasize stress assert contend concede complain joke quip answer describe';
const SPEECH_FORMS = new Set<string>();
for (const b of SPEECH_BASES.split(' ')) {
  const stem = b.endsWith('e') ? b.slice(0, -1) : b;
  for (const f of [b, `${b}s`, `${b}es`, `${stem}ed`, `${stem}ing`, `${b}ed`]) SPEECH_FORMS.add(f);
  if (b.endsWith('y')) for (const f of [`${b.slice(0, -1)}ied`, `${b.slice(0, -1)}ies`]) SPEECH_FORMS.add(f);
}
for (const f of ['said', 'told', 'wrote', 'written']) SPEECH_FORMS.add(f);

const isAlnum = (c: number) => /[\p{L}\p{N}]/u.test(String.fromCharCode(c));

/** Letters/digits of `pieces` covered by `by` (a sorted list of spans), as a share. */
function coverage(text: string, pieces: Piece[], by: Piece[]): number {
  let total = 0;
  let covered = 0;
  for (const p of pieces) {
    for (let i = p.start; i < p.end && i < text.length; i++) {
      if (!isAlnum(text.charCodeAt(i))) continue;
      total++;
      if (by.some((b) => b.start <= i && i < b.end)) covered++;
    }
  }
  return total === 0 ? 0 : covered / total;
}

function isSpeechCue(cue: GoldSpan | null): boolean {
  if (!cue) return false;
  return cue.text
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => SPEECH_FORMS.has(w));
}

interface Tally {
  directGold: number;
  directFound: number;
  speechGold: number;
  speechFound: number;
  extracted: number;
  extractedGood: number;
  speakerGold: number;
  speakerRight: number;
}

function main(): void {
  // `eval:quotes … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dir = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: eval-quotes DIR [--every N --offset K [--invert]] [--examples M] [--json]\n');
    process.exitCode = 2;
    return;
  }
  const every = Number(flag('--every') ?? 1);
  const offset = Number(flag('--offset') ?? 0);
  const invert = args.includes('--invert');
  const maxExamples = Number(flag('--examples') ?? 0);
  if (!existsSync(join(dir, 'text')) || !existsSync(join(dir, 'attributions'))) {
    process.stderr.write(`eval-quotes: ${dir} is not in PolNeAR format (needs text/ and attributions/)\n`);
    process.exitCode = 2;
    return;
  }
  const annFiles = readdirSync(join(dir, 'attributions')).sort();
  const texts = readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const tally: Tally = {
    directGold: 0,
    directFound: 0,
    speechGold: 0,
    speechFound: 0,
    extracted: 0,
    extractedGood: 0,
    speakerGold: 0,
    speakerRight: 0,
  };
  const misses = new Map<string, string[]>();
  const miss = (category: string, example: string) => {
    const list = misses.get(category) ?? [];
    list.push(example);
    misses.set(category, list);
  };
  texts.forEach((file, index) => {
    const keep = index % every === offset % every;
    if (keep === invert) return;
    const base = file.slice(0, -4);
    const ann = annFiles.find((a) => a.startsWith(`${base}_`) && a.endsWith('.ann'));
    if (!ann) return;
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const gold = parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8'));
    const genders = titledGenders(text);
    const quotes = reportedQuotes(text, analyzeArticle(text).quotes);
    const spansOf = (q: ExtractedQuote) => [{ start: q.content.start, end: q.content.end }];
    const goldContent = gold.flatMap((g) => g.content.pieces);
    for (const q of quotes) {
      tally.extracted++;
      if (coverage(text, spansOf(q), goldContent) >= 0.5) tally.extractedGood++;
      else miss(`false-positive:${q.kind}`, `${base}: [${q.cue?.text ?? '-'}] ${q.content.text.slice(0, 100)}`);
    }
    for (const g of gold) {
      const direct = /["“”]/.test(g.content.text);
      const speech = !direct && isSpeechCue(g.cue);
      if (!direct && !speech) continue;
      let best: ExtractedQuote | null = null;
      let bestCover = 0;
      for (const q of quotes) {
        const c = coverage(text, g.content.pieces, spansOf(q));
        if (c > bestCover) {
          bestCover = c;
          best = q;
        }
      }
      const found = bestCover >= 0.5;
      if (direct) {
        tally.directGold++;
        if (found) tally.directFound++;
        else
          miss(
            bestCover > 0 ? 'direct:partial' : 'direct:missed',
            `${base}: [${g.cue?.text ?? '-'}] ${g.content.text.slice(0, 100)}`,
          );
      } else {
        tally.speechGold++;
        if (found) tally.speechFound++;
        else
          miss(
            `speech:${(g.cue?.text ?? '').toLowerCase().slice(0, 20)}`,
            `${base}: ${g.source?.text ?? '-'} [${g.cue?.text}] ${g.content.text.slice(0, 80)}`,
          );
      }
      if (!found || !best) continue;
      const names = goldSpeakerName(g, gold, text, genders);
      if (!names) continue;
      tally.speakerGold++;
      const got = nameTokensOf(best.speaker.name ?? '');
      if (got.some((w) => names.includes(w))) tally.speakerRight++;
      else
        miss(
          `speaker:${best.speaker.name === null ? 'none' : 'wrong'}`,
          `${base}: gold=${g.source?.text} (${names.join(' ')}) got=${best.speaker.name} [${best.cue?.text ?? '-'}] ${best.content.text.slice(0, 60)}`,
        );
    }
  });
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  const result = {
    directRecall: ratio(tally.directFound, tally.directGold),
    speechRecall: ratio(tally.speechFound, tally.speechGold),
    precision: ratio(tally.extractedGood, tally.extracted),
    speakerAcc: ratio(tally.speakerRight, tally.speakerGold),
    counts: tally,
  };
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  process.stdout.write(
    `directRecall ${result.directRecall} (${tally.directFound}/${tally.directGold})\n` +
      `speechRecall ${result.speechRecall} (${tally.speechFound}/${tally.speechGold})\n` +
      `precision    ${result.precision} (${tally.extractedGood}/${tally.extracted})\n` +
      `speakerAcc   ${result.speakerAcc} (${tally.speakerRight}/${tally.speakerGold})\n\nmisses by category:\n`,
  );
  const grouped = new Map<string, string[]>();
  for (const [category, list] of misses) {
    const top = category.startsWith('speech:') ? 'speech:*' : category;
    grouped.set(top, [...(grouped.get(top) ?? []), ...list]);
  }
  for (const [category, list] of [...grouped].sort((a, b) => b[1].length - a[1].length)) {
    process.stdout.write(`  ${String(list.length).padStart(5)}  ${category}\n`);
    for (const example of list.slice(0, maxExamples))
      process.stdout.write(`           ${example.replace(/\s+/g, ' ')}\n`);
  }
  const speechCues = [...misses].filter(([c]) => c.startsWith('speech:')).sort((a, b) => b[1].length - a[1].length);
  process.stdout.write('\nspeech misses by cue:\n');
  for (const [c, list] of speechCues.slice(0, 15))
    process.stdout.write(`  ${String(list.length).padStart(5)}  ${c.slice(7)}\n`);
}

main();
