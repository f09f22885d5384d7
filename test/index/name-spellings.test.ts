import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Newsbot } from '../../src/core/newsbot.ts';
import { ingestFiles, seedBot } from '../answers/seed-bot.ts';

// PolNeAR-style reports: one outlet writes the middle name, another leaves it out; real namesakes share a surname
// (Bill Clinton) or differ only by a generational suffix (Donald Trump Jr.).
const ARTICLES: Record<string, string> = {
  'rodham.txt': `Hillary Rodham Clinton spoke in Iowa on Tuesday about health care costs.
"We are going to lower the cost of prescription drugs for every family," Hillary Rodham Clinton said.
`,
  'plain.txt': `Hillary Clinton campaigned in Ohio on Wednesday.
"Our economy has to work for everyone, not just those at the top," Hillary Clinton said.
`,
  'bill.txt': `Former president Bill Clinton addressed supporters in Little Rock on Thursday.
"I have never seen an election this close," Bill Clinton said.
`,
  'trump.txt': `Donald Trump held a rally in Florida on Friday.
"We will build the wall and Mexico will pay for it," Donald Trump said.
`,
  'michael.txt': `John Michael Smith, the county treasurer, presented the budget on Monday.
"The county will balance its books this year," John Michael Smith said.
`,
  'robert.txt': `John Robert Smith, a local farmer, spoke at the fair on Monday.
"The harvest was the best in a decade," John Robert Smith said.
`,
  'junior.txt': `Donald Trump Jr. appeared on a podcast on Saturday.
"My father never backs down from a fight," said Donald Trump Jr., the eldest son.
`,
};

let bot: Newsbot;
let dir: string;

beforeAll(async () => {
  ({ bot } = await seedBot());
  dir = mkdtempSync(join(tmpdir(), 'newsbot-spellings-'));
  for (const [file, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, file), text);
  await ingestFiles(
    bot.kv,
    bot.clock,
    Object.keys(ARTICLES).map((file) => join(dir, file)),
  );
  await bot.indexSync.catchUp();
});
afterAll(async () => {
  await bot.close();
  rmSync(dir, { recursive: true, force: true });
});

const texts = (answer: { items: { text: string; variants: { text: string }[] }[] }) =>
  answer.items.flatMap((item) => [item.text, ...item.variants.map((v) => v.text)]).join('\n');

describe('one person under two spellings (a middle name written or left out)', () => {
  for (const question of ['what did Hillary Clinton say?', 'what did Hillary Rodham Clinton say?']) {
    it(`“${question}” answers with the quotes of both spellings`, async () => {
      const answer = await bot.ask(question);
      expect(answer.message ?? '').not.toMatch(/several people/);
      expect(answer.entity?.name).toMatch(/^Hillary (Rodham )?Clinton$/);
      expect(texts(answer)).toContain('prescription drugs');
      expect(texts(answer)).toContain('work for everyone');
      expect(texts(answer)).not.toContain('election this close');
    });
  }

  it('a bare surname two different people share stays ambiguous, each person offered once', async () => {
    const answer = await bot.ask('what did Clinton say?');
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/could be several people/);
    expect(answer.suggestions).toContain('Bill Clinton');
    expect(answer.suggestions.filter((name) => /^Hillary/.test(name))).toHaveLength(1);
  });

  it('two different middle names are two people (each keeps only their own quotes)', async () => {
    const treasurer = await bot.ask('what did John Michael Smith say?');
    expect(texts(treasurer)).toContain('balance its books');
    expect(texts(treasurer)).not.toContain('harvest');
    const farmer = await bot.ask('what did John Robert Smith say?');
    expect(texts(farmer)).toContain('harvest');
    expect(texts(farmer)).not.toContain('balance its books');
  });

  it('a generational suffix is another person: Donald Trump is not Donald Trump Jr.', async () => {
    const father = await bot.ask('what did Donald Trump say?');
    expect(texts(father)).toContain('build the wall');
    expect(texts(father)).not.toContain('never backs down');
    const son = await bot.ask('what did Donald Trump Jr. say?');
    expect(texts(son)).toContain('never backs down');
    expect(texts(son)).not.toContain('build the wall');
  });
});
