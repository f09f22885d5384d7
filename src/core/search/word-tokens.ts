/**
 * Comparison words of a text: accents and case removed, British "-isation" spelt "-ization", "co-operate" joined, a
 * plural "s" dropped. Shared by quote merging, question matching and story vectors so they agree on what a word is.
 */
export function wordTokens(text: string): string[] {
  const words =
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/\b(co|re|non|pre)-(?=\p{L})/gu, '$1')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map(canonicalWord);
}

function canonicalWord(word: string): string {
  let w = word.replace(/is(ation|e|ed|ing)$/, 'iz$1');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    w = w.slice(0, -1);
  return w;
}

/** Words too common to say anything about topic or identity. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto over under about as than then that this these ' +
    'those there their they them he him his she her it its we our us you your i me my be been being is are was were am ' +
    'will would shall should can could may might must do doe did done have ha had not no so if any all some such very ' +
    'just also more most other what which who whom whose when where why how said say says told tell according'
  ).split(' '),
);

/** The topical words of a text: `wordTokens` without stop words and one-letter words. */
export function contentWords(text: string): string[] {
  return wordTokens(text).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}
