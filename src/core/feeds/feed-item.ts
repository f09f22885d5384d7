/** One entry of any feed format, normalised: what the poller needs to decide whether and how to ingest it. */
export interface FeedItem {
  /** The feed's own id for the item (RSS guid, Atom id, JSON Feed id, RDF about), if any. */
  guid: string | null;
  /** Absolute link to the article page, resolved against the feed's base. */
  url: string | null;
  /** Plain-text headline (markup removed, entities decoded). */
  title: string;
  /** ISO-8601, or null when the feed gives no usable date. */
  publishedAt: string | null;
  author: string | null;
  /** Full article body as HTML (content:encoded, Atom content, JSON content_html). */
  contentHtml: string | null;
  /** Full article body as plain text (JSON Feed content_text). */
  contentText: string | null;
  /** Teaser: RSS description, Atom summary, JSON summary. */
  summaryHtml: string | null;
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to, for naming the outlet. */
  siteUrl: string | null;
  items: FeedItem[];
}
