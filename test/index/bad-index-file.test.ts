import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { NewsIndex } from '../../src/core/index/news-index.ts';
import { UserFacingError } from '../../src/core/user-facing-error.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbot-bad-index-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('a file that is not an index gives one clear line saying it can be deleted', () => {
  const path = join(dir, 'index.sqlite');
  writeFileSync(path, 'this is not a database, just some text that happens to be here '.repeat(20));
  const open = () => NewsIndex.open(path);
  expect(open).toThrow(UserFacingError);
  expect(open).toThrow(
    /^cannot open the index at .*index\.sqlite: .*delete it and newsbot rebuilds it from the store\.$/,
  );
});

it('a folder that does not exist is named in the error', () => {
  const path = join(dir, 'no-such-folder', 'index.sqlite');
  expect(() => NewsIndex.open(path)).toThrow(`cannot open the index at ${path}`);
});

it('an index from an older schema version is emptied and rebuilt, not misread', () => {
  const path = join(dir, 'old.sqlite');
  const old = NewsIndex.open(path);
  old.setLogPosition(42);
  old.db.prepare("UPDATE meta SET value = '0' WHERE key = 'schema_version'").run();
  old.close();
  const reopened = NewsIndex.open(path);
  expect(reopened.logPosition()).toBe(0);
  expect(reopened.articleCount()).toBe(0);
  reopened.close();
});
