/**
 * Reporting verbs (speech and writing) and belief verbs, in every inflected form.
 * Built from base forms with regular English inflection plus the irregular pasts listed explicitly.
 */

const SPEECH_BASES =
  'say tell add write claim insist argue explain note announce declare warn stress emphasize emphasise tweet ' +
  'post ask reply respond acknowledge admit confirm deny suggest report recall comment remark reiterate ' +
  'contend assert maintain predict promise vow pledge urge concede charge complain boast joke quip counter observe ' +
  'testify allege conclude caution mention disclose reveal repeat clarify highlight indicate shout blog protest ' +
  'proclaim affirm agree disagree answer describe elaborate estimate lament muse recount retort speculate ' +
  'theorize warn whisper yell interject acknowledge inform advise assure concur estimate mutter declare criticize criticise ' +
  'praise accuse question demand propose insist hint signal signify stress underscore underline contend emphasize';

const BELIEF_BASES =
  'think believe hope want feel expect fear worry doubt suspect wish intend consider suppose assume guess ' +
  'reckon imagine figure';

const IRREGULAR: Record<string, string[]> = {
  state: [],
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  think: ['thought'],
  feel: ['felt'],
  admit: ['admitted', 'admitting'],
  quip: ['quipped', 'quipping'],
  testify: ['testified', 'testifies'],
  reply: ['replied', 'replies'],
  deny: ['denied', 'denies'],
  worry: ['worried', 'worries'],
  theorize: [],
  signify: ['signified', 'signifies'],
  hint: [],
  figure: [],
  underline: [],
  answer: [],
  retort: [],
  blog: ['blogged', 'blogging'],
  yell: [],
  muse: [],
};

function inflections(base: string): string[] {
  const forms = [base, ...(IRREGULAR[base] ?? [])];
  if (base.endsWith('y') && !/[aeiou]y$/.test(base)) {
    forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`);
  } else if (base.endsWith('e')) {
    forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  } else if (/(s|sh|ch|x|z)$/.test(base)) {
    forms.push(`${base}es`, `${base}ed`, `${base}ing`);
  } else {
    forms.push(`${base}s`, `${base}ed`, `${base}ing`);
  }
  return forms;
}

function formsOf(bases: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const base of bases.split(/\s+/)) for (const form of inflections(base)) map.set(form, base);
  // "state(s)" is almost always the noun; only the past and participle report speech.
  map.set('stated', 'state');
  map.set('stating', 'state');
  return map;
}

const SPEECH = formsOf(SPEECH_BASES);
const BELIEF = formsOf(BELIEF_BASES);

export type CueClass = 'speech' | 'belief';

/** Whether a lower-cased word is a form of a reporting verb, and which kind. */
export function cueClassOf(lower: string): CueClass | null {
  if (SPEECH.has(lower)) return 'speech';
  if (BELIEF.has(lower)) return 'belief';
  return null;
}

/** The base form of a reporting verb ("said" → "say"). */
export function cueBaseOf(lower: string): string | null {
  return SPEECH.get(lower) ?? BELIEF.get(lower) ?? null;
}

/**
 * Cues that take a clause without "that" ("Rubio said the move…"). Other reporting verbs usually take a noun
 * object ("praised Trump", "announced the name"), so they introduce speech only with "that", a colon or a quote.
 */
export const BARE_CLAUSE_CUES = new Set(
  (
    'say tell add write argue insist warn note explain claim report announce acknowledge admit suggest tweet ' +
    'predict concede contend assert emphasize emphasise stress reiterate recall respond reply declare testify ' +
    'think believe hope feel expect fear worry doubt suspect reckon guess figure suppose assume wish complain ' +
    'agree boast joke counter observe post remark comment clarify confirm deny describe'
  ).split(' '),
);

/** Verbs that take the hearer as an object before the content ("told reporters that ..."). */
export const TAKES_HEARER = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'advise', 'promise', 'ask', 'urge']);

/** Nouns that report speech when their owner speaks ("the statement read", "in a statement"). */
export const SPEECH_NOUNS = new Set([
  'statement',
  'statements',
  'interview',
  'remarks',
  'comments',
  'tweet',
  'post',
  'letter',
  'release',
  'speech',
  'email',
  'memo',
  'report',
  'message',
  'announcement',
]);
