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
    const results = await bot.ingestFiles([path.join(dir, 'reuters.txt'), path.join(dir, 'yahoo-news.txt')]);
    expect(results.map((r) => r.status)).toEqual(['added', 'duplicate']);
    expect(results[1]).toMatchObject({ duplicateOf: 'near-copy', sourceAdded: true });
    const id = (results[0] as { id: string }).id;
    expect((await bot.articles.get(id))?.article.sources.map((s) => s.outlet)).toEqual(['reuters', 'yahoo-news']);
    expect(await bot.articles.head()).toBe(1);
  } finally {
    await bot.close();
  }
});
