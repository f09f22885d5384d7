import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Answer } from '../../src/core/model/answer.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/newsbot.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbot-ask-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('`newsbot ask --json` on an empty store ingests the seeds and prints the contract object', async () => {
  const store = `sqlite://${join(dir, 'store.sqlite')}`;
  const env = { ...process.env, NEWSBOT_STORE: '', NEWSBOT_INDEX_PATH: '' };
  const { stdout } = await run('node', [BIN, '--store', store, 'ask', '--json', 'what did Rubio say?'], { env });
  const answer = JSON.parse(stdout) as Answer;
  expect(Object.keys(answer).sort()).toEqual(['entity', 'intent', 'items', 'question', 'stories', 'suggestions']);
  expect(answer).toMatchObject({ question: 'what did Rubio say?', intent: 'said', entity: { name: 'Marco Rubio' } });
  const item = answer.items[0];
  expect(Object.keys(item ?? {}).sort()).toEqual(['kind', 'sources', 'speaker', 'text', 'variants']);
  expect(Object.keys(item?.sources[0] ?? {}).sort()).toEqual([
    'articleId',
    'file',
    'outlet',
    'publishedAt',
    'title',
    'url',
  ]);
  expect(item?.sources.length).toBeGreaterThanOrEqual(2);
  // The index is a file beside the store, so the next run answers without rebuilding.
  expect(existsSync(join(dir, 'store.index.sqlite'))).toBe(true);
}, 30_000);
