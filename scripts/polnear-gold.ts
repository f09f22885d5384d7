/**
 * PolNeAR gold attributions (brat standoff) and the evaluation's own coreference for their sources, used by
 * `eval-quotes.ts`. Independent of the engine.
 */

export interface Piece {
  start: number;
  end: number;
}
export interface GoldSpan {
  type: string;
  pieces: Piece[];
  text: string;
}
export interface GoldAttribution {
  content: GoldSpan;
  cue: GoldSpan | null;
  source: GoldSpan | null;
}

const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'who',
  'his',
  'her',
  'their',
  'its',
  'him',
  'them',
  'i',
  'we',
  'which',
  'that',
]);
const NON_NAME = new Set(
  'the a an of and for to in at on mr mrs ms dr sen rep gov president secretary former vice senator governor candidate republican democratic democrat gop u.s. us presidential spokesman spokeswoman'.split(
    ' ',
  ),
);
// Capitalised only because they open a sentence: quantifiers and pronouns are never a name ("Some", "Many", "You").
const SENTENCE_OPENERS =
  'you some many most all both several few other others another one each every any none those these this nearly ' +
  'about more only everyone everybody someone somebody';
for (const w of SENTENCE_OPENERS.split(' ')) NON_NAME.add(w);

export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, GoldSpan>();
  const relations: GoldAttribution[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    if (t) {
      const pieces = (t[3] as string).split(';').map((p) => {
        const [s, e] = p.trim().split(' ').map(Number);
        return { start: s as number, end: e as number };
      });
      spans.set(t[1] as string, { type: t[2] as string, pieces, text: t[4] as string });
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const roles: Record<string, string> = {};
    for (const part of (e[1] as string).split(/\s+/)) {
      const [role, id] = part.split(':');
      if (role && id) roles[role] = id;
    }
    const content = roles.Content ? spans.get(roles.Content) : undefined;
    if (!content) continue;
    relations.push({
      content,
      cue: (roles.Cue && spans.get(roles.Cue)) || null,
      source: (roles.Source && spans.get(roles.Source)) || null,
    });
  }
  return relations;
}

export function nameTokensOf(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.toLowerCase().replace(/\.$/, ''))
    .filter((w) => w.length > 1 && !NON_NAME.has(w) && !PRONOUNS.has(w));
}

// Capitalised words that place, qualify or title a mention but do not name who speaks ("The Florida senator",
// "The Arizona Republican", "He (Vermont)"): the eval's own short list, independent of the engine's.
const NOT_A_SPEAKER_NAME = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
    'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
    'montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode ' +
    'island tennessee texas utah vermont virginia washington wisconsin wyoming new north south west america ' +
    'american americans united states britain british china chinese russia russian iran iranian israel israeli ' +
    'syria syrian iraq iraqi cuba cuban canada canadian germany german france french europe european japan ' +
    'mexican muslim christian catholic evangelical conservative liberal progressive independent republicans ' +
    'democrats gop sen rep gov mr mrs ms dr rev gen col lt sgt capt chief justice judge speaker leader ' +
    'minister prime congressman congresswoman chairman chairwoman ambassador attorney general director'
  ).split(' '),
);
// Words that make a name an organisation rather than a person (for "it"/"they"/"which" and against "he"/"she").
const ORGANISATION_WORDS =
  /\b(times|post|news|journal|tribune|herald|gazette|magazine|press|daily|network|reuters|cnn|nbc|abc|cbs|fox|msnbc|npr|pbs|politico|bloomberg|breitbart|campaign|committee|party|department|ministry|treasury|bank|fund|board|government|agency|administration|association|institute|foundation|council|university|college|court|congress|senate|house|office|group|union|bureau|commission|center|watch|poll|company|corp|inc|pac|com)\b/i;
const RELATIVE = new Set(['who', 'which', 'that']);

