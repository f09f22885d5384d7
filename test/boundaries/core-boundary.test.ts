import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findBoundaryViolations } from './import-rules.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const coreDir = path.join(repoRoot, 'src', 'core');

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|cts|js|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function check(source: string, file = path.join(coreDir, 'example', 'example.ts')) {
  return findBoundaryViolations(file, source, repoRoot).map((violation) => violation.what);
}

describe('the core stays platform-neutral', () => {
  it('no file under src/core imports a chat SDK or an upper layer, or reads process.env', () => {
    const files = sourceFilesUnder(coreDir);
    expect(files.length).toBeGreaterThan(10); // the walk really found the core
    const violations = files.flatMap((file) => findBoundaryViolations(file, readFileSync(file, 'utf8'), repoRoot));
    expect(violations.map((v) => `${v.file}:${v.line} ${v.what}`)).toEqual([]);
  });
});

describe('the boundary check catches each way of breaking it', () => {
  it('flags chat SDK imports in every import form', () => {
    expect(check(`import { App } from '@slack/bolt';`)).toEqual(['imports @slack/bolt']);
    expect(check(`import type { WebClient } from '@slack/web-api';`)).toEqual(['imports @slack/web-api']);
    expect(check(`export { Client } from 'discord.js';`)).toEqual(['imports discord.js']);
    expect(check(`const rest = await import('@discordjs/rest');`)).toEqual(['imports @discordjs/rest']);
    expect(check(`const d = require('discord.js');`)).toEqual(['imports discord.js']);
    expect(check(`const m = await import(name);`)).toEqual(['loads a module by computed name']);
  });

  it('flags relative imports that climb into adapters, app, cli or config', () => {
    expect(check(`import { x } from '../../adapters/slack/slack-adapter.ts';`)).toEqual([
      'imports ../../adapters/slack/slack-adapter.ts from src/adapters',
    ]);
    expect(check(`import { loadConfig } from '../../config.ts';`)).toEqual([
      'imports ../../config.ts from src/config.ts',
    ]);
  });

  it('flags every way of reading the environment', () => {
    expect(check('const token = process.env.SLACK_BOT_TOKEN;')).toEqual(['reads process.env']);
    expect(check(`const token = process['env'].X;`)).toEqual(['reads process[...]']);
    expect(check('const { env } = process;')).toEqual(['destructures process']);
    expect(check(`import { env } from 'node:process';`)).toEqual(['imports env from process']);
    expect(check(`import proc from 'node:process';\nconst x = proc.env.X;`)).toEqual(['reads process.env']);
    expect(check('const x = globalThis.process.env.X;')).toEqual(['reads process.env']);
  });

  it('lets ordinary core code through', () => {
    const ok = `import { readFile } from 'node:fs/promises';
import Bottleneck from 'bottleneck';
import type { Reply } from '../model/reply.ts';
// process.env is mentioned in a comment only
const text = 'process.env.SLACK_BOT_TOKEN';
export const hrtime = process.hrtime;`;
    expect(check(ok)).toEqual([]);
  });
});
