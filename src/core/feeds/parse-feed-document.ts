import { parseFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from './feed-item.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';

/** The document is not a feed newsbot can read; the message is one line for `/news source status`. */
export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}

type Text = string | { value?: string } | undefined | null;

const textOf = (value: Text): string | null => {
  const raw = typeof value === 'string' ? value : (value?.value ?? null);
  return raw?.trim() ? raw.trim() : null;
};

function absolute(link: string | null | undefined, base: string): string | null {
  if (!link?.trim()) return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** ISO date from any of the feed's date strings; RFC 822 and ISO both parse, nonsense becomes null. */
function isoDate(...candidates: unknown[]): string | null {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const time = candidate instanceof Date ? candidate.getTime() : Date.parse(String(candidate).trim());
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return null;
}

/** RSS authors are an e-mail address, often with the name in brackets: "ana@daily.example (Ana Pérez)". */
function personName(person: string | { name?: string; email?: string } | undefined): string | null {
  const raw = typeof person === 'string' ? person : (person?.name ?? person?.email ?? null);
  if (!raw?.trim()) return null;
  return raw.match(/\(([^)]+)\)\s*$/)?.[1]?.trim() ?? raw.trim();
}

function item(fields: Omit<FeedItem, 'title'> & { title: string | null }): FeedItem {
  const title = fields.title ? htmlToPlainText(fields.title) : '';
  return { ...fields, title };
}

/** A feed's base URL for relative links: its declared xml:base resolved against where it was fetched from. */
function baseOf(declared: string | undefined, feedUrl: string): string {
  return absolute(declared, feedUrl) ?? feedUrl;
}

/**
 * Parses RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed with feedsmith and normalises every item: relative links resolved,
 * entities decoded, titles as plain text, dates as ISO (null when missing). Throws `FeedParseError` for anything else.
 */
export function parseFeedDocument(text: string, feedUrl: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedParseError(
      /unrecognized/i.test(reason) ? 'not an RSS, Atom or JSON feed' : `malformed feed (${reason})`,
    );
  }
  switch (parsed.format) {
    case 'rss': {
      const feed = parsed.feed;
      const base = baseOf(feed.xml?.base, feedUrl);
      const items = (feed.items ?? []).map((entry) => {
        const guid = textOf(entry.guid?.value);
        const permalink = entry.guid?.isPermaLink !== false ? guid : null;
        return item({
          guid,
          url: absolute(entry.link, base) ?? absolute(permalink, base),
          title: textOf(entry.title),
          publishedAt: isoDate(entry.pubDate, entry.dc?.dates?.[0], entry.dcterms?.created),
          author: personName(entry.authors?.[0]) ?? textOf(entry.dc?.creators?.[0]),
          contentHtml: textOf(entry.content?.encoded),
          contentText: null,
          summaryHtml: textOf(entry.description),
        });
      });
      return { format: 'rss', title: textOf(feed.title), siteUrl: absolute(feed.link, base), items };
    }
    case 'atom': {
      const feed = parsed.feed;
      const base = baseOf(feed.xml?.base, feedUrl);
      const linkOf = (links: { href?: string; rel?: string }[] | undefined) =>
        (links ?? []).find((link) => !link.rel || link.rel === 'alternate')?.href;
      const items = (feed.entries ?? []).map((entry) =>
        item({
          guid: textOf(entry.id),
          url: absolute(linkOf(entry.links), base),
          title: textOf(entry.title),
          publishedAt: isoDate(entry.published, entry.updated),
          author: textOf(entry.authors?.[0]?.name),
          contentHtml: textOf(entry.content),
          contentText: null,
          summaryHtml: textOf(entry.summary),
        }),
      );
      return { format: 'atom', title: textOf(feed.title), siteUrl: absolute(linkOf(feed.links), base), items };
    }
    case 'rdf': {
      const feed = parsed.feed;
      const items = (feed.items ?? []).map((entry) =>
        item({
          guid: textOf(entry.rdf?.about) ?? textOf(entry.link),
          url: absolute(entry.link, feedUrl) ?? absolute(entry.rdf?.about, feedUrl),
          title: textOf(entry.title),
          publishedAt: isoDate(entry.dc?.dates?.[0], entry.dcterms?.created),
          author: textOf(entry.dc?.creators?.[0]),
          contentHtml: textOf(entry.content?.encoded),
          contentText: null,
          summaryHtml: textOf(entry.description),
        }),
      );
      return { format: 'rdf', title: textOf(feed.title), siteUrl: absolute(feed.link, feedUrl), items };
    }
    case 'json': {
      const feed = parsed.feed;
      const items = (feed.items ?? []).map((entry) =>
        item({
          guid: entry.id == null ? null : String(entry.id),
          url: absolute(entry.url, feedUrl) ?? absolute(entry.external_url, feedUrl),
          title: textOf(entry.title),
          publishedAt: isoDate(entry.date_published, entry.date_modified),
          author: textOf(entry.authors?.[0]?.name),
          contentHtml: textOf(entry.content_html),
          contentText: textOf(entry.content_text),
          summaryHtml: textOf(entry.summary),
        }),
      );
      return { format: 'json', title: textOf(feed.title), siteUrl: absolute(feed.home_page_url, feedUrl), items };
    }
  }
}