/** The mention's head phrase: what comes before an appositive, a parenthesis, a relative clause or a preposition. */
function headPhrase(source: string): string[] {
  const head = source.split(/\s*(?:[,(—–]|\b(?:who|of|for|from|at|in|with|and)\b)/u)[0]?.trim() ?? '';
  return head.split(/\s+/).filter((w) => w.length > 0);
}

/** A mention whose head is an organisation ("Georgetown University", "CNN"), not "Paul Pillar of Georgetown University". */
function isOrganisation(source: string): boolean {
  const head = headPhrase(source);
  return ORGANISATION_WORDS.test(head[head.length - 1] ?? '');
}

/** Name tokens of a mention, without those that only place, qualify or title it. */
function speakerNameTokens(s: string): string[] {
  return nameTokensOf(s).filter((w) => !NOT_A_SPEAKER_NAME.has(w));
}

/**
 * A definite description whose capitalised words only place or qualify it ("The Florida senator", "The Arizona
 * Republican"): it names its referent only through coreference. Null when the source is not one.
 */
function placedDescription(source: string): string[] | null {
  const head = headPhrase(source);
  if (head.length < 2 || !/^(the|this)$/i.test(head[0] as string)) return null;
  // A plural is a group, not one referent ("the senator’s" is a possessive, not a plural).
  if (/[^’']s$/.test(head[head.length - 1] as string)) return null;
  const modifiers = nameTokensOf(head.join(' '));
  const qualifying = modifiers.length > 0 && modifiers.every((w) => NOT_A_SPEAKER_NAME.has(w));
  return qualifying && speakerNameTokens(source).length === 0 ? [modifiers.join(' ')] : null;
}

// The eval's own short list of common given names whose gender is clear (a reader knows "Ben" is not "she").
const FEMALE_NAMES = new Set(
  (
    'mary patricia linda barbara elizabeth jennifer maria susan margaret dorothy lisa nancy karen betty helen sandra ' +
    'donna carol ruth sharon michelle laura sarah kimberly deborah jessica shirley cynthia angela melissa brenda amy ' +
    'anna rebecca virginia kathleen pamela martha debra amanda stephanie carolyn christine marie janet catherine ' +
    'frances ann joyce diane alice julie heather teresa doris gloria evelyn jean cheryl mildred katherine joan ' +
    'ashley judith rose janice kelly nicole judy christina kathy theresa beverly denise tammy irene jane lori ' +
    'rachel marilyn andrea kathryn louise sara anne jacqueline wanda bonnie julia ruby lois tina phyllis norma ' +
    'paula diana annie lillian emily robin peggy crystal gladys rita dawn connie florence tracy edna tiffany ' +
    'carmen rosa cindy grace wendy victoria edith kim sherry sylvia josephine thelma shannon sheila ethel ellen ' +
    'elaine marjorie carrie charlotte monica esther pauline emma juanita anita rhonda hazel amber eva debbie megan'
  ).split(' '),
);
const MALE_NAMES = new Set(
  (
    'james john robert michael william david richard charles joseph thomas christopher daniel paul mark donald ' +
    'george kenneth steven edward brian ronald anthony kevin jason matthew gary timothy jose larry jeffrey frank ' +
    'scott eric stephen andrew raymond gregory joshua jerry dennis walter patrick peter harold douglas henry carl ' +
    'arthur ryan roger joe juan jack albert jonathan justin gerald keith samuel willie ralph lawrence nicholas roy ' +
    'benjamin bruce brandon adam harry fred wayne billy steve louis jeremy aaron randy howard eugene carlos russell ' +
    'bobby victor martin ernest phillip todd jesse craig alan shawn clarence sean philip chris johnny earl jimmy ' +
    'antonio danny bryan tony luis mike stanley leonard nathan dale manuel rodney curtis norman allen marvin vincent ' +
    'glenn jeffery travis jeff chad jacob lee melvin alfred kyle francis bradley jesus herbert frederick ray joel ' +
    'edwin don eddie ricky troy randall barry alexander bernard mario leroy francisco marcus micheal theodore ' +
    'clifford miguel oscar jay jim tom calvin alex jon ronnie bill lloyd tommy leon derek warren darrell jerome ' +
    'floyd leo alvin tim wesley gordon dean greg jorge dustin pedro derrick dan lewis zachary corey herman maurice ' +
    'vernon roberto clyde glen hector shane ricardo sam rick lester brent ramon charlie tyler gilbert gene marc ben ted'
  ).split(' '),
);

/** The gender of a person source's given name (its first name token, when there are two or more), if clear. */
function givenNameGender(names: string[]): 'male' | 'female' | undefined {
  const given = names.length > 1 ? (names[0] as string) : '';
  if (FEMALE_NAMES.has(given)) return 'female';
  if (MALE_NAMES.has(given)) return 'male';
  return undefined;
}

/** Gender stated by a title before a surname in the article ("Mr. Sanders", "Mrs. Clinton"). */
export function titledGenders(text: string): Map<string, 'male' | 'female'> {
  const genders = new Map<string, 'male' | 'female'>();
  for (const m of text.matchAll(/\b(Mr|Mrs|Ms)\.? (\p{Lu}[\p{L}'’-]+)/gu)) {
    genders.set((m[2] as string).toLowerCase(), m[1] === 'Mr' ? 'male' : 'female');
  }
  return genders;
}

/**
 * The antecedent of a relative pronoun at `at`: the name that ends right before it ("Marco Rubio, who"), or the name an
 * appositive before it describes ("Matt Duss, the president of the foundation, who"); null for a common noun.
 */
function nameJustBefore(text: string, at: number): string[] | null {
  let before = text.slice(Math.max(0, at - 300), at);
  for (let hop = 0; hop < 2; hop++) {
    before = before.replace(/[\s,]+$/u, '');
    const segment = /[^,;:()—–"“”.!?\n]*$/u.exec(before)?.[0].trim() ?? '';
    if (/^(the|a|an)\s/i.test(segment)) {
      // An appositive: the name it describes stands before its comma.
      before = before.slice(0, before.length - segment.length);
      if (!/,\s*$/u.test(before)) return null;
      continue;
    }
    const m = /((?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+(?:the\s+)?)?)*\p{Lu}[\p{L}.'’-]*)$/u.exec(segment);
    const names = m ? speakerNameTokens(m[1] as string) : [];
    return names.length > 0 ? names : null;
  }
  return null;
}

/** Whether the article, before `at`, writes `modifier` within a few words of one of `names` ("Florida Sen. Marco Rubio"). */
function writtenNear(text: string, at: number, modifier: string, names: string[]): boolean {
  const lower = text.slice(0, at).toLowerCase();
  for (let i = lower.indexOf(modifier); i >= 0; i = lower.indexOf(modifier, i + 1)) {
    const window = lower.slice(Math.max(0, i - 60), i + 60);
    if (names.some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(window))) return true;
  }
  return false;
}

interface Antecedent {
  at: number;
  names: string[];
  text: string;
}

/**
 * The gold source's name tokens, resolved the way a reader would: a name is itself; a relative pronoun ("who",
 * "which") takes the name just before it (or before its appositive); he/she take the nearest earlier named gold
 * source that is a person, not of the other gender by given name or "Mr."/"Mrs."; "it" an organisation and "they"
 * people named together ("X and Y") that spoke shortly before; "the Florida senator" the nearest person the article
 * writes with "Florida". Sources named only by places, parties or titles are never antecedents. First person outside
 * a quotation is the article's author and is not resolved; other descriptions keep their own capitalised words.
 */
export function goldSpeakerName(
  g: GoldAttribution,
  all: GoldAttribution[],
  text: string,
  genders: Map<string, 'male' | 'female'>,
): string[] | null {
  if (!g.source) return null;
  const placed = placedDescription(g.source.text);
  const own = nameTokensOf(g.source.text);
  if (own.length > 0 && !placed) return own;
  const words = g.source.text.toLowerCase().split(/\s+/);
  const pronoun = words.length === 1 && PRONOUNS.has(words[0] as string) ? (words[0] as string) : null;
  if (!pronoun && !placed) return null;
  if (pronoun === 'i' || pronoun === 'we') return null;
  const at = (g.source.pieces[0] as Piece).start;
  if (pronoun && RELATIVE.has(pronoun)) return nameJustBefore(text, at);
  const wantsOrganisation = pronoun === 'it' || pronoun === 'they' || pronoun === 'its' || pronoun === 'their';
  const gender = pronoun === 'she' || pronoun === 'her' ? 'female' : pronoun && !wantsOrganisation ? 'male' : null;
  const fits = (a: Antecedent) => {
    const organisation = isOrganisation(a.text);
    // "they" is plural: people named together ("Patrick Healy and Yamiche Alcindor"), not one organisation (US usage).
    const plural = pronoun === 'they' || pronoun === 'their';
    if (wantsOrganisation) return plural ? /\sand\s+\p{Lu}/u.test(a.text) : organisation;
    if (organisation) return false;
    if (!gender) return true;
    // Only the head name tells the gender ("Jan Brewer, a Trump supporter" is not Mr. Trump).
    const head = speakerNameTokens(headPhrase(a.text).join(' '));
    const known = givenNameGender(head) ?? head.map((w) => genders.get(w)).find((g) => g !== undefined);
    return known === undefined || known === gender;
  };
  const candidates: Antecedent[] = [];
  for (const other of all) {
    if (!other.source || placedDescription(other.source.text)) continue;
    const o = (other.source.pieces[0] as Piece).start;
    // A bare singular name stays a name even when it is also a nationality ("Cuban").
    const bare = /^\p{Lu}[\p{L}’'-]*[^s]$/u.test(other.source.text.trim());
    const names = bare ? nameTokensOf(other.source.text) : speakerNameTokens(other.source.text);
    if (o < at && names.length > 0) candidates.push({ at: o, names, text: other.source.text });
  }
  candidates.sort((a, b) => b.at - a.at);
  // "The Florida senator" is the nearest person the article writes with "Florida" ("Florida Sen. Marco Rubio").
  if (placed)
    return candidates.find((a) => fits(a) && placed.some((w) => writtenNear(text, at, w, a.names)))?.names ?? null;
  const found = candidates.find(fits);
  // "it"/"they" refer to an organisation only when one spoke shortly before; otherwise to a group left unnamed.
  if (found && wantsOrganisation && at - found.at > 1000) return null;
  return found?.names ?? null;
}
