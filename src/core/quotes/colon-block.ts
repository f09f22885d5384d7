import type { Doc } from '../nlp/document.ts';
import { isQuoteMark } from '../nlp/quote-marks.ts';
import type { Sentence } from '../nlp/split-sentences.ts';
import type { Token } from '../nlp/token.ts';
import type { Attribution } from './attribution.ts';
import { cueClassOf } from './cue-words.ts';
import { accordingSource } from './indirect-forms.ts';
import { messageBeforeColon } from './message-cue.ts';
import { type SpeakerMention, subjectBefore } from './speaker-mention.ts';

// A block quotation runs over the lines that follow the cue up to a blank line; bounded so the scan stays linear.
const MAX_BLOCK_LINES = 8;

const isSpeechCue = (t: Token | undefined) => t !== undefined && !t.cap && cueClassOf(t.lower) === 'speech';

/**
 * The cue of a paragraph that ends on a colon: "Ruiz wrote:", "In his column, Ruiz writes:" (a speech verb right
 * before the colon, with a subject) or a sentence that is only "According to Ana Ruiz(, writing for the Globe):".
 */
function colonCue(doc: Doc, s: Sentence): { cue: [number, number]; mention: SpeakerMention } | null {
  const { tokens } = doc;
  const colon = s.last - 1;
  if (tokens[colon]?.text !== ':') return null;
  const first = tokens[s.first] as Token;
  if (first.lower === 'according' && tokens[s.first + 1]?.lower === 'to') {
    const mention = accordingSource(tokens, s.first + 2, colon);
    return mention ? { cue: [s.first, s.first + 2], mention } : null;
  }
  const verb = colon - 1;
  // "Wallnau elaborated on the message he wanted to send:": the subject of a verb whose object is a text.
  if (!isSpeechCue(tokens[verb])) {
    const message = messageBeforeColon(tokens, colon, s.first);
    return message ? { cue: [message.cue, message.cue + 1], mention: message.mention } : null;
  }
  const mention = subjectBefore(tokens, verb, s.first);
  return mention ? { cue: [verb, verb + 1], mention } : null;
}

/** Whether a line reads as running prose: it opens with a capitalised word and is no list item ("Jobs: …"). */
function opensProse(doc: Doc, s: Sentence): boolean {
  const { tokens } = doc;
  const first = tokens[s.first] as Token;
  if (!first.word || !first.cap || isQuoteMark(first)) return false;
  for (let i = s.first + 1; i < s.last && i - s.first <= 4; i++) if ((tokens[i] as Token).text === ':') return false;
  return true;
}

/**
 * "Wallnau wrote:¶¶I think …¶…": a paragraph that ends on a speech cue and a colon introduces the lines after it,
 * up to a blank line, as the cue subject's own words, when they are prose with no opening quotation mark (a quotation
 * is read by the direct pass). `used` gets the cue sentence's speech words, which report nothing else.
 */
export function colonBlocks(doc: Doc, used: Set<number>): Attribution[] {
  const { sentences, text } = doc;
  const out: Attribution[] = [];
  for (let index = 0; index + 1 < sentences.length; index++) {
    const s = sentences[index] as Sentence;
    const next = sentences[index + 1] as Sentence;
    if (next.paragraph === s.paragraph || !opensProse(doc, next)) continue;
    const found = colonCue(doc, s);
    if (!found) continue;
    // The block: the following lines while only a single line break separates them.
    let end = next.end;
    let lines = 1;
    for (let j = index + 2; j < sentences.length && lines < MAX_BLOCK_LINES; j++) {
      const t = sentences[j] as Sentence;
      const gap = text.slice(end, t.start);
      if (t.paragraph !== (sentences[j - 1] as Sentence).paragraph) {
        if (/\n\s*\n/.test(gap)) break;
        lines++;
      }
      end = t.end;
    }
    for (let v = s.first; v < s.last; v++) if (isSpeechCue(doc.tokens[v])) used.add(v);
    used.add(found.cue[0]);
    out.push({
      kind: 'direct',
      start: next.start,
      end,
      cue: found.cue,
      mention: found.mention,
      belief: false,
      confidence: 0.6,
    });
  }
  return out;
}
