import { collectEntities } from '../entities/collect-entities.ts';
import { buildDocument, type Doc } from '../nlp/document.ts';
import { lastStartingAtOrBefore, spanHolding } from '../nlp/offset-search.ts';
import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import type { ArticleAnalysis, ExtractedQuote } from './article-analysis.ts';
import type { Attribution } from './attribution.ts';
import { nearestSubjectBefore, relativeSubjectBefore, subjectAtStart } from './clause-subject.ts';
import { colonBlocks } from './colon-block.ts';
import { complementClause } from './complement-clause.ts';
import { cueClassOf } from './cue-words.ts';
import { demandNounQuote } from './demand-noun-quote.ts';
import { attributeQuotedSpans, relativeAntecedent } from './direct-quotes.ts';
import { indirectInSentence } from './indirect-quotes.ts';
import { namedObjectQuote } from './named-object.ts';
import { nicknameQuote } from './nickname-quote.ts';
import { endAcrossQuote, startAcrossQuote } from './quote-across-sentences.ts';
import { joinQuoteRuns } from './quote-runs.ts';
import { findQuotedSpans, type QuotedSpan } from './quoted-spans.ts';
import { type ResolvedSpeaker, SpeakerResolver } from './resolve-speaker.ts';
import { type SpeakerMention, subjectBefore } from './speaker-mention.ts';
import { speechNounQuote } from './speech-noun-quote.ts';
import {
  isNamingVerb,
  namedAs,
  namesNounBefore,
  ownerOfNoun,
  participleAfterCueSubject,
  participleAfterObject,
  quoteClauseEnd,
  reportedClause,
  reportingVerbBefore,
  withClauseTail,
} from './verb-clauses.ts';
import { looksLikeVerb, NOT_VERBS } from './verb-shape.ts';

// An unattributed quotation shorter than this is a scare quote or a title, not something someone said.
const MIN_LONE_QUOTE_WORDS = 3;

/** `inQuote[i]` is the index of the quoted span token i lies in (marks included), or -1. */
function quoteMask(doc: Doc, spans: QuotedSpan[]): Int32Array {
  const mask = new Int32Array(doc.tokens.length).fill(-1);
  spans.forEach((q, index) => {
    for (let i = q.open; i < doc.tokens.length && (doc.tokens[i] as Token).start <= q.end; i++) mask[i] = index;
  });
  return mask;
}

/** Whether an offset lies inside one of the (sorted, disjoint) quoted spans. */
function quotedTest(spans: QuotedSpan[]): (offset: number) => boolean {
  return (offset) => spanHolding(spans, offset) !== null;
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'with', 'by']);

function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < 2 || words.length > 6) return false;
  return (
    words.every((w) => TITLE_SMALL_WORDS.has(w) || /^[\p{Lu}\p{N}]/u.test(w)) &&
    /^[\p{Lu}\p{N}]/u.test(words[0] as string)
  );
}

const AUXILIARIES = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'also',
  'then',
  'later',
  'has',
  'had',
  'been',
  'be',
  "'s",
  '’s',
  "'d",
  '’d',
  "'ve",
  '’ve',
  "'re",
  '’re',
  "'ll",
  '’ll',
  'did',
  'does',
  'do',
  'may',
  'might',
  'could',
  'can',
  'should',
  'once',
  'even',
  'already',
  'again',
  'still',
  'repeatedly',
]);

/** "has consistently pushed", "openly mocked": a manner adverb between subject and verb. */
function isAdverb(t: Token): boolean {
  return !t.cap && t.word && t.lower.length > 4 && t.lower.endsWith('ly') && !NOT_VERBS.has(t.lower);
}

/**
 * "Jeb Bush called Trump “unhinged.”": the quotation is part of what the subject's verb reports, so the quote is the
 * clause after that verb (mixed), not the fragment alone. Only when the verb directly follows the subject.
 */
