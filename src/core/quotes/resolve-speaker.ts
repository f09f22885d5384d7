import type { ArticleEntities, EntityRecord } from '../entities/article-entities.ts';
import { isPlaceChunk, registerPerson } from '../entities/collect-entities.ts';
import { genderOfGivenName, genderOfPronoun } from '../entities/gender-words.ts';
import { wordsMatch } from '../entities/match-entity-query.ts';
import { chunkEndingAt, chunkText, isRoleHead } from '../entities/name-chunk.ts';
import { nameTokens } from '../entities/normalize-name.ts';
import { PLACE_NAMES } from '../entities/place-words.ts';
import { MEDIA_NOUNS, ORG_WORDS } from '../entities/role-words.ts';
import type { SpeakerType } from '../model/entity.ts';
import type { Span } from '../model/span.ts';
import type { Doc } from '../nlp/document.ts';
import { lastStartingAtOrBefore } from '../nlp/offset-search.ts';
import type { Token } from '../nlp/token.ts';
import { SPEECH_NOUNS } from './cue-words.ts';
import { isDocumentNoun, issuerOfDocument } from './issued-text.ts';
import type { SpeakerMention } from './speaker-mention.ts';

export interface ResolvedSpeaker {
  name: string | null;
  type: SpeakerType | null;
  role: string | null;
  entityKey: string | null;
  mention: Span | null;
  record: EntityRecord | null;
}

const NOBODY: ResolvedSpeaker = { name: null, type: null, role: null, entityKey: null, mention: null, record: null };
const INDEFINITE = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'several',
  'some',
  'many',
  'other',
  'another',
  'most',
  'few',
  'any',
]);
// Words after which a name is an object, not the subject of its clause.
const SUBJECTLESS_BEFORE = new Set([
  'with',
  'by',
  'to',
  'of',
  'from',
  'for',
  'about',
  'against',
  'on',
  'at',
  'in',
  'than',
]);
// A name after a preposition is taken for "he" only when no subject is found this many sentences further back.
const SUBJECT_REACH = 2;
// How far (in characters) the latest speaker stays "he" while nobody else is named.
const SPEAKER_REACH = 600;
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her']);
const DOCUMENT_DETERMINERS = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'a', 'an']);
// Words after a name's "’s" that make it "has" or "is" (the name stays the subject).
const CONTRACTED_AFTER = new Set([
  'been',
  'not',
  'never',
  'got',
  'gotten',
  'going',
  'also',
  'already',
  'still',
  'done',
]);
// "I'm", "Look I've": a quotation's first words taken for a name are nobody a pronoun can refer to.
const FIRST_PERSON = /(^|\s)(I|We)(['’]|$)/;
// Nationality adjectives: "the Russian leader", "the Texan".
const NATIONALITY = /(an|ian|ese|ish|i)$/;
// Party members named by their party: "the Wisconsin Republican".
const PARTY_MEMBERS = new Set(['republican', 'democrat', 'libertarian']);
const PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'to']);
const ROLE_FILLER = new Set(['the', 'a', 'an', 'of', 's', 'his', 'her', 'its', 'their', 'this', 'that']);

function fromRecord(record: EntityRecord, mention: Span, role: string | null): ResolvedSpeaker {
  const e = record.entity;
  return { name: e.name, type: e.type, role: role ?? e.roles[0] ?? null, entityKey: e.key, mention, record };
}

function spanOf(tokens: Token[], first: number, last: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[last - 1] as Token).end };
}

/**
 * Turns a speaker as written into a speaker as meant: names join the article's entities, pronouns and definite
 * descriptions go back to the latest fitting entity, indefinite and plural descriptions are anonymous.
 */
export class SpeakerResolver {
  /** The latest resolved speaker, for "the statement read" and "they said". */
  private lastSpeaker: EntityRecord | null = null;
  private lastSpeakerAt = -1;
  /** The next token to look at for he/she outside the speaker mentions (see `followPronouns`). */
  private pronounCursor = 0;
  /** Pronouns already on the timeline (a speaker "he" is resolved once, as a speaker). */
  private readonly pronounsPlaced = new Set<number>();

  private sentencesBetween(from: number, to: number): number {
    return lastStartingAtOrBefore(this.doc.sentences, to) - lastStartingAtOrBefore(this.doc.sentences, from);
  }

  constructor(
    private readonly doc: Doc,
    private readonly entities: ArticleEntities,
  ) {}

