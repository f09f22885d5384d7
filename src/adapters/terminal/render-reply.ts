import { replyPlainText } from '../../core/answers/plain-text.ts';
import type { Reply } from '../../core/model/reply.ts';

const WIDTH = 100;

/**
 * Article text is untrusted: control characters (ANSI escapes could recolour or rewrite the terminal) are removed,
 * keeping line breaks and tabs.
 */
export function stripControlCharacters(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** Wraps a long line at word boundaries, continuing two spaces deeper than its own indentation. */
function wrap(line: string): string[] {
  if (line.length <= WIDTH) return [line];
  const indent = line.match(/^\s*/)?.[0] ?? '';
  const out: string[] = [];
  let current = indent;
  for (const word of line.slice(indent.length).split(/ +/)) {
    if (current.trim() !== '' && current.length + 1 + word.length > WIDTH) {
      out.push(current);
      current = `${indent}  ${word}`;
    } else current = current.trim() === '' ? `${current}${word}` : `${current} ${word}`;
  }
  out.push(current);
  return out;
}

/**
 * The terminal form of any reply: the same complete plain text as `fallbackText` (outlets and URLs, no file paths:
 * one citation style everywhere; `newsbot ask --json` keeps each source's `file`), made safe and wrapped.
 */
export function renderReplyText(reply: Reply): string {
  const { fallbackText: _ignored, ...body } = reply;
  const text = body.quotes || body.stories || body.fields || body.lines ? replyPlainText(body) : reply.fallbackText;
  return stripControlCharacters(text).split('\n').flatMap(wrap).join('\n');
}
