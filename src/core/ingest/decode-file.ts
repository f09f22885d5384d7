/** How many leading bytes are checked for NUL bytes, the mark of a binary file. */
const SNIFF_BYTES = 8192;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The text of a file's bytes, or why it is not an article text file: empty, binary or not UTF-8. */
export function decodeArticleBytes(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'file is empty' };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { reason: 'looks like a binary file, not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: 'is not valid UTF-8 text' };
  }
  if (text.trim() === '') return { reason: 'file has only white space' };
  return { text };
}
