import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { Newsbot } from '../../src/core/newsbot.ts';
import { silentLogger } from '../../src/core/ports.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { fakeClock } from '../store/fake-clock.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-wire-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('Newsbot.ingestFiles stores a wire story carried by two outlets once, with both as sources', async () => {
  const wire = readFileSync(path.resolve(import.meta.dirname, '../../seeds/001_f7db4d455873c533.txt'), 'utf8');
  // The second outlet runs the same wire copy with its own line on top and one sentence cut.
  const copy = `By Reuters staff in Mexico City\n${wire.replace('The White House has not confirmed the existence of the directive.', '')}`;
  writeFileSync(path.join(dir, 'reuters.txt'), wire);
  writeFileSync(path.join(dir, 'yahoo-news.txt'), copy);
  const clock = fakeClock();
  const bot = new Newsbot({ kv: await openStore('memory://', { clock }), clock, logger: silentLogger });
  try {
    const first = await bot.ingestFiles([path.join(dir, 'reuters.txt')]);
    await bot.ask('what did Rubio say?'); // the index has the article before the second outlet carries it
    const results = [...first, ...(await bot.ingestFiles([path.join(dir, 'yahoo-news.txt')]))];
    expect(results.map((r) => r.status)).toEqual(['added', 'duplicate']);
    expect(results[1]).toMatchObject({ duplicateOf: 'near-copy', sourceAdded: true });
    const id = (results[0] as { id: string }).id;
    expect((await bot.articles.get(id))?.article.sources.map((s) => s.outlet)).toEqual(['reuters', 'yahoo-news']);
    // Logged again with its new outlet, so every instance's index learns about it and answers cite both.
    expect(await bot.articles.readLog(1, 10)).toEqual([
      { seq: 1, articleId: id },
      { seq: 2, articleId: id },
    ]);
    const answer = await bot.ask('what did Rubio say?');
    const outlets = answer.items.flatMap((item) => item.sources.map((source) => source.outlet));
    expect(new Set(outlets)).toEqual(new Set(['reuters', 'yahoo-news']));
  } finally {
    await bot.close();
  }
});
