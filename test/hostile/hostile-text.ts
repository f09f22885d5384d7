/**
 * Adversarial text for the hostile-input sweep, generated from a seeded PRNG so every run feeds the same inputs and a
 * failure can be replayed. Each fragment is something an article (or a feed, or a scraped page) could contain.
 */

/** mulberry32: small, fast, good enough to pick fragments deterministically. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MENTIONS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S123|@team>',
  '<@U0123ABC>',
  '<#C0123ABC>',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
];

export const INJECTIONS = [
  '<https://evil.example/login|Read the full statement>',
  '[official transcript](https://evil.example/phish)',
  '[click](javascript:alert(1))',
  '*bold* _italic_ ~strike~ `code` ```block```',
  '||spoiler|| __underline__ > quote\n# Heading\n- list item',
  '{"type":"section","text":{"type":"mrkdwn","text":"<!channel>"}}',
  '"}]},{"type":"actions","elements":[{"type":"button","url":"https://evil.example"}]}',
  '&lt;!channel&gt; &amp;lt;',
  '<script>alert(1)</script>',
  '\\<!channel\\>',
];

export const INVISIBLES = [
  '\u202e', // right-to-left override
  '\u200f', // right-to-left mark
  '\u2066\u2069', // isolates
  '\u200d', // zero-width joiner
  '\u200b', // zero-width space
  '\ufeff', // byte-order mark mid-text
  '\u0301\u0301\u0301', // stacked combining accents
  '\u0000', // NUL
  '\ud800', // lone surrogate
];

export const QUOTE_MARKS = ['"', '“', '”', '‘', '’', '«', '»', '„', "'", '「', '」'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A remark made of hostile fragments, between ordinary words so the quote engine treats it as speech. */
export function hostileRemark(random: () => number, fragments = 6): string {
  const parts: string[] = [];
  for (let i = 0; i < fragments; i++) {
    const kind = random();
    if (kind < 0.35) parts.push(pick(random, MENTIONS));
    else if (kind < 0.7) parts.push(pick(random, INJECTIONS));
    else parts.push(`the${pick(random, INVISIBLES)}plan`);
  }
  return `We will act now ${parts.join(' and ')} without delay`;
}

/** An article in which named speakers say hostile things, in the forms the quote engine attributes. */
export function hostileArticle(random: () => number): string {
  const remark = () => hostileRemark(random);
  const open = pick(random, ['“', '"', '«']);
  const close = open === '“' ? '”' : open === '«' ? '»' : '"';
  return [
    `Rubio ${pick(random, INVISIBLES)} statement ${pick(random, MENTIONS)} stirs debate`,
    `${open}${remark()},${close} Secretary of State Marco Rubio said on Friday.`,
    `Rubio said that ${remark()}.`,
    `Mexican President Claudia Sheinbaum told reporters: ${open}${remark()}.${close}`,
    `${pick(random, QUOTE_MARKS)}${remark()} ${pick(random, QUOTE_MARKS)} an official said, ${pick(random, QUOTE_MARKS)} and more.`,
    `According to the White House, ${remark()}.`,
  ].join('\n\n');
}

/** Text with many quote marks that never close. */
export function unbalancedQuotes(count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(`${QUOTE_MARKS[i % QUOTE_MARKS.length]}word${i}`);
  return `Rubio said ${words.join(' ')}.`;
}

/** One sentence of about `bytes` characters: no full stop, no paragraph break. */
export function endlessSentence(bytes: number): string {
  const unit = 'and the minister said the talks would continue ';
  return `“${unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)}” Rubio said`;
}

/** Zero-width joiners and direction marks between every letter. */
export function invisibleFlood(bytes: number): string {
  const unit = 'R\u200du\u200eb\u202ei\u2066o\u2069 said \u200b';
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** Ordinary words with direction marks and zero-width characters between them. */
export function invisiblesBetweenWords(bytes: number): string {
  const unit = 'Rubio\u200d said\u200e the\u202e talks\u2066 would\u2069 go\u200b on\ufeff ';
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}
