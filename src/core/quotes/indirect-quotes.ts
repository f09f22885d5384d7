import type { Doc } from '../nlp/document.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { nearestSubjectBefore, subjectAtStart } from './clause-subject.ts';
import { CLAUSE_END, clauseEndsAt, skipTrailingModifiers } from './cue-clause.ts';
import { BARE_CLAUSE_CUES, cueBaseOf, cueClassOf } from './cue-words.ts';
import {
  clauseBreakAfter,
  contentStartAfter,
  FINITE,
  isAuxiliaryOrAdverb,
  isComma,
  isNounPhrase,
  MAX_CONTENT_CHARS,
  NOTHING_SAID,
  narratorTail,
  QUESTION_WORDS,
  startsClause,
  trimmedEnd,
  trimmedStart,
  wordsIn,
} from './indirect-clause.ts';
import {
  accordingTo,
  asReportedBy,
  headlineSpeech,
  infinitiveReport,
  nominalReport,
  openingParticiple,
  passiveQuestion,
  questionAfter,
  quotationBefore,
  reportedBy,
} from './indirect-forms.ts';
import {
  beforeRelative,
  hearerClosesClause,
  invertedEnd,
  onlyAppositiveFollows,
  participleSubject,
  pastPossessive,
  pastRelative,
  phraseBeforeClosingCue,
  subjectAcrossModifier,
  subjectBeforeAppositive,
  subjectPhraseStart,
  wholeSubject,
} from './indirect-subject.ts';
import { type SpeakerMention, subjectAfter, subjectBefore } from './speaker-mention.ts';

const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'no',
  'any',
]);

const NOUN_LIKE_CUES = new Set([
  'remarks',
  'comments',
  'reports',
  'report',
  'posts',
  'tweets',
  'claims',
  'notes',
  'answers',
  'replies',
  'questions',
  'statements',
  'warnings',
  'promises',
  'charges',
  'counters',
  'estimates',
  'protests',
  'signals',
]);

// "asked whether …", "wondered why …": a question word introduces the reported question.
const QUESTION_CUES = new Set(['ask', 'question', 'wonder']);

const NOT_CONTENT_START = new Set(
  'in on at during under after before with to from for as by over into through so yes no'.split(' '),
);

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'get', 'got']);

const INFINITIVE = new Set(['to']);

const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/**
 * A later attribution that starts inside an earlier one's content: after a comma it is a new clause that ends the
 * earlier content ("Asked if she believed X, Clinton said …"); otherwise it is nested in it ("Sexton said Trump
 * believes …") and, like the corpus convention, only the outer one is kept. Returns whether to keep the later one.
 */
function settleOverlap(doc: Doc, a: Attribution | null, speakerFirst: number): boolean {
  const offset = (doc.tokens[speakerFirst] as Token).start;
  if (!a || offset <= a.start || offset >= a.end) return true;
  if (!isComma(doc.tokens, speakerFirst - 1)) return false;
  a.end = trimmedEnd(doc, a.start, offset);
  return true;
}

const REPORTS_INFINITIVE = new Set(['promise', 'claim']);

const ANSWERS = new Set(['yes', 'no']);
const TAKES_INFINITIVE = new Set(['ask', 'urge', 'promise', 'vow', 'pledge', 'agree', 'claim', 'demand', 'propose']);

// Cues whose content is a noun phrase object ("described the plan as a disaster"), not a clause.
const OBJECT_CUES = new Set(['describe']);

// Finite reporting verbs that, right after a reporting word, make that word a noun ("report said").
const FINITE_REPORTS = new Set(
  'said says stated states read reads noted notes added adds found finds showed shows concluded concludes claimed claims'.split(
    ' ',
  ),
);

/** "The Times report said …", "A Reuters report says …": the reporting word heads the subject; the verb after it cues. */
function isSubjectNoun(tokens: Token[], v: number): boolean {
  const t = tokens[v] as Token;
  const next = tokens[v + 1];
  return !/(ed|ing)$/.test(t.lower) && next !== undefined && !next.cap && FINITE_REPORTS.has(next.lower);
}

/**
 * Finds reported speech (and beliefs) in one sentence: "X said (that) …", "…, X said", "according to X, …",
 * "…, saying …". `used` marks cue tokens that already introduce a direct quote.
 */
