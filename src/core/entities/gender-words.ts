import type { Gender } from './article-entities.ts';

const FEMALE = new Set(
  'mrs mrs. ms ms. miss madam madame queen princess lady dame spokeswoman congresswoman chairwoman businesswoman councilwoman assemblywoman sister mother wife daughter grandmother actress widow first-lady'.split(
    ' ',
  ),
);
const MALE = new Set(
  'mr mr. sir king prince lord spokesman congressman businessman councilman assemblyman brother father husband son grandfather actor widower'.split(
    ' ',
  ),
);

// Common English and Spanish given names (and their usual short forms) whose gender is unambiguous: a general list,
// like the gazetteer, so "Mary Hill ... he said" does not go to Mary. Names used for both (Chris, Pat, Sam, Alex,
// Jordan, Taylor, Terry) are left out.
const FEMALE_GIVEN = new Set(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
  amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
  janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
  cheryl andrea hannah martha jacqueline frances gloria ann anne teresa kathryn sara janice jean alice madison doris
  abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
  charlotte rose alexis kayla ellen eleanor louise carmen rosa ana lucia elena sofia kate katie liz
  beth sue jenny meg peggy patty cathy kathy debbie becky cindy sally susie wendy tammy tina dana erin molly claire
  caroline sylvia irene valerie vanessa monica veronica jane joanne janet nina lori leslie stacy tracy`
    .split(/\s+/)
    .filter(Boolean),
);
const MALE_GIVEN = new Set(
  `james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark donald
  steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
  eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis
  jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy keith roger gerald
  harold sean austin carl arthur lawrence dylan jesse bryan billy joe bruce gabriel logan albert willie alan juan
  wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis bill bob jim tom mike dave steve dan
  ted ben tim ken ed don ron rick jeff greg matt fred harry howard jimmy johnny tony carlos luis miguel jorge pedro
  manuel antonio francisco rafael ricardo chuck`
    .split(/\s+/)
    .filter(Boolean),
);

/** The gender a given name usually has ("Mary", "John"), or null when unknown or shared. */
export function genderOfGivenName(lower: string): Gender {
  if (FEMALE_GIVEN.has(lower)) return 'female';
  if (MALE_GIVEN.has(lower)) return 'male';
  return null;
}

/** The gender a title or role word states ("Mrs.", "spokeswoman"), or null when it states none. */
export function genderOfWord(lower: string): Gender {
  if (FEMALE.has(lower)) return 'female';
  if (MALE.has(lower)) return 'male';
  return null;
}

/** The gender a pronoun refers to. */
export function genderOfPronoun(lower: string): Gender {
  if (lower === 'she' || lower === 'her' || lower === 'hers' || lower === 'herself') return 'female';
  if (lower === 'he' || lower === 'him' || lower === 'his' || lower === 'himself') return 'male';
  return null;
}
