import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { digestWindow } from '../../src/cli/commands/digest.ts';
import type { Digest } from '../../src/core/digest/digest.ts';
import { UserFacingError } from '../../src/core/user-facing-error.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/newsbot.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbot-digest-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsbot digest', () => {
  test('`--json` on an empty store ingests the seeds and prints the contract, Friday reports as one story', async () => {
    const store = `sqlite://${join(dir, 'store.sqlite')}`;
    const env = { ...process.env, NEWSBOT_STORE: '', NEWSBOT_INDEX_PATH: '' };
    const { stdout } = await run('node', [BIN, '--store', store, 'digest', '--json'], { env });
    const digest = JSON.parse(stdout) as Digest;
    expect(digest.stories.map((s) => s.articles.length)).toEqual([4, 1]);
    const [friday] = digest.stories;
    expect(Object.keys(friday ?? {}).sort()).toEqual(['articles', 'headline', 'id', 'quotes', 'summary']);
    expect(friday?.headline).toMatch(/^Mexico Rejects U.S. Military Presence/);
    // The filter flag narrows it, and nothing was posted or stored by printing it.
    const filtered = await run('node', [BIN, '--store', store, 'digest', '--json', '--filter', 'Pentagon'], { env });
    expect((JSON.parse(filtered.stdout) as Digest).stories).toHaveLength(1);
  }, 60_000);
});

describe('digestWindow: the flags', () => {
  const now = Date.parse('2026-11-21T08:00:00Z');

  test('default: the 24 hours before now, ten stories', () => {
    expect(digestWindow({}, now)).toEqual({
      since: '2026-11-20T08:00:00.000Z',
      until: '2026-11-21T08:00:00.000Z',
      filter: null,
      maxStories: 10,
    });
  });

  test('--since alone runs to now; --until alone starts a day before it', () => {
    expect(digestWindow({ since: '2026-11-19' }, now).since).toBe('2026-11-19T00:00:00.000Z');
    expect(digestWindow({ until: '2026-11-20T12:00:00+01:00' }, now).since).toBe('2026-11-19T11:00:00.000Z');
  });

  test.each([
    [{ since: '2026-11-22T00:00:00Z' }, /--since must be before --until/],
    [{ until: 'soon' }, /--until “soon” is not a date/],
    [{ limit: '0' }, /--limit “0” must be a whole number/],
    [{ limit: 'ten' }, /--limit “ten”/],
  ])('%o is refused with one clear line', (options, message) => {
    expect(() => digestWindow(options, now)).toThrow(UserFacingError);
    expect(() => digestWindow(options, now)).toThrow(message);
  });
});
