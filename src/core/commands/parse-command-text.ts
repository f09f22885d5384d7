import type { ArgSpec, CommandSpec } from './command-spec.ts';
import { COMMAND_SPECS } from './specs.ts';

export type ParsedCommand =
  | { ok: true; command: string[]; args: Record<string, string>; spec: CommandSpec }
  | { ok: false; error: string; usage: string };

const findSpec = (specs: readonly CommandSpec[], word: string | undefined) =>
  word === undefined ? undefined : specs.find((spec) => spec.name === word.toLowerCase());

/** Usage line for a command path, e.g. `/news digest subscribe [time] [timezone] [filter]`. */
export function usageOf(path: string[], spec: CommandSpec): string {
  const args = (spec.args ?? []).map((arg) => (arg.required ? `<${arg.name}>` : `[${arg.name}]`));
  const subs = spec.subcommands ? [spec.subcommands.map((sub) => sub.name).join('|')] : [];
  return ['/news', ...path, ...subs, ...args].join(' ');
}

function bindArgs(specs: readonly ArgSpec[], words: string[]): Record<string, string> | string {
  const args: Record<string, string> = {};
  let rest = [...words];
  for (const spec of specs) {
    if (spec.greedy) {
      if (rest.length > 0) args[spec.name] = rest.join(' ');
      rest = [];
      continue;
    }
    const word = rest[0];
    if (word === undefined) continue;
    if (spec.pattern && !spec.pattern.test(word)) continue;
    args[spec.name] = word;
    rest = rest.slice(1);
  }
  if (rest.length > 0) return `unexpected words: ${rest.join(' ')}`;
  const missing = specs.find((spec) => spec.required && !args[spec.name]);
  return missing ? `missing ${missing.name}` : args;
}

/**
 * Parses the text after `/news` (Slack, terminal, @-mentions). A text that does not start with a command name is a
 * question: `/news what did Rubio say?` is `ask`.
 */
export function parseCommandText(text: string, specs: readonly CommandSpec[] = COMMAND_SPECS): ParsedCommand {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const found = findSpec(specs, words[0]);
  const top = found?.questionWhenFollowedBy?.test(words[1] ?? '') ? undefined : found;
  if (!top) {
    const ask = findSpec(specs, 'ask');
    if (!ask || words.length === 0) {
      const help = findSpec(specs, 'help');
      return help
        ? { ok: true, command: ['help'], args: {}, spec: help }
        : { ok: false, error: 'empty command', usage: '/news help' };
    }
    return { ok: true, command: ['ask'], args: { question: words.join(' ') }, spec: ask };
  }
  let path = [top.name];
  let spec = top;
  let rest = words.slice(1);
  if (top.subcommands) {
    const sub = findSpec(top.subcommands, rest[0]);
    if (!sub) {
      const known = top.subcommands.map((s) => s.name).join(', ');
      const said = rest[0] ? `unknown ${top.name} command “${rest[0]}”` : `${top.name} needs a subcommand`;
      return { ok: false, error: `${said}; try one of: ${known}`, usage: usageOf(path, top) };
    }
    path = [top.name, sub.name];
    spec = sub;
    rest = rest.slice(1);
  }
  const bound = bindArgs(spec.args ?? [], rest);
  if (typeof bound === 'string') return { ok: false, error: bound, usage: usageOf(path, spec) };
  return { ok: true, command: path, args: bound, spec };
}

/** The spec for a command path, e.g. ['digest', 'now']. */
export function specFor(path: string[], specs: readonly CommandSpec[] = COMMAND_SPECS): CommandSpec | undefined {
  let level: readonly CommandSpec[] = specs;
  let found: CommandSpec | undefined;
  for (const name of path) {
    found = findSpec(level, name);
    if (!found) return undefined;
    level = found.subcommands ?? [];
  }
  return found;
}