  resolve(mention: SpeakerMention | null): ResolvedSpeaker {
    if (!mention) return NOBODY;
    this.followPronouns((this.doc.tokens[mention.first] as Token).start);
    const resolved = this.resolveMention(mention);
    if (resolved.record) {
      this.lastSpeaker = resolved.record;
      this.lastSpeakerAt = resolved.mention?.start ?? -1;
    }
    return resolved;
  }

  private resolveMention(m: SpeakerMention): ResolvedSpeaker {
    const { tokens, text } = this.doc;
    const span = spanOf(tokens, m.first, m.last);
    const appositive = m.appositive ? chunkText(text, tokens, m.appositive[0], m.appositive[1]) : null;
    if (m.kind === 'name' && m.chunk) {
      const chunk = m.chunk;
      const floor = (this.doc.sentences[this.doc.sentenceOf[m.first] as number] as { first: number }).first;
      // "Mexico said": a country speaks through its government — an organisation, never a person.
      if (chunk.type === 'organization' || (chunk.type === 'person' && isPlaceChunk(tokens, chunk))) {
        const name = chunkText(text, tokens, chunk.first, chunk.last);
        const record = this.entities.addNamed(name, 'organization', span);
        return fromRecord(record, span, null);
      }
      if (chunk.type === 'role') return this.byRole(chunkText(text, tokens, chunk.first, chunk.last), span);
      const record = registerPerson(this.doc, this.entities, chunk, floor, true) as EntityRecord;
      // ", of the Global Initiative," names an affiliation, not a role.
      const affiliation = appositive !== null && /^(of|at|from)\s/i.test(appositive);
      if (appositive && !affiliation) this.entities.addRole(record, appositive);
      if (appositive && affiliation && !record.entity.organization) {
        record.entity.organization = appositive.replace(/^(of|at|from)\s+(the\s+)?/i, '');
      }
      const role = chunk.nameFirst > chunk.first ? chunkText(text, tokens, chunk.first, chunk.nameFirst) : null;
      const appositiveRole = appositive && !affiliation ? appositive.replace(/^(the|a|an)\s+/i, '') : null;
      return fromRecord(record, span, role ?? appositiveRole);
    }
    if (m.kind === 'pronoun') return this.byPronoun((tokens[m.first] as Token).lower, span);
    return this.byDescription(m, span);
  }

  /**
   * Resolves every he/she of the narrative before `until` and puts it on the timeline, so a chain of pronouns
   * ("Trump spoke. He lambasted the deal negotiated by Obama. He pledged …") keeps its referent as the subject.
   */
  private followPronouns(until: number): void {
    const { tokens } = this.doc;
    for (; this.pronounCursor < tokens.length; this.pronounCursor++) {
      const t = tokens[this.pronounCursor] as Token;
      if (t.start >= until) return;
      const narrative = !this.entities.quotedAt(t.start) && !this.pronounsPlaced.has(t.start);
      if ((t.lower === 'he' || t.lower === 'she') && narrative) {
        this.byPronoun(t.lower, { start: t.start, end: t.end }, false);
      }
    }
  }

  private byPronoun(lower: string, span: Span, speaker = true): ResolvedSpeaker {
    const gender = genderOfPronoun(lower);
    if (gender) {
      const fits = (r: EntityRecord) => {
        const known = this.entities.genderOf(r);
        return (
          r.entity.type === 'person' &&
          (known === null || known === gender) &&
          !FIRST_PERSON.test(r.entity.name) &&
          this.looksLikePerson(r)
        );
      };
      // Quotes run in series: "he" right after someone spoke (or while nobody else has been named since) is that
      // speaker, unless the pronoun's own sentence has another fitting subject first ("After meeting Cruz, he said"
      // is not Cruz).
      const own = this.subjectBefore(span.start, fits, 1, false);
      const recent =
        this.lastSpeaker &&
        fits(this.lastSpeaker) &&
        this.lastSpeakerAt >= 0 &&
        (this.sentencesBetween(this.lastSpeakerAt, span.start) <= 1 ||
          this.nobodyElseSince(this.lastSpeaker, span.start, fits));
      const record = own ?? (recent ? this.lastSpeaker : null) ?? this.subjectBefore(span.start, fits);
      if (!record) return { ...NOBODY, mention: span };
      if (speaker) this.entities.voteGender(record, gender);
      if (!this.entities.quotedAt(span.start) && !this.pronounsPlaced.has(span.start)) {
        this.pronounsPlaced.add(span.start);
        this.entities.addPronounMention(record, span.start);
      }
      return fromRecord(record, span, null);
    }
    if (lower === 'it') {
      const org = this.subjectBefore(span.start, (r) => r.entity.type === 'organization', 2);
      if (org) return fromRecord(org, span, null);
      const noun = this.documentNounBefore(span.start);
      if (noun < 0) return { ...NOBODY, mention: span };
      const { tokens } = this.doc;
      const issuer = this.issuerOf((tokens[noun] as Token).lower, noun + 1, span);
      if (issuer) return issuer;
      // "A letter from the staff …. “…,” it said": a new document with no issuer named is not the latest speaker's.
      const definite = DEFINITE.has((tokens[noun - 1] as Token).lower);
      return this.lastSpeaker && definite ? fromRecord(this.lastSpeaker, span, null) : { ...NOBODY, mention: span };
    }
    if (lower === 'they' && this.lastSpeaker && this.lastSpeaker.entity.type === 'organization') {
      return fromRecord(this.lastSpeaker, span, null);
    }
    return { ...NOBODY, mention: span };
  }

