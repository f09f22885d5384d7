import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IndexSync } from '../../src/core/index/index-sync.ts';
import { NewsIndex } from '../../src/core/index/news-index.ts';
import { Newsbot } from '../../src/core/newsbot.ts';
import { type Logger, silentLogger } from '../../src/core/ports.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { ingestFiles, manualClock, SEEDS_DIR } from '../answers/seed-bot.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbot-index-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const seedFile = (name: string) => join(SEEDS_DIR, name);

describe('the index follows the store’s change log', () => {
  it('reopening the index file answers at once and reads only the new tail of the log', async () => {
    const clock = manualClock('2026-11-20T15:00:00.000Z');
    const kv = await openStore(`sqlite://${join(dir, 'store.sqlite')}`, { clock });
    await ingestFiles(kv, clock, [seedFile('000_1ba7f7b49b2fcce1.txt'), seedFile('001_f7db4d455873c533.txt')]);
    const indexPath = join(dir, 'index.sqlite');
    const first = NewsIndex.open(indexPath);
    const log = new ArticleRepository(kv, clock);
    expect(await new IndexSync(first, log, silentLogger).catchUp()).toBe(2);
    first.close();

    await ingestFiles(kv, clock, [seedFile('004_a3af21f984c6ba0f.txt')]);
    const reopened = NewsIndex.open(indexPath);
    expect(reopened.articleCount()).toBe(2);
    expect(reopened.logPosition()).toBe(2);
    expect(await new IndexSync(reopened, log, silentLogger).catchUp()).toBe(1);
    expect(reopened.articleCount()).toBe(3);
    reopened.close();
    await kv.close();
  });

  it('a second instance on the same store picks up articles the first one ingested', async () => {
    const clock = manualClock('2026-11-20T15:00:00.000Z');
    const kv = await openStore(`sqlite://${join(dir, 'shared.sqlite')}`, { clock });
    const other = await openStore(`sqlite://${join(dir, 'shared.sqlite')}`, { clock });
    const a = new Newsbot({ kv, clock, logger: silentLogger, options: { indexPath: join(dir, 'a.sqlite') } });
    const b = new Newsbot({ kv: other, clock, logger: silentLogger, options: { indexPath: join(dir, 'b.sqlite') } });
    await a.start();
    await b.start();
    expect((await b.ask('what did Rubio say?')).items).toEqual([]);
    await ingestFiles(kv, clock, [seedFile('001_f7db4d455873c533.txt')]);
    const answer = await b.ask('what did Rubio say?');
    expect(answer.entity?.name).toBe('Marco Rubio');
    expect(answer.items.length).toBeGreaterThan(0);
    await a.close();
    await b.close();
  });

  it('an entry logged twice (at-least-once log) updates the article instead of duplicating it', async () => {
    const clock = manualClock('2026-11-20T15:00:00.000Z');
    const kv = await openStore('memory://', { clock });
    const [id] = await ingestFiles(kv, clock, [seedFile('001_f7db4d455873c533.txt')]);
    await kv.set('log:2', id);
    const index = NewsIndex.open(':memory:');
    await new IndexSync(index, new ArticleRepository(kv, clock), silentLogger).catchUp();
    expect(index.articleCount()).toBe(1);
    expect(index.logPosition()).toBe(2);
    index.close();
    await kv.close();
  });

  it('an article the log names but the store lacks is waited for, then skipped with one warning', async () => {
    const clock = manualClock('2026-11-20T15:00:00.000Z');
    const kv = await openStore('memory://', { clock });
    await kv.set('log:1', 'missing-article');
    await ingestFiles(kv, clock, [seedFile('001_f7db4d455873c533.txt')]);
    const warnings: object[] = [];
    const logger: Logger = { ...silentLogger, warn: (obj) => void warnings.push(obj as object) };
    const index = NewsIndex.open(':memory:');
    const sync = new IndexSync(index, new ArticleRepository(kv, clock), logger, { missingPatience: 2 });
    expect(await sync.catchUp()).toBe(0);
    expect(index.logPosition()).toBe(0);
    expect(await sync.catchUp()).toBe(1);
    expect(index.logPosition()).toBe(2);
    expect(warnings).toEqual([{ seq: 1, articleId: 'missing-article' }]);
    index.close();
    await kv.close();
  });
});

describe('background polling', () => {
  it('once started, the sync picks up newly logged articles by itself and stops cleanly', async () => {
    const clock = manualClock('2026-11-20T15:00:00.000Z');
    const kv = await openStore('memory://', { clock });
    const index = NewsIndex.open(':memory:');
    const sync = new IndexSync(index, new ArticleRepository(kv, clock), silentLogger, { pollMs: 10 });
    await sync.start();
    expect(index.articleCount()).toBe(0);
    await ingestFiles(kv, clock, [seedFile('001_f7db4d455873c533.txt')]);
    await vi.waitFor(() => expect(index.articleCount()).toBe(1), { timeout: 5000, interval: 10 });
    await sync.stop();
    await ingestFiles(kv, clock, [seedFile('004_a3af21f984c6ba0f.txt')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(index.articleCount()).toBe(1);
    index.close();
    await kv.close();
  });
});