export function indirectInSentence(doc: Doc, s: Sentence, inQuote: Int32Array, used: Set<number>): Attribution[] {
  const { tokens } = doc;
  const out: Attribution[] = [];
  const headline = headlineSpeech(doc, s);
  if (headline) return [headline];
  if (s.headline) return out;
  // The latest "X said …" whose content runs on, and the first token no earlier content may claim.
  let lastAfter: Attribution | null = null;
  let nextFree = s.first;
  for (let v = s.first; v < s.last; v++) {
    const t = tokens[v] as Token;
    if ((inQuote[v] as number) >= 0 || used.has(v)) continue;
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const a = accordingTo(doc, s, v);
      if (a) out.push(a);
      continue;
    }
    const question = passiveQuestion(doc, s, v);
    if (question) {
      out.push(question);
      continue;
    }
    const opening = v === s.first ? openingParticiple(doc, s) : null;
    if (opening) {
      out.push(opening);
      continue;
    }
    const cls = t.cap ? null : cueClassOf(t.lower);
    if (!cls || isSubjectNoun(tokens, v)) continue;
    const prev = tokens[v - 1];
    const byline = asReportedBy(doc, s, v) ?? reportedBy(doc, s, v);
    if (byline) {
      out.push(byline);
      continue;
    }
    const nominal = nominalReport(doc, s, v);
    if (nominal) {
      if (settleOverlap(doc, lastAfter, v)) out.push(nominal);
      continue;
    }
    if (prev && INFINITIVE.has(prev.lower) && v > s.first) {
      const infinitive = infinitiveReport(doc, s, v);
      if (infinitive) out.push(infinitive);
      continue;
    }
    if (prev && v > s.first && NOUN_MARKERS.has(prev.lower)) continue;
    const participle = t.lower.endsWith('ing');
    if (prev && PASSIVE_AUX.has(prev.lower) && !participle) continue;
    let mention: SpeakerMention | null = null;
    if (participle && !(prev && PROGRESSIVE_AUX.has(prev.lower))) {
      mention = participleSubject(tokens, v, s);
      if (!mention) continue;
    } else mention = subjectBefore(tokens, v, s.first);
    // "Rubio thanked Miami and said …": the subject of the first verb.
    // "Gary Emineth, a former chairman, became a delegate and said …": else the sentence's own subject.
    if (!mention && prev?.lower === 'and')
      mention = nearestSubjectBefore(tokens, v - 2, s.first) ?? subjectAtStart(tokens, s.first, v);
    // Found only past an auxiliary the plain reader does not know ("would only say"): the content must be a clause.
    const pastAuxiliary = !mention && !participle && prev !== undefined && isAuxiliaryOrAdverb(prev);
    if (!mention && !participle) mention = subjectAcrossModifier(tokens, v, s) ?? wholeSubject(tokens, v, s);
    const belief = cls === 'belief';
    // "…, whom he has alienated, said Larry Sabato.": a name closing the sentence after "said" is its subject,
    // whatever the commas before the cue suggested.
    const afterComma = prev?.text === ',' && mention?.appositive ? subjectAfter(tokens, v, s.last) : null;
    if (afterComma?.kind === 'name' && onlyAppositiveFollows(tokens, invertedEnd(tokens, afterComma, s.last), s.last))
      mention = null;
    let inverted =
      mention === null ? pastPossessive(tokens, beforeRelative(tokens, subjectAfter(tokens, v, s.last))) : null;
    // "…, said the new hospital was needed": a subject after the cue must close the clause.
    if (
      inverted &&
      (!clauseEndsAt(tokens, invertedEnd(tokens, inverted, s.last), s.last) ||
        (inverted.kind === 'description' && !isNounPhrase(tokens, inverted.first, inverted.last)))
    )
      inverted = null;
    if (!mention && !inverted && !participle) mention = subjectBeforeAppositive(tokens, v, s);
    const afterHearer = hearerClosesClause(tokens, v, s.last);
    // "…, a source close to him said.": a noun phrase after the comma that the name and description readers miss.
    const speaker = mention ?? inverted ?? (participle ? null : phraseBeforeClosingCue(tokens, v, afterHearer, s));
    if (!speaker) continue;
    // "…, Rubio said." / "…, said Rubio." / "The plan, he said, is bad." — the content is around the cue clause.
    const clauseFirst = inverted
      ? v
      : NOUN_LIKE_CUES.has(t.lower)
        ? speaker.first
        : subjectPhraseStart(tokens, speaker, v, s.first);
    const clauseLast = skipTrailingModifiers(
      tokens,
      inverted ? invertedEnd(tokens, inverted, s.last) : afterHearer,
      s.last,
    );
    // "Judicial Watch asked to depose …": an infinitive is what was asked, not a modifier of the cue.
    const infinitive =
      !inverted && tokens[afterHearer]?.lower === 'to' && TAKES_INFINITIVE.has(cueBaseOf(t.lower) ?? '');
    const clauseEnds = !infinitive && (clauseLast >= s.last || CLAUSE_END.has((tokens[clauseLast] as Token).text));
    if (tokens[clauseFirst - 1]?.text === ',' && clauseEnds && !participle) {
      const contentLast = clauseFirst - 1;
      const contentFirst = Math.max(s.first, nextFree);
      const restWords = clauseLast < s.last ? wordsIn(doc, clauseLast, s.last) : 0;
      const openerWords = wordsIn(doc, contentFirst, contentLast);
      // "This campaign, he says, is different": the content goes on after the cue.
      const goesOn = restWords >= 3 || (restWords === 2 && openerWords >= 2);
      // "Instead, she said, her boss …": a short opener is enough when the content goes on after the cue, and then
      // the content is what follows (the cue clause would outweigh the opener) unless that is short too.
      if (openerWords >= (goesOn ? 1 : 3)) {
        const beforeQuoted =
          isQuoteMark(tokens[contentFirst] as Token) && isQuoteMark(tokens[contentLast - 1] as Token);
        const endToken = goesOn ? (tokens[s.last - 1] as Token) : (tokens[contentLast - 1] as Token);
        const restOnly = openerWords < 3 && restWords > openerWords;
        const startToken = tokens[restOnly ? pastRelative(tokens, clauseLast, s.last) : contentFirst] as Token;
        const start = trimmedStart(doc, startToken.start, endToken.end);
        const end = trimmedEnd(doc, start, Math.min(endToken.end, start + MAX_CONTENT_CHARS));
        // A quotation before the cue is a direct quote, handled with the quotation marks.
        if (end > start && !beforeQuoted) {
          if (!settleOverlap(doc, lastAfter, speaker.first)) continue;
          const around: Attribution = {
            kind: 'indirect',
            start,
            end,
            cue: [v, v + 1],
            mention: speaker,
            belief,
            confidence: 0.7,
          };
          out.push(around);
          // "The plan, he said, is bad": the content runs on past the cue, so a later attribution ends it.
          if (goesOn) lastAfter = around;
          nextFree = clauseLast;
        }
      }
      continue;
    }
    if (!mention) continue;
    // "Trump’s recent remarks on Fox News implied …": these forms are usually nouns; trust them only after a name
    // or pronoun and when no other verb follows at once.
    if (NOUN_LIKE_CUES.has(t.lower)) {
      const after = tokens[v + 1];
      if (mention.kind === 'description' || mention.last !== v || (after && /(ed|ing)$/.test(after.lower))) continue;
    }
    let first = contentStartAfter(tokens, v, s.last);
    let introduced =
      tokens[first - 1]?.lower === 'that' ||
      tokens[first - 1]?.text === ':' ||
      (QUESTION_CUES.has(cueBaseOf(t.lower) ?? '') && QUESTION_WORDS.has((tokens[first] as Token).lower));
    // "asked workers if …", "asked the network to donate …": past the person asked to the question or request.
    if (!introduced && cueBaseOf(t.lower) === 'ask') {
      const q = questionAfter(tokens, v + 1, s.last);
      if (q > v) [first, introduced] = [q, true];
    }
    // "told Jeb Bush to quiet down": an order to a named hearer.
    if (!introduced && cueBaseOf(t.lower) === 'tell' && first > v + 1 && tokens[first]?.lower === 'to')
      introduced = tokens[first + 1]?.word === true && !tokens[first + 1]?.cap;
    // "promised to build a wall", "claim to represent …": the infinitive is what was promised or claimed.
    // "promised to be a long night" only predicts.
    if (!introduced && REPORTS_INFINITIVE.has(cueBaseOf(t.lower) ?? '') && tokens[first]?.lower === 'to')
      introduced =
        tokens[first + 1]?.word === true &&
        !tokens[first + 1]?.cap &&
        !(tokens[first + 1]?.lower === 'be' && cueBaseOf(t.lower) === 'promise');
    if (!introduced && !BARE_CLAUSE_CUES.has(cueBaseOf(t.lower) ?? '')) continue;
    if (tokens[v + 1]?.lower === 'by') continue;
    // "55 percent said yes.": a bare answer that closes the clause is what was said.
    const answer = tokens[first];
    if (
      answer &&
      ANSWERS.has(answer.lower) &&
      (first + 1 >= s.last || CLAUSE_END.has((tokens[first + 1] as Token).text)) &&
      cueBaseOf(t.lower) === 'say'
    ) {
      out.push({
        kind: 'indirect',
        start: answer.start,
        end: answer.end,
        cue: [v, v + 1],
        mention,
        belief,
        confidence: 0.5,
      });
      continue;
    }
    if (first >= s.last || wordsIn(doc, first, s.last) < 3) continue;
    // "“…,” he told cheering supporters in Nashua": the cue reports the quotation before it; what follows is its
    // setting, unless "that", a colon or a clause opens a second report.
    if (!participle && !introduced && !startsClause(tokens, first, s.last)) {
      const quotation = quotationBefore(doc, mention.first, s, inQuote);
      if (quotation) {
        out.push({ kind: 'direct', ...quotation, cue: [v, v + 1], mention, belief, confidence: 0.7 });
        nextFree = v + 1;
        continue;
      }
    }
    // Content never starts with a preposition or a bare answer: the cue's modifiers were not skipped, or it is
    // "said so" / "said yes", which reports no statement of its own.
    if (!introduced && NOT_CONTENT_START.has((tokens[first] as Token).lower)) continue;
    // "said little about how …", "said nothing to reporters": no statement ("said nothing has changed" is one).
    if (NOTHING_SAID.has((tokens[first] as Token).lower) && !FINITE.has(tokens[first + 1]?.lower ?? '')) continue;
    // "… and suggesting higher enthusiasm": a participle away from a comma reports a clause, not a noun object.
    if (participle && !introduced && prev?.text !== ',' && !startsClause(tokens, first, s.last)) continue;
    // "will add another title", "would say goodbye": after such an auxiliary, a bare object is no report.
    if (pastAuxiliary && !introduced && !startsClause(tokens, first, s.last)) continue;
    if (isQuoteMark(tokens[first] as Token) && (inQuote[first + 1] ?? -1) >= 0) {
      // "said: “…”" is a direct quote; only a quotation that is part of a longer clause makes this mixed.
      const q = inQuote[first + 1] as number;
      let k = first + 1;
      while (k < s.last && inQuote[k] === q) k++;
      if (k + 2 >= s.last) continue;
    }
    // "described the push as hopeless, …", "promised to build a wall, …": an object ends at the first clause break.
    const object =
      (OBJECT_CUES.has(cueBaseOf(t.lower) ?? '') && !QUESTION_WORDS.has(tokens[first]?.lower ?? '')) ||
      tokens[first]?.lower === 'to';
    const objectEnd = object ? clauseBreakAfter(tokens, first, s.last) : narratorTail(tokens, first, s.last);
    const contentEnd = objectEnd < s.last ? (tokens[objectEnd - 1] as Token).end : s.end;
    const start = trimmedStart(doc, (tokens[first] as Token).start, contentEnd);
    const end = trimmedEnd(doc, start, Math.min(contentEnd, start + MAX_CONTENT_CHARS));
    if (end <= start) continue;
    if (!settleOverlap(doc, lastAfter, mention.first)) continue;
    lastAfter = { kind: 'indirect', start, end, cue: [v, v + 1], mention, belief, confidence: belief ? 0.5 : 0.7 };
    out.push(lastAfter);
    nextFree = v + 1;
  }
  return out;
}
