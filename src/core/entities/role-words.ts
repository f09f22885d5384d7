/** Vocabulary that tells a role or an organisation apart from a name. General English, not tied to any article. */

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Titles and role nouns (lower case) that precede or describe a person ("Secretary", "spokeswoman"). */
export const TITLE_WORDS = words(`
  president vice secretary minister ambassador senator sen sen. rep rep. representative congressman congresswoman
  congressmember gov gov. governor mayor general gen gen. judge justice chief director spokesman spokeswoman
  spokesperson chairman chairwoman chair ceo cfo coo founder cofounder co-founder chancellor premier king queen prince
  princess pope bishop cardinal rabbi imam reverend rev rev. dr dr. mr mr. mrs mrs. ms ms. miss sir dame lord lady
  prime foreign defense defence attorney speaker leader majority minority press deputy former acting interim
  assistant associate executive senior junior commissioner inspector officer official adviser advisor aide analyst
  professor prof prof. researcher fellow economist strategist consultant lawyer counsel candidate nominee
  spokesperson sheriff colonel col col. lieutenant lt lt. captain capt capt. sergeant sgt sgt. admiral adm commander
  major chairperson president-elect vice-president mp lawmaker head editor correspondent reporter columnist
  anchor host producer author writer manager partner owner member trustee treasurer comptroller auditor
  superintendent principal dean provost rector regent delegate envoy consul diplomat attaché attache negotiator
  pollster operative organizer organiser activist campaigner advocate expert scholar scientist director-general
  secretary-general under undersecretary first lady gentleman agent detective investigator prosecutor solicitor
  barrister magistrate coach player manager captain ex ex- then- presidents senators governors ministers ambassadors
  secretaries representatives reps sens govs mayors judges generals republican democrat democratic gop independent
  billionaire businessman businesswoman rival front-runner frontrunner presidential hopeful
`);

/** Role nouns that can head a lower-case description of a speaker ("a foreign policy fellow", "the spokeswoman"). */
export const ROLE_HEADS = words(`
  president secretary minister ambassador senator representative congressman congresswoman governor mayor general
  judge justice chief director spokesman spokeswoman spokesperson chairman chairwoman chair ceo founder chancellor
  premier attorney speaker leader deputy commissioner officer official officials adviser advisor aide aides analyst
  analysts professor researcher fellow economist strategist consultant lawyer counsel candidate nominee sheriff
  lawmaker lawmakers head editor correspondent reporter columnist host author manager partner owner member
  spokespeople delegate envoy diplomat negotiator pollster operative organizer activist advocate expert experts
  scholar scientist agent investigator prosecutor source sources insider insiders observer observers critic critics
  supporter supporters opponent opponents president-elect ally allies staffer staffers people voters residents
  leaders organizers protesters witnesses donors person executive voter resident
`);

/** Words that make a capitalised phrase an organisation ("White House", "Cato Institute", "The New York Times"). */
export const ORG_WORDS = words(`
  house department ministry institute institution university college school times post news journal herald tribune
  gazette telegraph guardian chronicle press magazine review daily weekly party committee council agency
  administration congress senate parliament assembly court bank foundation center centre association union
  corporation corp corp. inc inc. company co co. group office embassy consulate government police army navy
  commission bureau service services network campaign reuters bloomberg league federation organization organisation
  organizations coalition alliance fund trust authority board caucus cabinet command forces force guard pentagon
  kremlin vatican secretariat tribunal hospital clinic church society club team network channel studio studios
  airlines airways motors industries holdings partners llc ltd ltd. plc ag gmbh sa foundation project initiative
  program programme unit division branch station broadcasting broadcast radio television tv media newspaper
  post-dispatch observer examiner inquirer sun star mirror express monitor economist atlantic politico axios globe
  republicans democrats state-run
`);

/** Media nouns a description can refer back to ("the daily", "the paper", "the network"). */
export const MEDIA_NOUNS = words(
  'daily paper newspaper network outlet broadcaster magazine publication newsroom agency',
);

/** Lower-case words allowed inside a capitalised name or title ("Secretary of State", "Ambassador to Mexico"). */
export const NAME_CONNECTORS = words('of to for de la del da di van von der den le bin al el y du des dos das');

/** Capitalised words that are never names on their own (sentence openers, days, months, pronouns). */
export const NOT_NAME_WORDS = words(`
  the a an and but or so yet for nor in on at to of from by with without about after before during despite since
  until while when where why how what which who whom whose that this these those there here then than it its he she
  they we i you his her their our my your them him me us if as though although because however meanwhile moreover
  also still even just only not no yes earlier later last next today yesterday tomorrow tonight monday tuesday
  wednesday thursday friday saturday sunday january february march april may june july august september october
  november december according asked speaking said says some many most several all both each every
  another other such one two three four five six seven eight nine ten first second third now over under
  instead rather indeed perhaps maybe thus hence therefore still again already always never sometimes often
  unlike like amid among between against through across toward towards around along into onto upon within
  following including regarding concerning considering given read watch related more less much few
  photo image video getty ap afp advertisement click subscribe share
`);

/** Pronouns that can stand for a speaker. */
export const PERSON_PRONOUNS = words('he she');
export const GROUP_PRONOUNS = words('they it we');
