import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../src/core/commands/command-spec.ts';
import { usageOf } from '../../src/core/commands/parse-command-text.ts';
import { COMMAND_SPECS } from '../../src/core/commands/specs.ts';

const readme = readFileSync('README.md', 'utf8');
const envExample = readFileSync('.env.example', 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** Every environment variable the code reads, found by its name in the sources (config parsers take `env`). */
function variablesReadByTheCode(): string[] {
  const names = new Set<string>();
  for (const file of sourceFiles('src')) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /\benv(?:\.|\[')([A-Z][A-Z0-9_]{2,})|'((?:NEWSBOT|SLACK|DISCORD)_[A-Z0-9_]+|PORT|REDIS_URL|LOG_LEVEL)'/g,
    )) {
      names.add((match[1] ?? match[2]) as string);
    }
  }
  return [...names].sort();
}

function leafUsages(specs: readonly CommandSpec[], pathSoFar: string[] = []): string[] {
  return specs.flatMap((spec) =>
    spec.subcommands
      ? leafUsages(spec.subcommands, [...pathSoFar, spec.name])
      : [usageOf([...pathSoFar, spec.name], spec)],
  );
}

describe('the README and .env.example stay true to the code', () => {
  it('document every environment variable the code reads', () => {
    const variables = variablesReadByTheCode();
    expect(variables.length).toBeGreaterThan(15);
    for (const name of variables) {
      expect.soft(readme, `README lacks ${name}`).toContain(name);
      expect.soft(envExample, `.env.example lacks ${name}`).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
    }
  });

  it('name every chat command the bot parses', () => {
    for (const usage of leafUsages(COMMAND_SPECS)) {
      const [, command, sub] = usage.split(' ');
      expect.soft(readme, `README lacks /news ${command} ${sub ?? ''}`).toContain(`${command}${sub ? ` ${sub}` : ''}`);
    }
  });

  it('give the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});
