import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { articleIdFor } from '../../src/core/ingest/article-id.ts';
import { cleanParagraphs } from '../../src/core/ingest/clean-article-text.ts';
import { ingestParsed } from '../../src/core/ingest/ingest-parsed.ts';
import { systemClock } from '../../src/core/ports.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { generatedBatch } from './generated-batch.ts';

const BATCH = 60;
const KILL_AFTER = 8;
const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the ingest child and kills it with SIGKILL once it has reported `KILL_AFTER` committed articles. */
function ingestUntilKilled(url: string): Promise<string[]> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'crash-ingest-child.ts'), url, String(BATCH)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const committed: string[] = [];
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('added ')) committed.push(line.slice('added '.length));
    if (committed.length >= KILL_AFTER) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.on('close', () => resolve(committed)));
}

it('kill -9 during an ingest batch: every committed article is intact and logged, nothing half-written', {
  timeout: 60_000,
}, async () => {
  const url = `sqlite://${path.join(dir, 'crash.sqlite')}`;
  const committed = await ingestUntilKilled(url);
  expect(committed.length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(committed.length).toBeLessThan(BATCH);

  const batch = generatedBatch(BATCH);
  const expectedText = new Map(
    batch.map((parsed) => {
      const cleaned = cleanParagraphs(parsed.original, parsed.paragraphs, { title: parsed.title });
      return [articleIdFor(cleaned.text), cleaned.text];
    }),
  );
  const kv = await openStore(url);
  const articles = new ArticleRepository(kv, systemClock);
  const logged = new Set((await articles.readLog(1, 10 * BATCH)).map((entry) => entry.articleId));
  for (const id of committed) {
    const stored = await articles.get(id);
    expect(stored?.article.text).toBe(expectedText.get(id));
    expect(stored?.quotes.length).toBeGreaterThan(0);
    expect(logged.has(id)).toBe(true);
  }
  // Every article the child may have been writing is either absent or complete.
  const all = await articles.getMany([...expectedText.keys()]);
  for (const stored of all) if (stored) expect(stored.article.text).toBe(expectedText.get(stored.article.id));

  // Re-ingesting the batch completes it and repairs any article stored but not yet logged when the child died.
  const rerun = [];
  for (const parsed of batch) rerun.push((await ingestParsed({ articles, clock: systemClock }, parsed)).status);
  expect(rerun.filter((status) => status === 'added').length).toBe(BATCH - all.filter(Boolean).length);
  const finalLog = await articles.readLog(1, 10 * BATCH);
  expect(new Set(finalLog.map((entry) => entry.articleId))).toEqual(new Set(expectedText.keys()));
  await kv.close();
});
