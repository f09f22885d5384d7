import { nameTokens } from '../entities/normalize-name.ts';
import { personNameParts, sameFullName } from '../entities/person-name.ts';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The words between given name and surname, initials kept ("Donald J. Trump" → ["j"]). */
function middleNames(name: string): string[] {
  const words = name
    .split(/\s+/)
    .map((word) => nameTokens(word).join('-'))
    .filter((word) => word !== '');
  if (words.length > 1 && SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words.slice(1, -1);
}

/** An initial stands for any name starting with it; full names must be equal. */
const sameMiddle = (a: string, b: string) =>
  a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/** Every middle name of the shorter list appears, in order, in the longer one. */
function middlesFit(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let at = 0;
  for (const middle of short) {
    while (at < long.length && !sameMiddle(middle, long[at] as string)) at++;
    if (at === long.length) return false;
    at++;
  }
  return true;
}

/**
 * Two spellings of one person's name: same given name, surname and suffix, and one is the other with extra middle
 * names or initials ("Hillary Rodham Clinton" = "Hillary Clinton", "Donald J. Trump" = "Donald John Trump"). Two
 * different middle names ("John Michael Smith", "John Robert Smith") are namesakes, as are Jr./Sr.
 */
export function sameNameSpelling(a: string, b: string): boolean {
  return sameFullName(personNameParts(a), personNameParts(b)) && middlesFit(middleNames(a), middleNames(b));
}
