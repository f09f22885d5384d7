import { extractHtmlArticle } from './html-article.ts';
import { outletFromFile, outletFromUrl } from './outlet-name.ts';
import type { ParsedArticle } from './parsed-article.ts';
import { plainTextParagraphs } from './text-layout.ts';

/** What a JSON item, a feed entry or a fetched page says about an article besides its text. */
export interface ArticleMeta {
  title: string | null;
  outlet?: string | null;
  url: string | null;
  file?: string | null;
  publishedAt: string | null;
  sourceId?: string | null;
}

/** The outlet the source named, else the URL's domain, else the page's site name, else the file name. */
function outletOf(meta: ArticleMeta, siteName: string | null): string {
  const fromUrl = meta.url ? outletFromUrl(meta.url) : null;
  const fromFile = meta.file ? outletFromFile(meta.file) : null;
  return meta.outlet?.trim() || fromUrl || siteName || fromFile || 'unknown';
}

/** A parsed article from plain text (a JSON `text` field, a feed's content). */
export function articleFromText(text: string, meta: ArticleMeta): ParsedArticle {
  return {
    title: meta.title?.trim() || null,
    outlet: outletOf(meta, null),
    url: meta.url,
    file: meta.file ?? null,
    publishedAt: meta.publishedAt,
    sourceId: meta.sourceId ?? null,
    original: text,
    paragraphs: plainTextParagraphs(text),
  };
}

/** A parsed article from a whole HTML page or an article body fragment, or the reason it has no article text. */
export function articleFromHtml(html: string, meta: ArticleMeta): ParsedArticle | { reason: string } {
  const page = extractHtmlArticle(html);
  if ('reason' in page) return page;
  return {
    ...articleFromText(page.text, { ...meta, title: meta.title || page.title }),
    outlet: outletOf(meta, page.siteName),
    publishedAt: meta.publishedAt ?? page.publishedAt,
  };
}
