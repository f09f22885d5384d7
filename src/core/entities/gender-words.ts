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
