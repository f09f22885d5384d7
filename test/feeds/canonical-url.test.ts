import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/core/feeds/canonical-url.ts';

describe('canonicalUrl', () => {
  it('strips tracking parameters, fragments, www and trailing slashes so copies of one link match', () => {
    expect(canonicalUrl('https://www.Daily.example/world/story/?utm_source=rss&utm_medium=feed&fbclid=x#top')).toBe(
      'https://daily.example/world/story',
    );
    expect(canonicalUrl('https://daily.example/a?b=2&a=1&gclid=z')).toBe('https://daily.example/a?a=1&b=2');
  });

  it('keeps parameters that choose the page, and resolves relative links', () => {
    expect(canonicalUrl('/article.php?id=42&utm_campaign=x', 'https://n.example/feed')).toBe(
      'https://n.example/article.php?id=42',
    );
  });

  it('returns null for non-http URLs and garbage', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
    expect(canonicalUrl('ftp://files.example/x')).toBeNull();
  });
});
