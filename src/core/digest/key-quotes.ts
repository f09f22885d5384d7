import type { AnswerItem } from '../model/answer.ts';

function outletCount(item: AnswerItem): number {
  const outlets = [...item.sources, ...item.variants.flatMap((v) => v.sources)].map((s) => s.outlet.toLowerCase());
  return new Set(outlets).size;
}

const KIND_ORDER = { direct: 0, mixed: 1, indirect: 2 } as const;

/**
 * The quotes worth a digest line: said by a named speaker, reported by the most outlets, direct words before
 * paraphrase. Anonymous or unattributed remarks stay in `ask`, where their context is shown.
 */
export function keyQuotes(items: AnswerItem[], limit: number): AnswerItem[] {
  return items
    .filter((item) => item.speaker.name !== null && item.text.trim().length > 0)
    .map((item, order) => ({ item, order, outlets: outletCount(item) }))
    .sort((a, b) => b.outlets - a.outlets || KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || a.order - b.order)
    .slice(0, limit)
    .map(({ item }) => item);
}
