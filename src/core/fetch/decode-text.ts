import iconv from 'iconv-lite';

/** Why bytes could not be turned into text; the fetcher reports it as a `bad-encoding` failure. */
export class EncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncodingError';
  }
}

export interface DecodedText {
  text: string;
  /** The encoding actually used, lower case (e.g. `utf-8`, `iso-8859-1`). */
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function charsetFromContentType(contentType: string | null): string | null {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return match?.[1]?.toLowerCase() ?? null;
}

/** `<?xml version="1.0" encoding="ISO-8859-1"?>` or `<meta charset=…>` near the start, read as ASCII. */
function charsetFromDocument(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = head.match(/^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i);
  if (xml?.[1]) return xml[1].toLowerCase();
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i);
  return meta?.[1]?.toLowerCase() ?? null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const isUtf8Label = (label: string) => label === 'utf-8' || label === 'utf8';

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(bytes: Uint8Array, label: string): string {
  if (!iconv.encodingExists(label)) throw new EncodingError(`unknown character encoding “${label}”`);
  return iconv.decode(Buffer.from(bytes), label);
}

/**
 * Decodes a response body: byte-order mark, then the HTTP charset, then the XML prolog or HTML meta declaration, then
 * UTF-8. A server that says UTF-8 in its header while the document declares another encoding and is not valid UTF-8
 * is a common misconfiguration: the document's own declaration wins then. Bytes that are not valid in the encoding
 * they claim are refused rather than silently garbled.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeWith(bytes, bom).replace(/^\uFEFF/, ''), encoding: bom };
  const fromHeader = charsetFromContentType(contentType);
  const fromDocument = charsetFromDocument(bytes);
  const declared = fromHeader ?? fromDocument;
  if (declared && !isUtf8Label(declared)) return { text: decodeWith(bytes, declared), encoding: declared };
  const text = decodeUtf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8' };
  if (fromDocument && !isUtf8Label(fromDocument))
    return { text: decodeWith(bytes, fromDocument), encoding: fromDocument };
  if (declared) throw new EncodingError('declared UTF-8 but the bytes are not valid UTF-8');
  // Nothing declared and not UTF-8: the web's legacy default.
  return { text: decodeWith(bytes, 'windows-1252'), encoding: 'windows-1252' };
}
