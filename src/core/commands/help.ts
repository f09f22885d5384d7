import type { Reply } from '../model/reply.ts';
import type { CommandSpec } from './command-spec.ts';
import { usageOf } from './parse-command-text.ts';
import { COMMAND_SPECS } from './specs.ts';

function helpLines(specs: readonly CommandSpec[], path: string[] = []): string[] {
  return specs.flatMap((spec) => {
    const here = [...path, spec.name];
    if (spec.subcommands) return helpLines(spec.subcommands, here);
    const admin = spec.adminOnly ? ' (channel managers)' : '';
    return [`${usageOf(here, spec)} — ${spec.description}${admin}`];
  });
}

/** Help generated from the command specs, so it can never disagree with what the bot parses. */
export function helpReply(specs: readonly CommandSpec[] = COMMAND_SPECS): Reply {
  const lines = helpLines(specs);
  const examples = specs.flatMap((spec) => spec.examples ?? []).map((example) => `/news ${example}`);
  const fields = [{ label: 'Examples', value: examples.join('\n') }];
  const title = 'newsbot: who said what in the news, with every outlet that reported it';
  const fallbackText = [title, '', ...lines, '', 'Examples:', ...examples].join('\n');
  return { kind: 'help', visibility: 'ephemeral', title, lines, fields, fallbackText };
}