  /** The resolved subject of the verb that issued the latest `noun` (a statement, an email) before token `at`. */
  private issuerOf(noun: string, at: number, span: Span): ResolvedSpeaker | null {
    const { tokens, sentences, sentenceOf } = this.doc;
    const startOf = (i: number) => (sentences[sentenceOf[i] as number] as { first: number }).first;
    const mention = issuerOfDocument(tokens, noun, at, startOf);
    if (!mention) return null;
    const resolved = this.resolveMention(mention);
    return resolved.name === null ? null : { ...resolved, mention: span };
  }

  /**
   * "“…,” the email read. It stated that …": with no organisation near, "it" after a document named as such (the
   * statement, the email, the post) in its own or the previous sentence is that document, which speaks for the latest
   * speaker (as "the statement" does).
   */
  private documentNounBefore(at: number): number {
    const { tokens, sentences } = this.doc;
    const index = lastStartingAtOrBefore(sentences, at);
    const from = (sentences[Math.max(0, index - 1)] as { first: number }).first;
    const start = lastStartingAtOrBefore(tokens, at);
    // A bounded look-back keeps "it" cheap in a very long sentence.
    for (let i = start - 1; i > from && start - i < 80; i--) {
      const t = tokens[i] as Token;
      if (SPEECH_NOUNS.has(t.lower) && DOCUMENT_DETERMINERS.has((tokens[i - 1] as Token).lower)) return i;
    }
    return -1;
  }

  /**
   * Whether `record`, the latest speaker, is still the only fitting person of the narrative at `at`: no other one
   * named (outside quotations) since it spoke, within a few hundred characters.
   */
  private nobodyElseSince(record: EntityRecord, at: number, fits: (r: EntityRecord) => boolean): boolean {
    if (at - this.lastSpeakerAt > SPEAKER_REACH) return false;
    for (const m of this.entities.mentionsBetween(this.lastSpeakerAt + 1, at)) {
      if (!m.quoted && m.record !== record && fits(m.record)) return false;
    }
    return true;
  }

  /** Words the article writes in lower case somewhere (built on first use). */
  private lowerWords: Set<string> | null = null;

