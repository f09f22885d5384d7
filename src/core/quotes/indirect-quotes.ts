import type { Doc } from '../nlp/document.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { nearestSubjectBefore, subjectAtStart } from './clause-subject.ts';
import { appositiveEnd, CLAUSE_END, MODIFIER_STARTS, skipHearer, skipTrailingModifiers } from './cue-clause.ts';
import { BARE_CLAUSE_CUES, cueBaseOf, cueClassOf, TAKES_HEARER } from './cue-words.ts';
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
const QUESTION_WORDS = new Set(['if', 'whether', 'why', 'how', 'what', 'who', 'when', 'where', 'which']);
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'it', 'i']);
const NOT_CONTENT_START = new Set(
  'in on at during under after before with to from for as by over into through so yes no'.split(' '),
);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'get', 'got']);
const INFINITIVE = new Set(['to']);
const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
const END_PUNCT = /[\s.,;:!?"”’')\]]/;

/** Skips "on Friday", "in a statement to Newsweek", "reporters" and "that" between a cue and its content. */
function contentStartAfter(tokens: Token[], verb: number, last: number): number {
  let i = verb + 1;
  const base = cueBaseOf((tokens[verb] as Token).lower) ?? '';
  if (TAKES_HEARER.has(base)) i = skipHearer(tokens, i, last);
  // Prepositional and time phrases up to "that" or a comma.
  for (let guard = 0; guard < 3 && i < last; guard++) {
    const t = tokens[i] as Token;
    if (!MODIFIER_STARTS.has(t.lower)) break;
    let j = i + 1;
    while (j < last && j - i < 9) {
      const w = tokens[j] as Token;
      if (w.lower === 'that' || w.text === ',' || w.text === ':' || isQuoteMark(w) || CLAUSE_SUBJECTS.has(w.lower))
        break;
      j++;
    }
    const stop = tokens[j];
    if (stop === undefined || j >= last) break;
    // "said in a statement Thursday night they pulled …": a subject pronoun starts the reported clause.
    if (stop.lower === 'that' || stop.text === ',' || stop.text === ':' || CLAUSE_SUBJECTS.has(stop.lower)) i = j;
    else if (MODIFIER_STARTS.has(t.lower) && j - i === 1) i = j;
    else break;
  }
  while (
    i < last &&
    ((tokens[i] as Token).lower === 'that' || (tokens[i] as Token).text === ',' || (tokens[i] as Token).text === ':')
  )
    i++;
  return i;
}

function trimmedEnd(doc: Doc, start: number, end: number): number {
  let e = end;
  while (e > start && END_PUNCT.test(doc.text[e - 1] as string)) e--;
  return e;
}

function trimmedStart(doc: Doc, start: number, end: number): number {
  let s = start;
  while (s < end && /[\s"“‘',]/.test(doc.text[s] as string)) s++;
  return s;
}

function wordsIn(doc: Doc, first: number, last: number): number {
  return last <= first ? 0 : (doc.wordsBefore[last] as number) - (doc.wordsBefore[first] as number);
}

// Reported speech longer than this in one sentence is a run-on or broken text; cutting it keeps the work linear.
const MAX_CONTENT_CHARS = 1500;

/**
 * A later attribution that starts inside an earlier one's content: after a comma it is a new clause that ends the
 * earlier content ("Asked if she believed X, Clinton said …"); otherwise it is nested in it ("Sexton said Trump
 * believes …") and, like the corpus convention, only the outer one is kept. Returns whether to keep the later one.
 */
function settleOverlap(doc: Doc, a: Attribution | null, speakerFirst: number): boolean {
  const offset = (doc.tokens[speakerFirst] as Token).start;
  if (!a || offset <= a.start || offset >= a.end) return true;
  if (doc.tokens[speakerFirst - 1]?.text !== ',') return false;
  a.end = trimmedEnd(doc, a.start, offset);
  return true;
}

/** "“…,” Christie said, adding that …": the subject of the cue right before the participle's comma. */
function cueSubjectBefore(tokens: Token[], cue: number, floor: number): SpeakerMention | null {
  const t = tokens[cue];
  if (!t || cue <= floor || t.cap || cueClassOf(t.lower) !== 'speech') return null;
  return subjectBefore(tokens, cue, floor) ?? subjectAfter(tokens, cue, cue + 1);
}

/**
 * Finds reported speech (and beliefs) in one sentence: "X said (that) …", "…, X said", "according to X, …",
 * "…, saying …". `used` marks cue tokens that already introduce a direct quote.
 */
export function indirectInSentence(doc: Doc, s: Sentence, inQuote: Int32Array, used: Set<number>): Attribution[] {
  const { tokens } = doc;
  const out: Attribution[] = [];
  if (s.headline) return out;
  // The latest "X said …" whose content runs on, and the first token no earlier content may claim.
  let lastAfter: Attribution | null = null;
  let nextFree = s.first;
  for (let v = s.first; v < s.last; v++) {
    const t = tokens[v] as Token;
    if ((inQuote[v] as number) >= 0 || used.has(v)) continue;
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const a = accordingTo(doc, s, v, inQuote);
      if (a) out.push(a);
      continue;
    }
    const cls = t.cap ? null : cueClassOf(t.lower);
    if (!cls) continue;
    const prev = tokens[v - 1];
    const question = passiveQuestion(doc, s, v);
    if (question) {
      out.push(question);
      continue;
    }
    if (prev && v > s.first && (NOUN_MARKERS.has(prev.lower) || INFINITIVE.has(prev.lower))) continue;
    const participle = t.lower.endsWith('ing');
    if (prev && PASSIVE_AUX.has(prev.lower) && !participle) continue;
    let mention: SpeakerMention | null = null;
    if (participle && prev?.text === ',')
      mention = cueSubjectBefore(tokens, v - 2, s.first) ?? subjectAtStart(tokens, s.first, v);
    else if (participle && !(prev && PROGRESSIVE_AUX.has(prev.lower))) continue;
    else mention = subjectBefore(tokens, v, s.first);
    // "Rubio thanked Miami and said …": the subject of the first verb.
    // "Gary Emineth, a former chairman, became a delegate and said …": else the sentence's own subject.
    if (!mention && prev?.lower === 'and')
      mention = nearestSubjectBefore(tokens, v - 2, s.first) ?? subjectAtStart(tokens, s.first, v);
    const belief = cls === 'belief';
    const inverted = mention === null ? subjectAfter(tokens, v, s.last) : null;
    const speaker = mention ?? inverted;
    if (!speaker) continue;
    // "…, Rubio said." / "…, said Rubio." / "The plan, he said, is bad." — the content is around the cue clause.
    const clauseFirst = inverted ? v : speaker.first;
    const clauseLast = skipTrailingModifiers(tokens, inverted ? appositiveEnd(tokens, inverted) : v + 1, s.last);
    const clauseEnds = clauseLast >= s.last || CLAUSE_END.has((tokens[clauseLast] as Token).text);
    if (tokens[clauseFirst - 1]?.text === ',' && clauseEnds && !participle) {
      const contentLast = clauseFirst - 1;
      const contentFirst = Math.max(s.first, nextFree);
      if (wordsIn(doc, contentFirst, contentLast) >= 3) {
        const beforeQuoted =
          isQuoteMark(tokens[contentFirst] as Token) && isQuoteMark(tokens[contentLast - 1] as Token);
        const restWords = clauseLast < s.last ? wordsIn(doc, clauseLast, s.last) : 0;
        const endToken = restWords >= 3 ? (tokens[s.last - 1] as Token) : (tokens[contentLast - 1] as Token);
        const start = trimmedStart(doc, (tokens[contentFirst] as Token).start, endToken.end);
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
          if (restWords >= 3) lastAfter = around;
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
    const first = contentStartAfter(tokens, v, s.last);
    const introduced =
      tokens[first - 1]?.lower === 'that' ||
      tokens[first - 1]?.text === ':' ||
      (QUESTION_CUES.has(cueBaseOf(t.lower) ?? '') && QUESTION_WORDS.has((tokens[first] as Token).lower));
    if (!introduced && !BARE_CLAUSE_CUES.has(cueBaseOf(t.lower) ?? '')) continue;
    if (tokens[v + 1]?.lower === 'by') continue;
    if (first >= s.last || wordsIn(doc, first, s.last) < 3) continue;
    // Content never starts with a preposition or a bare answer: the cue's modifiers were not skipped, or it is
    // "said so" / "said yes", which reports no statement of its own.
    if (!introduced && NOT_CONTENT_START.has((tokens[first] as Token).lower)) continue;
    if (isQuoteMark(tokens[first] as Token) && (inQuote[first + 1] ?? -1) >= 0) {
      // "said: “…”" is a direct quote; only a quotation that is part of a longer clause makes this mixed.
      const q = inQuote[first + 1] as number;
      let k = first + 1;
      while (k < s.last && inQuote[k] === q) k++;
      if (k + 2 >= s.last) continue;
    }
    const start = trimmedStart(doc, (tokens[first] as Token).start, s.end);
    const end = trimmedEnd(doc, start, Math.min(s.end, start + MAX_CONTENT_CHARS));
    if (end <= start) continue;
    if (!settleOverlap(doc, lastAfter, mention.first)) continue;
    lastAfter = { kind: 'indirect', start, end, cue: [v, v + 1], mention, belief, confidence: belief ? 0.5 : 0.7 };
    out.push(lastAfter);
    nextFree = v + 1;
  }
  return out;
}

const PASSIVE_QUESTION_LEADS = new Set(['when', 'was', 'were', 'after', 'if', 'being', ',']);
const ASKED_ABOUT = new Set(['whether', 'if', 'about', 'how', 'what', 'why', 'who', 'where']);

/**
 * "When asked whether D.C. should have a vote, Clinton …": a passive question reports what was asked, by someone
 * the sentence does not name, so it has no speaker. The content runs to the end of the clause.
 */
function passiveQuestion(doc: Doc, s: Sentence, v: number): Attribution | null {
  const { tokens } = doc;
  const t = tokens[v] as Token;
  const prev = tokens[v - 1];
  if (t.lower !== 'asked' || !prev || !PASSIVE_QUESTION_LEADS.has(prev.lower)) return null;
  if (!ASKED_ABOUT.has(tokens[v + 1]?.lower ?? '')) return null;
  let last = v + 2;
  while (last < s.last && last - v < 60 && !CLAUSE_END.has((tokens[last] as Token).text)) last++;
  if (wordsIn(doc, v + 1, last) < 3) return null;
  const start = (tokens[v + 1] as Token).start;
  const end = trimmedEnd(doc, start, (tokens[last - 1] as Token).end);
  if (end <= start) return null;
  return { kind: 'indirect', start, end, cue: [v, v + 1], mention: null, belief: false, confidence: 0.5 };
}

/** The source after "according to": a name, or any noun phrase up to the next comma ("a new Gallup poll"). */
function accordingSource(tokens: Token[], from: number, last: number): SpeakerMention | null {
  const named = subjectAfter(tokens, from - 1, last);
  if (named) return named;
  let end = from;
  while (end < last && end - from < 12 && (tokens[end] as Token).text !== ',' && (tokens[end] as Token).text !== '.')
    end++;
  if (end === from || end - from >= 12) return null;
  return { kind: 'description', first: from, last: end, chunk: null, appositive: null };
}

function accordingTo(doc: Doc, s: Sentence, v: number, inQuote: Int32Array): Attribution | null {
  const { tokens } = doc;
  void inQuote;
  const mention = accordingSource(tokens, v + 2, s.last);
  if (!mention) return null;
  const cue: [number, number] = [v, v + 2];
  const make = (startOffset: number, endOffset: number): Attribution | null => {
    const start = trimmedStart(doc, startOffset, endOffset);
    const end = trimmedEnd(doc, start, Math.min(endOffset, start + MAX_CONTENT_CHARS));
    return end > start ? { kind: 'indirect', start, end, cue, mention, belief: false, confidence: 0.7 } : null;
  };
  // "According to X, …": the content follows the comma after the source.
  // "But, according to the poll, …" / "In addition, according to …": a short connective before it changes nothing.
  const connective = (tokens[v - 1] as Token | undefined)?.text === ',' && wordsIn(doc, s.first, v - 1) <= 2;
  if (v === s.first || (v - 1 === s.first && !(tokens[v - 1] as Token).word) || connective) {
    let i = mention.last;
    while (i < s.last && (tokens[i] as Token).text !== ',') i++;
    if (i + 1 >= s.last) return null;
    return make((tokens[i + 1] as Token).start, s.end);
  }
  // "…, according to X." / "… according to X": the content is what comes before.
  const before = (tokens[v - 1] as Token).text === ',' ? v - 2 : v - 1;
  if (before < s.first || wordsIn(doc, s.first, before + 1) < 3) return null;
  return make(s.start, (tokens[before] as Token).end);
}