function embeddedClause(doc: Doc, a: Attribution, mention: SpeakerMention, sentence: Sentence): Attribution | null {
  const { tokens } = doc;
  const open = a.openToken ?? -1;
  let verb = mention.last;
  while (verb < open && (AUXILIARIES.has((tokens[verb] as Token).lower) || isAdverb(tokens[verb] as Token))) verb++;
  const t = tokens[verb];
  if (!t || t.cap || !t.word || verb >= open || !looksLikeVerb(t.lower)) return null;
  const first = tokens[verb + 1] as Token;
  // "He replied, “Yes …”": a quotation right after the verb is the whole content, not part of a clause.
  if (first.text === ',' || first.text === ':') return null;
  let end = (tokens[sentence.last - 1] as Token).end;
  while (end > first.start && /[\s.,;:!?"”’')\]]/.test(doc.text[end - 1] as string)) end--;
  // A quotation that ends the sentence keeps its own closing punctuation.
  end = Math.max(end, a.end);
  if (end - first.start > 1500) return null;
  return { ...a, kind: 'mixed', start: first.start, end, mention, cue: [verb, verb + 1], confidence: 0.4 };
}

/** A later clause's verb must be a past tense close before the quotation ("chided the media for “…”"). */
function isReportingPast(tokens: Token[], mention: SpeakerMention, open: number): boolean {
  const verb = tokens[mention.last];
  if (!verb || open - mention.last > 8) return false;
  return cueClassOf(verb.lower) === 'speech' || (verb.lower.endsWith('ed') && verb.lower.length > 4);
}

/**
 * "…, calling him a “loser.”", "The campaign projects that “imposing a tax …” would raise …": a quotation no
 * reporting verb introduces is what the nearest verb before it (a few words back) reports, so the quote runs from
 * that verb's object to the end of the quotation's clause.
 */
function verbObjectClause(
  doc: Doc,
  a: Attribution,
  mention: SpeakerMention | null,
  sentence: Sentence,
): Attribution | null {
  const { tokens } = doc;
  const open = a.openToken ?? -1;
  const floor = mention ? mention.last : sentence.first;
  for (let v = open - 1; v >= floor && v >= sentence.first && open - v <= 7; v--) {
    const t = tokens[v] as Token;
    if (!t.word || t.text === ',') return null;
    if (t.cap || !(cueClassOf(t.lower) === 'speech' || /(ed|ing)$/.test(t.lower)) || t.lower.length < 5) continue;
    const first = tokens[v + 1] as Token;
    if (first.start >= a.start) return null;
    return {
      ...a,
      kind: 'mixed',
      start: first.start,
      end: quoteClauseEnd(doc, a),
      mention,
      cue: [v, v + 1],
      confidence: 0.4,
    };
  }
  return null;
}

// Inside a sentence, a quotation this short that no verb reports is a scare quote or a term ("law and order",
// "super PAC"), not something said.
const MAX_SCARE_QUOTE_WORDS = 3;

function isScareQuote(doc: Doc, a: Attribution): boolean {
  return wordCount(doc.text.slice(a.start, a.end)) <= MAX_SCARE_QUOTE_WORDS;
}

function isNamedSource(a: Attribution): boolean {
  return a.mention !== null && !a.belief && !a.inheritsFrom;
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function paragraphAt(doc: Doc, offset: number): number {
  return doc.sentences[lastStartingAtOrBefore(doc.sentences, offset)]?.paragraph ?? 0;
}

/**
 * A quotation with no cue of its own continues the latest attribution of the same or the previous paragraph
 * (news style: "Rubio said …" then a paragraph that is only a quote). Short unattributed quotations are scare
 * quotes or titles and are dropped.
 */
function linkLoneQuotes(doc: Doc, attributions: Attribution[]): Attribution[] {
  const kept: Attribution[] = [];
  const orphans: { quote: Attribution; paragraph: number }[] = [];
  let previous: Attribution | null = null;
  // The end of the latest mixed clause built here: a later quotation inside it is part of it, not reported again.
  let clauseEnd = -1;
  for (const a of attributions) {
    const last = kept[kept.length - 1];
    if (last?.kind === 'mixed') clauseEnd = Math.max(clauseEnd, last.end);
    if (a.mention || a.kind !== 'direct') {
      kept.push(a);
      if (a.mention && !a.belief) previous = a;
      continue;
    }
    if (a.end <= clauseEnd) continue;
    const open = a.openToken ?? -1;
    const sentence = open >= 0 ? doc.sentences[doc.sentenceOf[open] as number] : undefined;
    const verb = sentence && open > sentence.first + 1 ? reportingVerbBefore(doc.tokens, open, sentence.first) : -1;
    const name = verb < 0 && sentence ? namedAs(doc, a, sentence.first) : null;
    if (name) {
      kept.push(name);
      continue;
    }
    // "found that the agency was “badly run”", "casts Ruiz as a senator who would “unravel” it": the whole complement.
    const complement = verb < 0 && sentence && open > sentence.first + 1 ? complementClause(doc, a, sentence) : null;
    if (complement) {
      kept.push(complement);
      continue;
    }
    // "his call for “a total ban” on all imports": what the noun's owner called for, with the rest of its phrase.
    const demanded = verb < 0 && sentence ? demandNounQuote(doc, a, sentence) : null;
    if (demanded) {
      kept.push(demanded);
      continue;
    }
    // A short title-case quotation with no cue is the name of a show, book or slogan ("Good Morning America"),
    // unless a verb names it so ("chanted “USA! USA!”").
    const naming = verb >= 0 && isNamingVerb(doc.tokens[verb] as Token);
    const title = !naming && isTitleCase(doc.text.slice(a.start, a.end));
    // "ran on the slogan “Jobs First”", "enjoys “The Wire”", "a broadside against “easy money”", "mocking Ruiz
    // (“Little Ana”)": a title, term or nickname that the clause's subject uses, likes, attacks or gives is kept
    // wherever it would be dropped as a title or a scare quote.
    // Read only where the quotation would otherwise be dropped (most quotations never get there).
    const keepNamed = () => {
      const label =
        verb < 0 && sentence
          ? (namedObjectQuote(doc.tokens, a, sentence) ??
            speechNounQuote(doc.tokens, a, sentence) ??
            nicknameQuote(doc.tokens, doc.text, a, sentence))
          : null;
      if (label) kept.push(label);
    };
    if (title) {
      keepNamed();
      continue;
    }
    // Inside a sentence ("Bush called Trump “unhinged.”") the sentence's subject is the speaker.
    if (sentence && open > sentence.first + 1) {
      const mention =
        relativeSubjectBefore(doc.tokens, sentence.first, open) ?? subjectAtStart(doc.tokens, sentence.first, open);
      if (verb > sentence.first) {
        // "They slammed the loophole called an “inversion”": the noun a participle names is not its speaker.
        const participle = namesNounBefore(doc.tokens, verb) || participleAfterObject(doc.tokens, verb);
        const speaker = participle
          ? mention
          : (ownerOfNoun(doc.tokens, verb, sentence.first) ??
            // "…, Mary Hill, who called it “…”": the relative's antecedent, not the subject an appositive reading finds.
            relativeAntecedent(doc.tokens, verb, sentence.first) ??
            subjectBefore(doc.tokens, verb, sentence.first) ??
            participleAfterCueSubject(doc.tokens, verb, sentence.first) ??
            mention ??
            nearestSubjectBefore(doc.tokens, verb - 1, sentence.first));
        const clause = reportedClause(doc, a, verb, speaker);
        // "…, calling the behavior a “fireable offense.”": with no subject of its own the verb's speaker is the
        // latest one named, as for a lone quotation.
        const near = previous && paragraphAt(doc, a.start) - paragraphAt(doc, previous.start) <= 1;
        kept.push(
          !speaker && previous && near ? { ...clause, inheritsFrom: previous.inheritsFrom ?? previous } : clause,
        );
        continue;
      }
      if (mention) {
        const clause = embeddedClause(doc, a, mention, sentence) ?? verbObjectClause(doc, a, mention, sentence);
        // A few words in quotation marks that no verb reports are a scare quote or a title ("law and order").
        if (clause || !isScareQuote(doc, a)) kept.push(clause ?? { ...a, mention, confidence: 0.5 });
        else keepNamed();
        continue;
      }
      // "Since then, Cruz has chided the media for “the little game”": a later clause's subject and verb.
      // Only a few tokens back (the verb must be close), so hostile sentences with thousands of marks stay linear.
      const nearest = nearestSubjectBefore(doc.tokens, open - 2, Math.max(sentence.first, open - 12));
      const clause = nearest
        ? ((isReportingPast(doc.tokens, nearest, open) ? embeddedClause(doc, a, nearest, sentence) : null) ??
          verbObjectClause(doc, a, nearest, sentence))
        : null;
      if (clause) {
        kept.push(clause);
        continue;
      }
    }
    const para = paragraphAt(doc, a.start);
    if (previous && para - paragraphAt(doc, previous.start) <= 1) {
      // "… and then described the plan as “a disaster”": the reported clause starts at the verb before the quote.
      const object = sentence && open > sentence.first + 1 ? verbObjectClause(doc, a, null, sentence) : null;
      const inside = sentence !== undefined && open > sentence.first + 1;
      const parent = previous.inheritsFrom ?? previous;
      const before = kept[kept.length - 1];
      // "“B.” ¶ “C.”": quotations that follow each other with nothing between them are one stretch of speech.
      if (
        !object &&
        before?.inheritsFrom === parent &&
        before.kind === 'direct' &&
        !/[\p{L}\p{N}]/u.test(doc.text.slice(before.end, a.start))
      ) {
        before.end = a.end;
        continue;
      }
      const own = object ?? withClauseTail(doc, a);
      // "“Containment” has been U.S. policy since …": a short quotation that a sentence goes on to talk about is a term.
      const term = own.kind === 'mixed' && !object && isScareQuote(doc, a);
      if (!term && (object || !inside || !isScareQuote(doc, a)))
        kept.push({ ...own, inheritsFrom: parent, confidence: 0.75 });
      else keepNamed();
    } else if (wordCount(doc.text.slice(a.start, a.end)) >= MIN_LONE_QUOTE_WORDS) {
      const lone: Attribution = { ...withClauseTail(doc, a), confidence: 0.4 };
      kept.push(lone);
      orphans.push({ quote: lone, paragraph: para });
    } else keepNamed();
  }
  // A quote that opens a paragraph before anyone is named there ("“A.” “B,” she said.") belongs to the paragraph's
  // first attribution.
  // Both lists are in text order, so one forward pointer finds each orphan's next attribution (linear time).
  let j = 0;
  for (const { quote, paragraph } of orphans) {
    while (j < kept.length && !((kept[j] as Attribution).start > quote.end && isNamedSource(kept[j] as Attribution)))
      j++;
    const next = kept[j];
    if (next && paragraphAt(doc, next.start) === paragraph) {
      quote.inheritsFrom = next;
      quote.confidence = 0.6;
    }
  }
  return kept;
}

/**
 * Finds everything said or written in an article and who said it. Pure and linear in the text length:
 * one tokenisation, one sentence split, one pass for quotation marks, one for names, one per cue.
 */
export function analyzeArticle(text: string): ArticleAnalysis {
  const doc = buildDocument(text);
  const spans = findQuotedSpans(doc);
  const inQuote = quoteMask(doc, spans);
  const entities = collectEntities(doc, quotedTest(spans));

  const direct = attributeQuotedSpans(doc, spans);
  const usedCues = new Set<number>();
  for (const a of direct) if (a.cue) usedCues.add(a.cue[0]);
  // "Ruiz wrote:¶I think …": lines a colon cue introduces without quotation marks.
  const indirect: Attribution[] = colonBlocks(doc, usedCues);
  for (const s of doc.sentences) indirect.push(...indirectInSentence(doc, s, inQuote, usedCues));
  // A cue after a quotation that holds a sentence break reports the quotation from its opening mark's sentence.
  for (const a of indirect) a.start = startAcrossQuote(doc, spans, a) ?? a.start;
  // A reported clause the splitter cut inside a quotation runs on past its closing mark.
  for (const a of indirect) a.end = endAcrossQuote(doc, spans, a) ?? a.end;

  // A quotation inside reported speech makes it mixed, and is not reported again on its own.
  const absorbed = new Set<Attribution>();
  let di = 0;
  const sortedDirect = [...direct].sort((a, b) => a.start - b.start);
  // A direct quote's own clause can hold another quotation too: `Guns are “…” and “…,” Dean proclaimed`.
  const containers = [...indirect, ...direct.filter((d) => d.kind === 'mixed')];
  for (const a of containers.sort((x, y) => x.start - y.start)) {
    while (di < sortedDirect.length && (sortedDirect[di] as Attribution).end <= a.start) di++;
    for (let k = di; k < sortedDirect.length && (sortedDirect[k] as Attribution).start < a.end; k++) {
      const d = sortedDirect[k] as Attribution;
      if (d !== a && d.start >= a.start && d.end <= a.end + 1 && !d.mention) {
        // A cue that reports the quotation itself ("“…,” he told supporters in Nashua") keeps it direct.
        if (a.kind !== 'direct') a.kind = 'mixed';
        absorbed.add(d);
      }
    }
  }
  const all = linkLoneQuotes(
    doc,
    [...sortedDirect.filter((d) => !absorbed.has(d)), ...indirect].sort((a, b) => a.start - b.start),
  );
  const resolver = new SpeakerResolver(doc, entities);
  const resolved = new Map<Attribution, ResolvedSpeaker>();
  const quotes: ExtractedQuote[] = [];
  // Speakers are resolved in text order; quotes that continue another attribution take its speaker afterwards.
  for (const a of all) if (!a.inheritsFrom) resolved.set(a, resolver.resolve(a.mention));
  for (const a of all) {
    const parent = a.inheritsFrom ? resolved.get(a.inheritsFrom) : undefined;
    const speaker = parent ?? (resolved.get(a) as ResolvedSpeaker);
    const cue = a.cue
      ? {
          start: (doc.tokens[a.cue[0]] as Token).start,
          end: (doc.tokens[a.cue[1] - 1] as Token).end,
        }
      : null;
    const quote: ExtractedQuote = {
      kind: a.kind,
      content: { start: a.start, end: a.end, text: text.slice(a.start, a.end) },
      cue: cue ? { ...cue, text: text.slice(cue.start, cue.end) } : null,
      speakerMention: a.inheritsFrom ? null : speaker.mention,
      speaker: { name: speaker.name, type: speaker.type, role: speaker.role, entityKey: speaker.entityKey },
      confidence: a.confidence,
    };
    if (a.belief) quote.belief = true;
    quotes.push(quote);
  }
  return { quotes: joinQuoteRuns(doc, spans, quotes), entities: entities.list() };
}
