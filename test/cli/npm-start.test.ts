import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve('bin/newsbot.js');

/** Runs `newsbot start` as `npm start` does, with the lines piped in and no chat credentials in the environment. */
async function start(storeUrl: string, input: string) {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NEWSBOT_STORE: storeUrl };
  const child = run(process.execPath, [BIN, 'start'], { env, timeout: 60_000 });
  child.child.stdin?.end(input);
  return child;
}

describe('GIVEN a fresh checkout with no Slack or Discord credentials', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsbot-start-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('THEN npm start opens a terminal chat over the seeds that answers "what did Rubio say?"', async () => {
    const store = `sqlite://${path.join(dir, 'newsbot.sqlite')}`;
    const { stdout, stderr } = await start(store, 'what did Rubio say?\n');
    expect(stdout).toContain('ingested 5 sample articles from seeds/');
    expect(stdout).toContain('To connect Slack set SLACK_BOT_TOKEN');
    expect(stdout).toContain('Marco Rubio');
    expect(stdout).toContain('armed terrorist');
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces

    // A second start on the same store re-ingests nothing and still answers (the index persisted on disk).
    const again = await start(store, 'who said "absolutely ruled out"?\n');
    expect(again.stdout).not.toContain('ingested');
    expect(again.stdout).toContain('Sheinbaum');
  }, 90_000);

  it('THEN an unreachable store fails at start with one line naming it, without a stack trace', async () => {
    const outcome = await start('redis://127.0.0.1:1/0', 'what did Rubio say?\n').catch((error: unknown) => error);
    const { stderr, code } = outcome as { stderr: string; code: number };
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('redis://127.0.0.1:1/0');
  }, 60_000);
});
