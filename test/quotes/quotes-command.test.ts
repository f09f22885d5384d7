import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { type QuoteLine, registerQuotesCommand, runQuotes } from '../../src/cli/commands/quotes.ts';

const seedPath = new URL('../../seeds/001_f7db4d455873c533.txt', import.meta.url).pathname;

async function run(files: string[], json = true) {
  const out: string[] = [];
  const err: string[] = [];
  const failed = await runQuotes(
    files,
    { json },
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { out, err, failed };
}

describe('newsbot quotes', () => {
  it('prints one JSON object per quote with offsets into the file text as read', async () => {
    const { out, err, failed } = await run([seedPath]);
    expect(failed).toBe(0);
    expect(err).toEqual([]);
    const text = readFileSync(seedPath, 'utf8');
    const lines = out.map((l) => JSON.parse(l) as QuoteLine);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(
        Object.keys(line)
          .filter((key) => key !== 'belief')
          .sort(),
      ).toEqual(
        ['confidence', 'content', 'cue', 'file', 'kind', 'role', 'speaker', 'speakerMention', 'speakerType'].sort(),
      );
      expect(line.file).toBe(seedPath);
      expect(text.slice(line.content.start, line.content.end)).toBe(line.content.text);
      if (line.cue) expect(text.slice(line.cue.start, line.cue.end)).toBe(line.cue.text);
      expect(line.confidence).toBeGreaterThan(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
    const rubio = lines.find((l) => l.content.text.includes('armed terrorist organizations'));
    expect(rubio).toMatchObject({
      speaker: 'Marco Rubio',
      speakerType: 'person',
      role: 'Secretary of State',
      kind: 'direct',
    });
    // The mention is the speaker as written, title included.
    expect(text.slice(rubio?.speakerMention?.start, rubio?.speakerMention?.end)).toBe('Secretary of State Marco Rubio');
  });

  it('keeps offsets as JavaScript string indices when the text has emoji and accents before the quote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbot-quotes-'));
    const file = join(dir, 'emoji.txt');
    const text = '🎉🎉 Café news. “We will win this fight,” said Ana Núñez, the mayor.';
    writeFileSync(file, text);
    const [line] = (await run([file])).out.map((l) => JSON.parse(l) as QuoteLine);
    expect(line?.content.text).toBe('We will win this fight');
    expect(text.slice(line?.content.start, line?.content.end)).toBe('We will win this fight');
    expect(line?.speaker).toBe('Ana Núñez');
    expect(line?.role).toBe('mayor');
  });

  it('prints a belief only when it quotes its holder’s words, and marks it as a belief', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbot-quotes-'));
    const file = join(dir, 'beliefs.txt');
    writeFileSync(
      file,
      'Senator Ana Ruiz thinks the gun issue should now be a “litmus test” for her party. ' +
        'Tom Reed believes the plan will fail in the Senate. “We will win,” Reed said.',
    );
    const lines = (await run([file])).out.map((l) => JSON.parse(l) as QuoteLine);
    const belief = lines.find((l) => l.content.text.includes('litmus test'));
    expect(belief).toMatchObject({ speaker: 'Ana Ruiz', belief: true });
    expect(lines.some((l) => l.content.text.includes('plan will fail'))).toBe(false);
    expect(lines.find((l) => l.content.text === 'We will win')).not.toHaveProperty('belief');
    const readable = (await run([file], false)).out;
    expect(readable.find((l) => l.includes('litmus test'))).toContain(', belief, "thinks"');
  });

  it('prints a quotation split by its attribution as one quote, and keeps apart what is not one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbot-quotes-'));
    const file = join(dir, 'split.txt');
    const text =
      'Mayor Lena Ortiz spoke on Friday. “We will vote no,” she told reporters. “The bill is a mistake.”\n\n' +
      '“It passes anyway,” said Tom Reed. “We have the votes,” Ana Ruiz replied.\n\n' +
      '“Rain is coming,” Ortiz said.\n\n“Bring coats.”';
    writeFileSync(file, text);
    const lines = (await run([file])).out.map((l) => JSON.parse(l) as QuoteLine);
    const split = lines.find((l) => l.content.text.startsWith('We will vote no'));
    expect(split?.content.text).toBe('We will vote no,” she told reporters. “The bill is a mistake.');
    expect(text.slice(split?.content.start, split?.content.end)).toBe(split?.content.text);
    expect(split?.speaker).toBe('Lena Ortiz');
    expect(split?.cue?.text).toBe('told');
    expect(lines.some((l) => l.content.text === 'The bill is a mistake.')).toBe(false);
    // Two speakers, or a new paragraph, end the quote.
    expect(lines.find((l) => l.content.text.startsWith('It passes anyway'))?.content.text).toBe('It passes anyway');
    expect(lines.find((l) => l.content.text.startsWith('Rain is coming'))?.content.text).toBe('Rain is coming');
  });

  it('reports an unreadable file in one line and still processes the others', async () => {
    const { out, err, failed } = await run(['/nonexistent/article.txt', seedPath]);
    expect(failed).toBe(1);
    expect(err).toEqual(['newsbot quotes: cannot read /nonexistent/article.txt: no such file']);
    expect(out.length).toBeGreaterThan(5);
    const dirErr = await run([tmpdir()]);
    expect(dirErr.err[0]).toContain('is a directory');
  });

  it('prints readable lines without --json and registers on the program', async () => {
    const { out } = await run([seedPath], false);
    expect(out.some((l) => l.includes('Marco Rubio (Secretary of State)'))).toBe(true);
    const program = new Command('newsbot');
    registerQuotesCommand(program);
    expect(program.commands.map((c) => c.name())).toContain('quotes');
  });
});