  /**
   * Whether a name typed as a person can be "he" or "she": a title or a known given name says so; otherwise
   * a last word the article also writes in lower case ("Outside Carrier", "the Democratic National Convention",
   * "Instantly Has Everyone") marks a company, an event or a headline fragment, not someone.
   */
  private looksLikePerson(r: EntityRecord): boolean {
    if (r.gender) return true;
    const parts = r.parts;
    if (!parts) return false;
    if (parts.given && genderOfGivenName(parts.given)) return true;
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      for (const t of this.doc.tokens) if (t.word && !t.cap) this.lowerWords.add(t.lower);
    }
    return !this.lowerWords.has(parts.surname);
  }

  /**
   * The antecedent of a pronoun at `at`: in its own sentence the first fitting person named before it, else the
   * first fitting person (the subject, usually) of each earlier sentence, nearest first. Names inside quotations are
   * what the speaker talks about, so they are skipped. A name after a preposition or in a possessive is a fallback
   * (without `objects`, none): a subject up to SUBJECT_REACH sentences further back goes first.
   */
  private subjectBefore(
    at: number,
    accept: (r: EntityRecord) => boolean,
    sentencesBack = 6,
    objects = true,
  ): EntityRecord | null {
    const { sentences } = this.doc;
    let index = lastStartingAtOrBefore(sentences, at);
    let fallback: EntityRecord | null = null;
    let fallbackBack = 0;
    for (let back = 0; index >= 0 && back < sentencesBack; index--, back++) {
      if (fallback && back - fallbackBack > SUBJECT_REACH) return fallback;
      const s = sentences[index] as { start: number; end: number };
      // Only the last stretch of a very long sentence is searched, so a pronoun costs the same anywhere.
      const mentions = this.entities.mentionsBetween(Math.max(s.start, at - 2000), Math.min(s.end, at));
      for (const m of mentions) {
        if (m.quoted || !accept(m.record)) continue;
        if (this.canBeSubject(m.at)) return m.record;
        if (!fallback && objects) {
          fallback = m.record;
          fallbackBack = back;
        }
      }
    }
    if (fallback) return fallback;
    return sentencesBack < 6 ? null : this.entities.latestBefore(at, accept);
  }

  /**
   * Whether the mention at `at` can be its clause's subject: not the object of a preposition ("In an interview with
   * Bret Baier, Trump said") and not a possessive ("Trump’s manager, Corey Lewandowski, said").
   */
  private canBeSubject(at: number): boolean {
    const { tokens } = this.doc;
    const first = lastStartingAtOrBefore(tokens, at);
    const before = tokens[first - 1];
    if (before && SUBJECTLESS_BEFORE.has(before.lower)) return false;
    let end = first;
    while (end < tokens.length && (tokens[end] as Token).cap && end - first < 6) end++;
    const after = tokens[end];
    const possessive = after !== undefined && (after.text === '’s' || after.text === "'s");
    // "Christie’s been making the case": "’s" before a participle or an adverb is "has" or "is", not a possessive.
    return !possessive || CONTRACTED_AFTER.has(tokens[end + 1]?.lower ?? '');
  }

  /**
   * "The Florida senator said", "the Ohio governor", "The Wisconsin Republican": a place- or nation-qualified role
   * whose words match nobody's known roles is the writer varying the name of the person in focus — the latest
   * speaker if they spoke a sentence or two before, else the subject of the nearest earlier sentences.
   */
  private placeQualifiedReferent(m: SpeakerMention, head: number): EntityRecord | null {
    const { tokens } = this.doc;
    const headToken = tokens[head] as Token;
    if ((tokens[m.first] as Token).lower !== 'the' || head !== m.last - 1) return null;
    if (!isRoleHead(headToken) && !PARTY_MEMBERS.has(headToken.lower)) return null;
    // The capitalised words before the head must all be a place or a nationality ("the Senate minority leader" and
    // "the senior Cruz adviser" may be someone new).
    const qualifier: string[] = [];
    for (let i = m.first + 1; i < head; i++) {
      const t = tokens[i] as Token;
      if (t.cap) qualifier.push(t.lower.replace(/\.$/, ''));
      else if (qualifier.length > 0) return null;
    }
    const place = PLACE_NAMES.has(qualifier.join(' ')) || qualifier.join(' ') === 'u.s';
    const word = qualifier[0] as string;
    const nationality = qualifier.length === 1 && NATIONALITY.test(word) && !PARTY_MEMBERS.has(word);
    if (!place && !nationality) return null;
    const at = (tokens[m.first] as Token).start;
    const isPerson = (r: EntityRecord) => r.entity.type === 'person';
    const recent = this.lastSpeaker && isPerson(this.lastSpeaker) && this.sentencesBetween(this.lastSpeakerAt, at) <= 2;
    return recent ? this.lastSpeaker : this.subjectBefore(at, isPerson, 3);
  }

  /** "the ambassador", "Mexico's president": the latest person whose known roles contain every word. */
  private byRole(role: string, span: Span): ResolvedSpeaker {
    const words = nameTokens(role).filter((w) => !ROLE_FILLER.has(w));
    // "the president" is not a former president.
    const fits = (known: string) => {
      const have = nameTokens(known);
      if (have.includes('former') && !words.includes('former')) return false;
      return words.every((w) => have.some((h) => wordsMatch(w, h)));
    };
    const record = words.length === 0 ? null : this.entities.latestBefore(span.start, (r) => r.entity.roles.some(fits));
    if (record) return fromRecord(record, span, null);
    // "Mexico’s president firmly stated …" before she is named: the first person the article gives that role.
    // Named only later: the most mentioned person with that role (the article's main figure).
    // Someone named in the description's own sentence is someone else ("Mexico’s president stated that … former
    // President Trump had ordered …"): a writer who had the name at hand would not describe the same person there.
    const sentence = this.doc.sentences[lastStartingAtOrBefore(this.doc.sentences, span.start)];
    const namedHere = (r: EntityRecord) =>
      sentence !== undefined && r.entity.mentions.some((m) => m.start >= sentence.start && m.start < sentence.end);
    let later: EntityRecord | undefined;
    for (const r of words.length === 0 ? [] : this.entities.records) {
      if (!r.entity.roles.some(fits) || namedHere(r)) continue;
      if (!later || r.entity.mentions.length > later.entity.mentions.length) later = r;
    }
    if (later) return fromRecord(later, span, null);
    return { name: role, type: 'anonymous', role, entityKey: null, mention: span, record: null };
  }

  private byDescription(m: SpeakerMention, span: Span): ResolvedSpeaker {
    const { tokens, text } = this.doc;
    const description = chunkText(text, tokens, m.first, m.last);
    // The head noun: the last word before any preposition ("a spokesman for the campaign" → spokesman).
    let head = m.last - 1;
    for (let i = m.first; i < m.last; i++) {
      if (PREPOSITIONS.has((tokens[i] as Token).lower) && i > m.first) {
        head = i - 1;
        break;
      }
    }
    const headToken = tokens[head] as Token;
    const first = tokens[m.first] as Token;
    const indefinite =
      INDEFINITE.has(first.lower) || (headToken.lower.endsWith('s') && isRoleHead(headToken) && first.lower !== 'the');
    if (MEDIA_NOUNS.has(headToken.lower)) {
      const record = this.entities.latestBefore(
        span.start,
        (r) => r.entity.type === 'organization' && isMediaName(r.entity.name),
      );
      if (record) return fromRecord(record, span, null);
    }
    // "a report in the Des Moines Register", "a press release from Judicial Watch": a document named by its
    // source, not "the statement" of the latest speaker.
    const sourced = /\s(from|in|by|of|with)\s+(the\s+)?\p{Lu}/u.test(description);
    if (isDocumentNoun(headToken.lower) && sourced) {
      return { name: description, type: 'anonymous', role: null, entityKey: null, mention: span, record: null };
    }
    if (isDocumentNoun(headToken.lower)) {
      // "The New York Times report", "a White House statement", "Trump’s statement": the named owner speaks.
      const ownerEnd = tokens[head - 1]?.text === '’s' || tokens[head - 1]?.text === "'s" ? head - 2 : head - 1;
      const owner = ownerEnd >= m.first ? chunkEndingAt(tokens, ownerEnd, m.first) : null;
      if (owner && owner.type !== 'role')
        return this.resolveMention({
          kind: 'name',
          first: owner.first,
          last: owner.last,
          chunk: owner,
          appositive: null,
        });
      // "X sent out an email. … “…,” the email read.": the document's issuer, when the article says who.
      const issuer = DEFINITE.has(first.lower) ? this.issuerOf(headToken.lower, m.first, span) : null;
      if (issuer) return issuer;
      if (SPEECH_NOUNS.has(headToken.lower)) {
        if (this.lastSpeaker) return fromRecord(this.lastSpeaker, span, null);
        return { ...NOBODY, mention: span };
      }
      // Other works ("the ad", "the book") with no owner or issuer named stay as written.
    }
    if (ORG_WORDS.has(headToken.lower) && !indefinite) {
      // "Huckabee’s campaign", "the Trump campaign": the named owner must be in the organisation's name.
      const owners = (description.match(/\p{Lu}[\p{L}-]*/gu) ?? [])
        .filter((w, i) => i > 0 || !/^(The|Its|Their|His|Her)$/.test(w))
        .map((w) => w.toLowerCase());
      const record = this.entities.latestBefore(span.start, (r) => {
        const name = r.entity.name.toLowerCase();
        return (
          r.entity.type === 'organization' && name.includes(headToken.lower) && owners.every((o) => name.includes(o))
        );
      });
      if (record) return fromRecord(record, span, null);
      const name = description.replace(/^(the|its|their|his|her)\s+/i, '').replace(/['’]s\b/g, '');
      const created = this.entities.addNamed(name, 'organization', span);
      return fromRecord(created, span, null);
    }
    if (isRoleHead(headToken) && !indefinite) {
      const whole = this.byRole(description, span);
      if (whole.record) return whole;
      const resolved = this.byRole(headToken.text, span);
      if (resolved.record) return resolved;
    }
    const salient = this.placeQualifiedReferent(m, head);
    if (salient) return fromRecord(salient, span, null);
    return { name: description, type: 'anonymous', role: null, entityKey: null, mention: span, record: null };
  }
}

function isMediaName(name: string): boolean {
  return /\b(times|post|news|journal|herald|tribune|gazette|telegraph|guardian|chronicle|press|magazine|daily|review|globe|sun|star|mirror|observer|examiner|inquirer|dispatch|bbc|cnn|nbc|abc|cbs|fox|msnbc|npr|reuters|bloomberg|politico|axios|associated)\b/i.test(
    name,
  );
}
