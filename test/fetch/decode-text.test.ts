import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, EncodingError } from '../../src/core/fetch/decode-text.ts';

describe('decodeText', () => {
  it('honours a byte-order mark, including UTF-16', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<rss>Año</rss>', 'utf-16le')]);
    expect(decodeText(utf16, 'application/xml; charset=utf-8')).toEqual({
      text: '<rss>Año</rss>',
      encoding: 'utf-16le',
    });
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Año')]);
    expect(decodeText(utf8, null).text).toBe('Año');
  });

  it('uses the HTML meta charset when the header says nothing', () => {
    const page = iconv.encode('<html><head><meta charset="iso-8859-1"></head><body>Peña</body></html>', 'latin1');
    expect(decodeText(page, 'text/html')).toMatchObject({
      encoding: 'iso-8859-1',
      text: expect.stringContaining('Peña'),
    });
  });

  it('trusts the document when the server claims UTF-8 for an ISO-8859-1 feed that says so itself', () => {
    const feed = iconv.encode('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Peña</title></rss>', 'latin1');
    expect(decodeText(feed, 'text/xml; charset=UTF-8')).toMatchObject({
      encoding: 'iso-8859-1',
      text: expect.stringContaining('Peña'),
    });
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    expect(decodeText(iconv.encode('“Ya basta”', 'windows-1252'), null)).toEqual({
      text: '“Ya basta”',
      encoding: 'windows-1252',
    });
  });

  it('refuses unknown encodings and UTF-8 that is not', () => {
    expect(() => decodeText(Buffer.from('x'), 'text/xml; charset=x-klingon')).toThrow(EncodingError);
    expect(() => decodeText(iconv.encode('<a>ñ</a>', 'latin1'), 'text/xml; charset=utf-8')).toThrow(
      'declared UTF-8 but the bytes are not valid UTF-8',
    );
  });
});
