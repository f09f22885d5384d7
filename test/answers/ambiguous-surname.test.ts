import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Newsbot } from '../../src/core/newsbot.ts';
import { ingestFiles, seedBot } from './seed-bot.ts';

const OTHER_JOHNSON = `Former British prime minister Boris Johnson warned on Monday that Europe must spend more on defence.
"We cannot keep asking others to pay for our security," Boris Johnson told an audience in London.
Johnson added that the alliance had "never been more important".
`;

let bot: Newsbot;
let dir: string;

beforeAll(async () => {
  ({ bot } = await seedBot());
  dir = mkdtempSync(join(tmpdir(), 'newsbot-johnson-'));
  writeFileSync(join(dir, 'london-report.txt'), OTHER_JOHNSON);
  await ingestFiles(bot.kv, bot.clock, [join(dir, 'london-report.txt')]);
  await bot.indexSync.catchUp();
});
afterAll(async () => {
  await bot.close();
  rmSync(dir, { recursive: true, force: true });
});

it('a surname two people share is ambiguous: no quotes, both names offered', async () => {
  const answer = await bot.ask('what did Johnson say?');
  expect(answer.items).toEqual([]);
  expect(answer.entity).toBeNull();
  expect(answer.message).toMatch(/could be several people/);
  expect(answer.suggestions).toEqual(expect.arrayContaining(['Ronald Johnson', 'Boris Johnson']));
});

it('the full name still answers, with only that person’s quotes', async () => {
  const answer = await bot.ask('what did Ronald Johnson say?');
  expect(answer.entity?.name).toBe('Ronald Johnson');
  const texts = answer.items.map((item) => item.text).join('\n');
  expect(texts).toContain('We are united');
  expect(texts).not.toContain('pay for our security');
});
