/** Builds small feeds in each format around test items, so poll tests can point links at the local server. */
export interface TestItem {
  guid?: string;
  url?: string;
  title: string;
  date?: string;
  /** Full text (becomes content:encoded / content_html paragraphs). */
  content?: string;
  summary?: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphsHtml = (text: string) =>
  text
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeXml(p)}</p>`)
    .join('');

export function rssFeed(title: string, items: TestItem[]): string {
  const entries = items.map(
    (item) => `<item>
  <title>${escapeXml(item.title)}</title>
  ${item.url ? `<link>${escapeXml(item.url)}</link>` : ''}
  ${item.guid ? `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>` : ''}
  ${item.date ? `<pubDate>${new Date(item.date).toUTCString()}</pubDate>` : ''}
  ${item.summary ? `<description>${escapeXml(item.summary)}</description>` : ''}
  ${item.content ? `<content:encoded><![CDATA[${paragraphsHtml(item.content)}]]></content:encoded>` : ''}
</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escapeXml(title)}</title><link>https://feeds.test/</link>
${entries.join('\n')}
</channel></rss>`;
}

export function atomFeed(title: string, items: TestItem[]): string {
  const entries = items.map(
    (item) => `<entry>
  <id>${escapeXml(item.guid ?? item.url ?? item.title)}</id>
  <title>${escapeXml(item.title)}</title>
  ${item.url ? `<link rel="alternate" href="${escapeXml(item.url)}"/>` : ''}
  ${item.date ? `<updated>${item.date}</updated>` : ''}
  ${item.summary ? `<summary>${escapeXml(item.summary)}</summary>` : ''}
  ${item.content ? `<content type="html">${escapeXml(paragraphsHtml(item.content))}</content>` : ''}
</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(title)}</title><id>urn:test</id><updated>2025-08-02T00:00:00Z</updated>
${entries.join('\n')}
</feed>`;
}

export function rdfFeed(title: string, items: TestItem[]): string {
  const entries = items.map(
    (item) => `<item rdf:about="${escapeXml(item.url ?? item.guid ?? '')}">
  <title>${escapeXml(item.title)}</title>
  ${item.url ? `<link>${escapeXml(item.url)}</link>` : ''}
  ${item.date ? `<dc:date>${item.date}</dc:date>` : ''}
  ${item.summary ? `<description>${escapeXml(item.summary)}</description>` : ''}
  ${item.content ? `<content:encoded><![CDATA[${paragraphsHtml(item.content)}]]></content:encoded>` : ''}
</item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="https://feeds.test/"><title>${escapeXml(title)}</title><link>https://feeds.test/</link></channel>
${entries.join('\n')}
</rdf:RDF>`;
}

export function jsonFeed(title: string, items: TestItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((item) => ({
      id: item.guid ?? item.url ?? item.title,
      ...(item.url ? { url: item.url } : {}),
      title: item.title,
      ...(item.date ? { date_published: item.date } : {}),
      ...(item.summary ? { summary: item.summary } : {}),
      ...(item.content ? { content_text: item.content } : {}),
    })),
  });
}

/** An article page as a news site would serve it: navigation, the article, a footer. */
export function articlePage(title: string, text: string): string {
  return `<!doctype html><html><head><title>${escapeXml(title)}</title><meta charset="utf-8"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${escapeXml(title)}</h1>${paragraphsHtml(text)}</article>
<footer>© Test News. All rights reserved.</footer></body></html>`;
}
