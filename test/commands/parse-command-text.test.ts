import { describe, expect, it } from 'vitest';
import { parseCommandText } from '../../src/core/commands/parse-command-text.ts';

describe('parsing /news text from the command specs', () => {
  it('treats free text as a question', () => {
    const parsed = parseCommandText('what did Rubio say?');
    expect(parsed).toMatchObject({ ok: true, command: ['ask'], args: { question: 'what did Rubio say?' } });
  });

  it('reads a command with a greedy argument, whatever its casing', () => {
    expect(parseCommandText('WHO Claudia Sheinbaum')).toMatchObject({
      ok: true,
      command: ['who'],
      args: { name: 'Claudia Sheinbaum' },
    });
  });

  it('binds optional arguments only when they look right', () => {
    expect(parseCommandText('digest subscribe 08:00 Europe/Madrid mexico')).toMatchObject({
      ok: true,
      command: ['digest', 'subscribe'],
      args: { time: '08:00', timezone: 'Europe/Madrid', filter: 'mexico' },
    });
    expect(parseCommandText('digest subscribe mexico city')).toMatchObject({
      ok: true,
      args: { filter: 'mexico city' },
    });
  });

  it('explains an unknown subcommand and lists the known ones', () => {
    const parsed = parseCommandText('digest sometimes');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain('unknown digest command “sometimes”');
      expect(parsed.error).toContain('now, subscribe, unsubscribe, list');
      expect(parsed.usage).toBe('/news digest now|subscribe|unsubscribe|list');
    }
  });

  it('reports a missing required argument with usage', () => {
    const parsed = parseCommandText('source add');
    expect(parsed).toMatchObject({ ok: false, error: 'missing url', usage: '/news source add <url>' });
  });

  it('shows help for an empty command', () => {
    expect(parseCommandText('   ')).toMatchObject({ ok: true, command: ['help'] });
  });
});

describe('questions that start like a command', () => {
  it('asks "who said …" instead of looking up a person called "said …"', () => {
    expect(parseCommandText('who said "absolutely ruled out"?')).toMatchObject({
      ok: true,
      command: ['ask'],
      args: { question: 'who said "absolutely ruled out"?' },
    });
    expect(parseCommandText('Who called the cartels terrorist organizations?')).toMatchObject({ command: ['ask'] });
    expect(parseCommandText('who Marco Rubio')).toMatchObject({ command: ['who'], args: { name: 'Marco Rubio' } });
  });
});
