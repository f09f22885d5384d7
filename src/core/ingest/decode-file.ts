/** How many leading bytes are checked for NUL bytes, the mark of a binary file. */
const SNIFF_BYTES = 8192;

/** Text editors on Windows still save "Unicode" text as UTF-16 with a byte-order mark; those files are text too. */
function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** The text of a file's bytes, or why it is not an article text file: empty, binary or not UTF-8 (or UTF-16 with BOM). */
export function decodeArticleBytes(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'file is empty' };
  const encoding = encodingOf(bytes);
  if (encoding === 'utf-8' && bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return { reason: 'looks like a binary file, not text' };
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { reason: encoding === 'utf-8' ? 'is not valid UTF-8 text' : `is not valid ${encoding.toUpperCase()} text` };
  }
  if (text.includes('\0')) return { reason: 'looks like a binary file, not text' };
  if (text.trim() === '') return { reason: 'file has only white space' };
  return { text };
}
