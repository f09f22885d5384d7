/**
 * Compares local command definitions with what Discord returns. Discord adds ids, versions and defaults (and
 * omits `required: false`), so both sides are reduced to the fields that define the command before comparing.
 */
type Loose = Record<string, unknown>;

function comparableOption(option: Loose): Loose {
  return {
    type: option.type,
    name: option.name,
    description: option.description,
    required: option.required ?? false,
    autocomplete: option.autocomplete ?? false,
    choices: option.choices ?? [],
    min_length: option.min_length ?? null,
    max_length: option.max_length ?? null,
    options: ((option.options as Loose[] | undefined) ?? []).map(comparableOption),
  };
}

function comparableCommand(command: Loose): Loose {
  const contexts = command.contexts as number[] | null | undefined;
  return {
    name: command.name,
    type: command.type ?? 1,
    description: command.description,
    default_member_permissions: command.default_member_permissions ?? null,
    nsfw: command.nsfw ?? false,
    contexts: contexts ? [...contexts].sort() : null,
    options: ((command.options as Loose[] | undefined) ?? []).map(comparableOption),
  };
}

const byName = (a: Loose, b: Loose) => String(a.name).localeCompare(String(b.name));

/** True when registering `local` would change what Discord has (including commands Discord has that we dropped). */
export function commandsDiffer(local: readonly object[], remote: readonly object[]): boolean {
  const normalise = (list: readonly object[]) =>
    JSON.stringify(list.map((c) => comparableCommand(c as Loose)).sort(byName));
  return normalise(local) !== normalise(remote);
}
