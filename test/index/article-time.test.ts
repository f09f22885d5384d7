import { expect, it } from 'vitest';
import { articleTime } from '../../src/core/index/stored-article.ts';
import type { Article } from '../../src/core/model/article.ts';

const article = (publishedAt: string | null, ingestedAt = '2026-11-20T12:00:00.000Z') =>
  ({ publishedAt, ingestedAt }) as Article;

it('orders by publication time in UTC whatever offset the feed wrote', () => {
  expect(articleTime(article('2026-11-20T10:00:00+02:00'))).toBe('2026-11-20T08:00:00.000Z');
  expect(articleTime(article('Fri, 20 Nov 2026 10:00:00 GMT'))).toBe('2026-11-20T10:00:00.000Z');
});

it('falls back to the ingest time when the date is missing or unreadable', () => {
  expect(articleTime(article(null))).toBe('2026-11-20T12:00:00.000Z');
  expect(articleTime(article('last Friday'))).toBe('2026-11-20T12:00:00.000Z');
});
