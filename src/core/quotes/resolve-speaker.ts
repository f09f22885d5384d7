import type { ArticleEntities, EntityRecord } from '../entities/article-entities.ts';
import { isPlaceChunk, registerPerson } from '../entities/collect-entities.ts';
import { genderOfPronoun } from '../entities/gender-words.ts';
import { wordsMatch } from '../entities/match-entity-query.ts';
import { chunkEndingAt, chunkText, isRoleHead } from '../entities/name-chunk.ts';
import { nameTokens } from '../entities/normalize-name.ts';
import { MEDIA_NOUNS, ORG_WORDS } from '../entities/role-words.ts';
import type { SpeakerType } from '../model/entity.ts';
import type { Span } from '../model/span.ts';
import type { Doc } from '../nlp/document.ts';
import type { Token } from '../nlp/token.ts';
import { SPEECH_NOUNS } from './cue-words.ts';
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

  private sentencesBetween(from: number, to: number): number {
    return sentenceIndexAt(this.doc.sentences, to) - sentenceIndexAt(this.doc.sentences, from);
  }

  constructor(
    private readonly doc: Doc,
    private readonly entities: ArticleEntities,
  ) {}

  resolve(mention: SpeakerMention | null): ResolvedSpeaker {
    if (!mention) return NOBODY;
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

  private byPronoun(lower: string, span: Span): ResolvedSpeaker {
    const gender = genderOfPronoun(lower);
    if (gender) {
      const fits = (r: EntityRecord) => r.entity.type === 'person' && (r.gender === null || r.gender === gender);
      // Quotes run in series: "he" right after someone spoke is that speaker, unless the pronoun's own sentence
      // names another fitting person first.
      const own = this.subjectBefore(span.start, fits, 1);
      const recent =
        this.lastSpeaker &&
        fits(this.lastSpeaker) &&
        this.lastSpeakerAt >= 0 &&
        this.sentencesBetween(this.lastSpeakerAt, span.start) <= 1;
      const record = own ?? (recent ? this.lastSpeaker : null) ?? this.subjectBefore(span.start, fits);
      if (!record) return { ...NOBODY, mention: span };
      this.entities.setGender(record, gender);
      return fromRecord(record, span, null);
    }
    if (lower === 'it') {
      const record = this.subjectBefore(span.start, (r) => r.entity.type === 'organization', 2);
      return record ? fromRecord(record, span, null) : { ...NOBODY, mention: span };
    }
    if (lower === 'they' && this.lastSpeaker && this.lastSpeaker.entity.type === 'organization') {
      return fromRecord(this.lastSpeaker, span, null);
    }
    return { ...NOBODY, mention: span };
  }

  /**
   * The antecedent of a pronoun at `at`: in its own sentence the first fitting person named before it, else the
   * first fitting person (the subject, usually) of each earlier sentence, nearest first. Names inside quotations are
   * what the speaker talks about, so they are skipped.
   */
  private subjectBefore(at: number, accept: (r: EntityRecord) => boolean, sentencesBack = 6): EntityRecord | null {
    const { sentences } = this.doc;
    let index = sentenceIndexAt(sentences, at);
    for (let back = 0; index >= 0 && back < sentencesBack; index--, back++) {
      const s = sentences[index] as { start: number; end: number };
      // Only the last stretch of a very long sentence is searched, so a pronoun costs the same anywhere.
      const mentions = this.entities.mentionsBetween(Math.max(s.start, at - 2000), Math.min(s.end, at));
      for (const m of mentions) if (!m.quoted && accept(m.record)) return m.record;
    }
    return sentencesBack < 6 ? null : this.entities.latestBefore(at, accept);
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
    let later: EntityRecord | undefined;
    for (const r of words.length === 0 ? [] : this.entities.records) {
      if (!r.entity.roles.some(fits)) continue;
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
    if (SPEECH_NOUNS.has(headToken.lower)) {
      const owner = chunkEndingAt(tokens, m.first - 1, 0);
      void owner;
      if (this.lastSpeaker) return fromRecord(this.lastSpeaker, span, null);
      return { ...NOBODY, mention: span };
    }
    if (ORG_WORDS.has(headToken.lower) && !indefinite) {
      const record = this.entities.latestBefore(
        span.start,
        (r) => r.entity.type === 'organization' && r.entity.name.toLowerCase().includes(headToken.lower),
      );
      if (record) return fromRecord(record, span, null);
      const name = description.replace(/^(the|its|their|his|her)\s+/i, '');
      const created = this.entities.addNamed(name, 'organization', span);
      return fromRecord(created, span, null);
    }
    if (isRoleHead(headToken) && !indefinite) {
      const whole = this.byRole(description, span);
      if (whole.record) return whole;
      const resolved = this.byRole(headToken.text, span);
      if (resolved.record) return resolved;
    }
    return { name: description, type: 'anonymous', role: null, entityKey: null, mention: span, record: null };
  }
}

function sentenceIndexAt(sentences: { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as { start: number }).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isMediaName(name: string): boolean {
  return /\b(times|post|news|journal|herald|tribune|gazette|telegraph|guardian|chronicle|press|magazine|daily|review|globe|sun|star|mirror|observer|examiner|inquirer|dispatch|bbc|cnn|nbc|abc|cbs|fox|msnbc|npr|reuters|bloomberg|politico|axios|associated)\b/i.test(
    name,
  );
}
