import { sentenceSpans } from '../nlp/sentence-spans.ts';
import { contentWords, overlap } from './content-words.ts';
import type { DigestArticle } from './digest-source.ts';

/** Only the opening of each article is considered: news leads carry the story, later sentences the detail. */
const LEAD_SENTENCES = 8;
const MIN_CHARS = 40;
const MAX_CHARS = 360;
/** Two sentences sharing more than this share of words say the same thing twice. */
const REDUNDANT = 0.3;
/** "SheinbaumMexico’s": words glued by a bad extraction (names like McCarthy or DeSantis do not match). */
const GLUED_WORDS = /\p{Ll}{3,}\p{Lu}\p{Ll}/u;

interface Candidate {
  text: string;
  articleIndex: number;
  position: number;
  words: Set<string>;
  score: number;
}

function leadCandidates(article: DigestArticle, articleIndex: number): Candidate[] {
  const titleWords = contentWords(article.ref.title);
  const candidates: Candidate[] = [];
  const spans = sentenceSpans(article.text).slice(0, LEAD_SENTENCES);
  spans.forEach((span, position) => {
    const text = article.text.slice(span.start, span.end);
    if (text.length < MIN_CHARS || text.length > MAX_CHARS || /\n/.test(text) || GLUED_WORDS.test(text)) return;
    const words = contentWords(text);
    // Many articles repeat their headline as the first line; that is not a summary sentence.
    if (overlap(words, titleWords) > 0.8) return;
    candidates.push({ text, articleIndex, position, words, score: 0 });
  });
  return candidates;
}

/** How many of the story's articles use each word: words every outlet uses are what the story is about. */
function articleFrequency(articles: DigestArticle[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const article of articles) {
    for (const word of contentWords(article.text)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  return frequency;
}

function scoreCandidate(candidate: Candidate, frequency: Map<string, number>, articleCount: number): number {
  let shared = 0;
  for (const word of candidate.words) shared += (frequency.get(word) ?? 0) / articleCount;
  const centrality = shared / Math.sqrt(Math.max(candidate.words.size, 1));
  // Earlier sentences summarise; reported speech opening with a quote mark is better shown as a quote.
  const positionWeight = 1 / (1 + 0.15 * candidate.position);
  const quotePenalty = /^["“‘']/.test(candidate.text) ? 0.6 : 1;
  return centrality * positionWeight * quotePenalty;
}

/** Share of `words` that `seen` does not already contain. */
function novelty(words: Set<string>, seen: Set<string>): number {
  if (words.size === 0) return 0;
  let fresh = 0;
  for (const word of words) if (!seen.has(word)) fresh++;
  return fresh / words.size;
}

/**
 * A two-sentence extractive summary: the most central lead sentence across the story's articles, then the best one
 * that adds the most the first does not say. Sentences are copied verbatim from article text, so every word shown is traceable.
 */
export function extractiveSummary(articles: DigestArticle[]): string {
  const frequency = articleFrequency(articles);
  const candidates = articles.flatMap(leadCandidates);
  for (const candidate of candidates) candidate.score = scoreCandidate(candidate, frequency, articles.length);
  candidates.sort((a, b) => b.score - a.score || a.articleIndex - b.articleIndex || a.position - b.position);
  const first = candidates[0];
  if (!first) return '';
  // The second sentence should add to the first: weigh each candidate by the share of its words the first lacks.
  let second: Candidate | undefined;
  let secondScore = 0;
  for (const candidate of candidates) {
    if (candidate === first || overlap(candidate.words, first.words) > REDUNDANT) continue;
    const score = candidate.score * novelty(candidate.words, first.words) ** 2;
    if (score > secondScore) {
      second = candidate;
      secondScore = score;
    }
  }
  if (!second) return first.text;
  // Two sentences from one article read best in their original order.
  const ordered =
    second.articleIndex === first.articleIndex && second.position < first.position ? [second, first] : [first, second];
  return ordered.map((c) => c.text).join(' ');
}
