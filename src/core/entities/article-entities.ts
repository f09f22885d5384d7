import type { EntityType } from '../model/entity.ts';
import type { Span } from '../model/span.ts';
import type { LocalEntity } from '../quotes/article-analysis.ts';
import { entityIdFor } from './entity-id.ts';
import { genderOfGivenName } from './gender-words.ts';
import { normalizeName } from './normalize-name.ts';
import { type PersonNameParts, personNameParts, sameFullName } from './person-name.ts';

export type Gender = 'female' | 'male' | null;

// Bounds that keep a pathological article (thousands of spellings of one name) linear.
const MAX_ALIASES = 30;
const MAX_ROLES = 20;

/** A person or organisation being built while one article is read. */
export interface EntityRecord {
  entity: LocalEntity;
  parts: PersonNameParts | null;
  /** Gender a title or role word states ("Mrs.", "spokeswoman"). */
  gender: Gender;
  /** Weaker hints (pronouns that refer to the person): male minus female. */
  genderVotes: number;
  /** Offset of the latest mention registered so far (recency for pronouns and bare surnames). */
  lastSeen: number;
  /** Starts of the mentions already counted (the entity pass and speaker resolution see some names twice). */
  seen: Set<number>;
}

/** One mention on the article's timeline, in text order. */
export interface TimelineEntry {
  at: number;
  record: EntityRecord;
  /** Inside a quotation: a name the speaker uses, not someone the narrative is about. */
  quoted: boolean;
}

/**
 * The people and organisations of one article, merged by name: "Marco Rubio", "Rubio" and "Secretary of State
 * Marco Rubio" are one person; "Donald Trump Jr." stays apart from "Donald Trump".
 */
export class ArticleEntities {
  readonly records: EntityRecord[] = [];
  private readonly timeline: TimelineEntry[] = [];
  /** Resolved pronouns (see `addPronounMention`), in text order. */
  private readonly pronouns: TimelineEntry[] = [];
  private readonly orgsByName = new Map<string, EntityRecord>();
  /** People by each word of their name, so look-ups stay cheap in articles with thousands of names. */
  private readonly peopleByWord = new Map<string, EntityRecord[]>();

  constructor(private readonly isQuoted: (offset: number) => boolean = () => false) {}

  /** Registers a full name (two or more words) or an organisation. */
  addNamed(name: string, type: EntityType, mention: Span): EntityRecord {
    if (type === 'organization') return this.addOrganization(name, mention);
    const parts = personNameParts(name);
    const namesakes = this.peopleWith(parts.surname);
    let record = namesakes.find((r) => r.parts !== null && r.parts.tokens.length > 1 && sameFullName(r.parts, parts));
    if (!record && parts.tokens.length === 1) return this.addShortName(name, mention, true) as EntityRecord;
    // "former President Trump" registered before "Donald Trump": the bare surname grows into the full name.
    if (!record && !parts.suffix) {
      record = namesakes.find((r) => r.parts?.tokens.length === 1 && r.parts.surname === parts.surname);
    }
    if (!record) record = this.create(name, 'person', parts);
    this.note(record, name, mention);
    return record;
  }

  /** A one-word name ("Rubio", "Hillary"): the person it is the surname or given name of, or null. */
  findShortName(name: string, at: number): EntityRecord | null {
    const key = personNameParts(name).surname;
    let best: EntityRecord | null = null;
    let bestScore = -1;
    for (const r of this.peopleWith(key)) {
      if (!r.parts) continue;
      let score = -1;
      if (r.parts.surname === key) score = r.parts.suffix ? 1 : 2;
      else if (r.parts.given === key) score = 1;
      else if (r.parts.tokens.includes(key)) score = 0;
      if (score < 0) continue;
      // Between namesakes ("Hillary Clinton", "Bill Clinton") the one mentioned last before this point wins.
      const recency = r.lastSeen <= at ? r.lastSeen : -1;
      const combined = score * 1e9 + recency;
      if (combined > bestScore) {
        bestScore = combined;
        best = r;
      }
    }
    return best;
  }

  /** Registers a one-word name, creating a person for it only when `create` is set and nobody matches. */
  addShortName(name: string, mention: Span, create: boolean): EntityRecord | null {
    const org = this.orgsByName.get(normalizeName(name).replace(/^the /, ''));
    if (org) {
      this.note(org, name, mention);
      return org;
    }
    let record = this.findShortName(name, mention.start);
    if (!record && !create) return null;
    if (!record) record = this.create(name, 'person', personNameParts(name));
    this.note(record, name, mention);
    return record;
  }

  private addOrganization(name: string, mention: Span): EntityRecord {
    const clean = name.replace(/^the\s+/i, '');
    const key = normalizeName(clean);
    let record = this.orgsByName.get(key);
    if (!record) {
      record = this.create(clean, 'organization', null);
      this.orgsByName.set(key, record);
    }
    this.note(record, clean, mention);
    return record;
  }

  private peopleWith(word: string): EntityRecord[] {
    return this.peopleByWord.get(word) ?? [];
  }

  private indexPerson(record: EntityRecord): void {
    for (const word of record.parts?.tokens ?? []) {
      const list = this.peopleByWord.get(word) ?? [];
      if (!list.includes(record)) list.push(record);
      this.peopleByWord.set(word, list);
    }
  }

