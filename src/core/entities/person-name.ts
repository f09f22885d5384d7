import { nameTokens } from './normalize-name.ts';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A person's name split for matching: given names, surname, and a generational suffix that tells Jr. from Sr. */
export interface PersonNameParts {
  tokens: string[];
  given: string | null;
  surname: string;
  suffix: string | null;
}

/** Splits a name into parts; single letters (middle initials) are ignored so "Donald J. Trump" = "Donald Trump". */
export function personNameParts(name: string): PersonNameParts {
  const cached = memo.get(name);
  if (cached) return cached;
  const parts = computeParts(name);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, parts);
  return parts;
}

// Parts are read-only after creation, so one object per distinct name string can be shared.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, PersonNameParts>();

function computeParts(name: string): PersonNameParts {
  // Words are split on spaces only, so a hyphenated surname ("Farfán-Méndez") stays one word.
  const all = name
    .split(/\s+/)
    .map((w) => nameTokens(w).join('-'))
    .filter((t) => t.length > 1 || (t !== '' && !/^[a-z]$/.test(t)));
  let suffix: string | null = null;
  if (all.length > 1 && SUFFIXES.has(all[all.length - 1] as string)) suffix = all.pop() as string;
  return { tokens: all, given: all.length > 1 ? (all[0] as string) : null, surname: all[all.length - 1] ?? '', suffix };
}

/** Two full names denote the same person when given name, surname and suffix agree. */
export function sameFullName(a: PersonNameParts, b: PersonNameParts): boolean {
  return a.surname === b.surname && a.given === b.given && a.suffix === b.suffix;
}
