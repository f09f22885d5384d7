import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../src/core/feeds/html-to-plain-text.ts';
import { FeedParseError, parseFeedDocument } from '../../src/core/feeds/parse-feed-document.ts';
import { decodeText } from '../../src/core/fetch/decode-text.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

describe('parseFeedDocument', () => {
  it('reads RSS 2.0: CDATA, entities, relative links, content:encoded, missing and bad dates', () => {
    const feed = parseFeedDocument(fixture('rss2.xml'), 'https://daily.example/rss.xml');
    expect(feed).toMatchObject({ format: 'rss', title: 'The Daily & Co', siteUrl: 'https://daily.example/' });
    const [first, undated, permalink] = feed.items;
    expect(first).toMatchObject({
      guid: 'daily-1001',
      url: 'https://daily.example/world/sheinbaum-troops?utm_source=rss&utm_medium=feed',
      title: 'Sheinbaum rules out U.S. troops & “invasion”',
      publishedAt: '2025-08-02T14:05:00.000Z',
      author: 'Ana Pérez',
      summaryHtml: 'Mexico’s president spoke on Friday.',
    });
    expect(htmlToPlainText(first?.contentHtml ?? '')).toContain('“There will be no invasion,” she said.');
    expect(undated).toMatchObject({ guid: null, publishedAt: null, summaryHtml: 'Only a teaser <b>here</b>.' });
    expect(permalink).toMatchObject({ url: 'https://daily.example/world/permalink', publishedAt: null });
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates', () => {
    const feed = parseFeedDocument(fixture('rss1.rdf'), 'https://wire.example/index.rdf');
    expect(feed.format).toBe('rdf');
    expect(feed.items[0]).toMatchObject({
      guid: 'https://wire.example/story/1',
      url: 'https://wire.example/story/1',
      title: 'Wire: Mexico rejects military action',
      publishedAt: '2025-08-02T13:00:00.000Z',
      summaryHtml: "Mexico's president rejected the reports.",
    });
  });

  it('reads Atom: xml:base for relative links, the alternate link, HTML titles as plain text', () => {
    const feed = parseFeedDocument(fixture('atom.xml'), 'https://atom.example/feed.atom');
    expect(feed).toMatchObject({ format: 'atom', title: 'Atom News', siteUrl: 'https://atom.example/' });
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:atom.example,2025:1',
      url: 'https://atom.example/news/2025/08/sheinbaum',
      title: 'Sheinbaum: absolutely ruled out',
      publishedAt: '2025-08-02T13:00:00.000Z',
      author: 'Luis Gómez',
    });
    expect(feed.items[0]?.contentHtml).toBe(
      '<p>The United States is not going to come to Mexico with the military.</p>',
    );
  });

  it('reads JSON Feed, resolving relative URLs against the feed URL', () => {
    const feed = parseFeedDocument(fixture('feed.json'), 'https://json.example/feed.json');
    expect(feed.format).toBe('json');
    expect(feed.items[0]).toMatchObject({
      guid: 'json-1',
      url: 'https://json.example/2025/08/02/sheinbaum',
      publishedAt: '2025-08-02T17:00:00.000Z',
      author: 'J. Doe',
      contentText: expect.stringContaining('U.S. troops will not enter Mexico'),
    });
    expect(feed.items[1]).toMatchObject({ guid: '2', url: null, publishedAt: null, summaryHtml: 'Only a summary.' });
  });

  it('reads a feed declared ISO-8859-1 once the fetcher decodes it', () => {
    const bytes = iconv.encode(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Diario</title><item><title>Peña Nieto habló</title><link>https://d.example/1</link></item></channel></rss>',
      'latin1',
    );
    const { text } = decodeText(bytes, 'application/rss+xml');
    expect(parseFeedDocument(text, 'https://d.example/rss').items[0]?.title).toBe('Peña Nieto habló');
  });

  it('refuses malformed XML and documents that are not feeds with one clear line', () => {
    expect(() => parseFeedDocument(fixture('malformed.xml'), 'https://x.example/rss')).toThrow(FeedParseError);
    expect(() => parseFeedDocument(fixture('not-a-feed.html'), 'https://x.example/')).toThrow(
      'not an RSS, Atom or JSON feed',
    );
    expect(() => parseFeedDocument('{"hello": 1}', 'https://x.example/')).toThrow(FeedParseError);
  });

  it('never expands DOCTYPE entities (billion laughs) nor reads external ones (XXE)', () => {
    const levels = Array.from({ length: 7 }, (_, i) => {
      const name = String.fromCharCode(98 + i);
      const inner = `&${String.fromCharCode(97 + i)};`.repeat(10);
      return `<!ENTITY ${name} "${inner}">`;
    }).join('');
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">${levels}]><rss version="2.0"><channel><title>t</title><item><title>x &h;</title></item></channel></rss>`;
    expect(parseFeedDocument(laughs, 'https://x.example/').items[0]?.title.length).toBeLessThan(20);
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>t</title><item><title>&x;</title></item></channel></rss>';
    let title = '';
    try {
      title = parseFeedDocument(xxe, 'https://x.example/').items[0]?.title ?? '';
    } catch (error) {
      expect(error).toBeInstanceOf(FeedParseError);
    }
    expect(title).not.toContain('root:');
  });
});