  private create(name: string, type: EntityType, parts: PersonNameParts | null): EntityRecord {
    const entity: LocalEntity = {
      key: entityIdFor(name, type),
      name,
      type,
      aliases: [],
      roles: [],
      organization: null,
      mentions: [],
    };
    const record: EntityRecord = { entity, parts, gender: null, genderVotes: 0, lastSeen: -1, seen: new Set() };
    this.records.push(record);
    if (type === 'person') this.indexPerson(record);
    return record;
  }

  private note(record: EntityRecord, alias: string, mention: Span): void {
    const e = record.entity;
    // The longest full form seen becomes the canonical name ("Rubio" first, "Marco Rubio" later).
    if (record.parts && e.type === 'person') {
      const parts = personNameParts(alias);
      if (parts.tokens.length > record.parts.tokens.length) {
        e.name = alias;
        record.parts = parts;
        e.key = entityIdFor(alias, 'person');
        this.indexPerson(record);
      }
    }
    if (alias !== e.name && e.aliases.length < MAX_ALIASES && !e.aliases.includes(alias)) e.aliases.push(alias);
    // Speaker resolution registers names the entity pass already saw; count each place once.
    if (record.seen.has(mention.start)) return;
    record.seen.add(mention.start);
    e.mentions.push({ start: mention.start, end: mention.end });
    record.lastSeen = Math.max(record.lastSeen, mention.start);
    const previous = this.timeline[this.timeline.length - 1];
    if (previous && previous.at > mention.start) this.sorted = false;
    this.timeline.push({ at: mention.start, record, quoted: this.isQuoted(mention.start) });
  }

  /**
   * Puts a resolved pronoun on the timeline (not among the entity's named mentions), so that "He" as a sentence's
   * subject makes that person the sentence's first mention for the pronouns after it.
   */
  addPronounMention(record: EntityRecord, at: number): void {
    // Pronouns arrive almost in text order: keep their own list sorted without re-sorting the names' timeline.
    let i = this.pronouns.length;
    while (i > 0 && (this.pronouns[i - 1] as TimelineEntry).at > at) i--;
    this.pronouns.splice(i, 0, { at, record, quoted: false });
  }

  /** Whether `offset` lies inside a quotation. */
  quotedAt(offset: number): boolean {
    return this.isQuoted(offset);
  }

  addRole(record: EntityRecord, role: string): void {
    const clean = role
      .trim()
      .replace(/^(the|a|an)\s+/i, '')
      .replace(/[,.]+$/, '');
    if (clean === '' || record.entity.roles.length >= MAX_ROLES) return;
    if (record.entity.roles.some((r) => r.toLowerCase() === clean.toLowerCase())) return;
    record.entity.roles.push(clean);
  }

  setGender(record: EntityRecord, gender: Gender): void {
    if (gender && !record.gender) record.gender = gender;
  }

  /** A pronoun that refers to the person: one vote, so a single misread "her" does not decide the gender. */
  voteGender(record: EntityRecord, gender: Gender): void {
    if (gender) record.genderVotes += gender === 'male' ? 1 : -1;
  }

  /** The stated gender, else a common given name's, else the majority of the pronoun votes, else null. */
  genderOf(record: EntityRecord): Gender {
    if (record.gender) return record.gender;
    const given = record.parts?.given ? genderOfGivenName(record.parts.given) : null;
    if (given) return given;
    return record.genderVotes > 0 ? 'male' : record.genderVotes < 0 ? 'female' : null;
  }

  /**
   * The latest entity mentioned (by name or resolved pronoun) before `at` that satisfies `accept`, looking back over
   * at most `window` mentions. The timeline is appended in text order per pass, so it is sorted once before the first
   * look-up.
   */
  latestBefore(at: number, accept: (r: EntityRecord) => boolean, window = 40): EntityRecord | null {
    this.sortTimeline();
    let i = firstAtOrAfter(this.timeline, at) - 1;
    let j = firstAtOrAfter(this.pronouns, at) - 1;
    for (let seen = 0; (i >= 0 || j >= 0) && seen < window; seen++) {
      const named = this.timeline[i];
      const pronoun = this.pronouns[j];
      const entry = (pronoun && (!named || pronoun.at > named.at) ? pronoun : named) as TimelineEntry;
      if (entry === pronoun) j--;
      else i--;
      if (accept(entry.record)) return entry.record;
    }
    return null;
  }

  /** Mentions (by name or resolved pronoun) with `from <= at < to`, in text order. */
  mentionsBetween(from: number, to: number): TimelineEntry[] {
    this.sortTimeline();
    const out: TimelineEntry[] = [];
    let i = firstAtOrAfter(this.timeline, from);
    let j = firstAtOrAfter(this.pronouns, from);
    for (;;) {
      const named = this.timeline[i];
      const pronoun = this.pronouns[j];
      const nextNamed = named && named.at < to ? named : undefined;
      const nextPronoun = pronoun && pronoun.at < to ? pronoun : undefined;
      if (!nextNamed && !nextPronoun) return out;
      if (nextPronoun && (!nextNamed || nextPronoun.at < nextNamed.at)) {
        out.push(nextPronoun);
        j++;
      } else {
        out.push(nextNamed as TimelineEntry);
        i++;
      }
    }
  }

  private sorted = true;
  private sortTimeline(): void {
    if (this.sorted) return;
    this.timeline.sort((a, b) => a.at - b.at);
    this.sorted = true;
  }

  list(): LocalEntity[] {
    return this.records.map((r) => r.entity);
  }
}

/** Index of the first entry at or after `at` in a list sorted by position. */
function firstAtOrAfter(list: TimelineEntry[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as TimelineEntry).at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
