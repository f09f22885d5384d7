import { parseHTML } from 'linkedom';

const FEED_TYPES = /^application\/(rss\+xml|atom\+xml|feed\+json|rdf\+xml)$/i;

/** The feed a page advertises (`<link rel="alternate" type="application/rss+xml" href>`), absolute, or null. */
export function discoverFeedLink(html: string, pageUrl: string): string | null {
  const { document } = parseHTML(html);
  for (const link of document.querySelectorAll('link[rel][href][type]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate') || !FEED_TYPES.test((link.getAttribute('type') ?? '').trim())) continue;
    try {
      const url = new URL(link.getAttribute('href') ?? '', pageUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // an unusable href: look at the next link
    }
  }
  return null;
}
