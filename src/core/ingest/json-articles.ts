import { type ArticleMeta, articleFromHtml, articleFromText } from './article-from-source.ts';
import type { ParsedArticle, Rejection } from './parsed-article.ts';

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function itemToArticle(item: unknown, file: string, label: string): ParsedArticle | Rejection {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return { label, reason: 'expected an article object {title, url, outlet, publishedAt, text|html}' };
  }
  const fields = item as Record<string, unknown>;
  const missing = [
    ...(nonEmpty(fields.title) ? [] : ['title']),
    ...(nonEmpty(fields.text) || nonEmpty(fields.html) ? [] : ['text or html']),
  ];
  if (missing.length > 0) return { label, reason: `missing ${missing.join(' and ')}` };
  for (const name of ['url', 'outlet', 'publishedAt'] as const) {
    if (fields[name] !== undefined && fields[name] !== null && typeof fields[name] !== 'string') {
      return { label, reason: `${name} must be a string` };
    }
  }
  const publishedAt = nonEmpty(fields.publishedAt) ? Date.parse(fields.publishedAt) : null;
  if (publishedAt !== null && Number.isNaN(publishedAt)) {
    return { label, reason: `publishedAt “${fields.publishedAt}” is not a date` };
  }
  const meta: ArticleMeta = {
    title: fields.title as string,
    outlet: nonEmpty(fields.outlet) ? fields.outlet : null,
    url: nonEmpty(fields.url) ? fields.url.trim() : null,
    file,
    publishedAt: publishedAt === null ? null : new Date(publishedAt).toISOString(),
  };
  if (nonEmpty(fields.text)) return articleFromText(fields.text, meta);
  const fromHtml = articleFromHtml(fields.html as string, meta);
  return 'reason' in fromHtml ? { label, reason: fromHtml.reason } : fromHtml;
}

/** Articles of a `.json` file: one article object, or an array of them (`file.json#2` names the second). */
export function jsonArticles(text: string, file: string): (ParsedArticle | Rejection)[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ label: file, reason: `is not valid JSON (${(error as Error).message.split('\n')[0]})` }];
  }
  if (!Array.isArray(data)) return [itemToArticle(data, file, file)];
  if (data.length === 0) return [{ label: file, reason: 'holds an empty array, no articles' }];
  return data.map((item, i) => itemToArticle(item, file, `${file}#${i + 1}`));
}
