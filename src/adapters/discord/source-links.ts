import type { SourceRef } from '../../core/model/article.ts';
import { escapeLinkLabel, safeLinkUrl } from './escape-article-text.ts';

// Past this many outlets a line says "and N more": one remark can be carried by dozens of wire copies.
const MAX_LINKED_OUTLETS = 8;

/** "[Reuters](https://…), [AP](https://…) and 3 more": every outlet that reported it, each linked when it has a URL. */
export function sourceLinks(sources: readonly SourceRef[]): string {
  const seen = new Set<string>();
  const unique = sources.filter((source) => {
    const key = `${source.outlet}|${source.url ?? source.file ?? source.articleId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const shown = unique.slice(0, MAX_LINKED_OUTLETS).map((source) => {
    const label = escapeLinkLabel(source.outlet || source.title || 'source');
    const url = safeLinkUrl(source.url);
    return url ? `[${label}](${url})` : label;
  });
  const more = unique.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
