import type { AnswerItem, AnswerVariant } from '../model/answer.ts';
import type { SourceRef } from '../model/article.ts';
import { referenceIdf } from '../stories/reference-idf.ts';
import type { QuoteRow } from './quote-rows.ts';
import { type RemarkShape, remarkShape, sameGist, sameWording } from './same-remark.ts';

interface Member {
  row: QuoteRow;
  shape: RemarkShape;
}

const DIRECTNESS = { direct: 2, mixed: 1, indirect: 0 } as const;
const TELLING_IDF = 2;

const sourceKey = (source: SourceRef) => `${source.articleId}\n${source.outlet}\n${source.url ?? source.file ?? ''}`;

function uniqueSources(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const source of sources) if (!seen.has(sourceKey(source))) seen.set(sourceKey(source), source);
  return [...seen.values()];
}

const outletCount = (sources: readonly SourceRef[]) => new Set(sources.map((s) => s.outlet.toLowerCase())).size;

/** Direct wordings match across stories (a remark repeated later); a paraphrase only within the same event. */
const sameRemark = (member: Member, other: Member) =>
  member.row.kind !== 'indirect' && other.row.kind !== 'indirect'
    ? sameWording(member.shape, other.shape)
    : member.row.storyId === other.row.storyId && sameGist(member.shape, other.shape);

/**
 * Merges one speaker's quotes across outlets: the same remark reported by several outlets becomes one item listing
 * every source; each different wording is a variant with the outlets that used it; indirect reports of the remark come
 * under it as paraphrases. Items are ranked by how many outlets carry them, then directness, then recency.
 * Only quotes sharing a telling word (IDF ≥ 2: "invasion", not "people") are compared, through a word → quotes index,
 * so a speaker's hundred quotes do not cost a comparison of every pair.
 */
export function mergeQuotes(rows: readonly QuoteRow[]): AnswerItem[] {
  const members: Member[] = [...rows]
    .sort((a, b) => DIRECTNESS[b.kind] - DIRECTNESS[a.kind])
    .map((row) => ({ row, shape: remarkShape(row.text) }));
  // Union-find over members: a quote matching several groups joins them (each outlet may share another sentence).
  const parent = members.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const byWord = new Map<string, number[]>();
  const { idf } = referenceIdf();
  members.forEach((member, i) => {
    const shared = new Set<number>();
    for (const word of member.shape.topic) {
      if (idf(word) < TELLING_IDF) continue;
      const earlier = byWord.get(word) ?? [];
      for (const j of earlier) shared.add(j);
      byWord.set(word, [...earlier, i]);
    }
    for (const j of shared) {
      if (root(i) !== root(j) && sameRemark(member, members[j] as Member)) parent[root(i)] = root(j);
    }
  });
  const byRoot = new Map<number, Member[]>();
  for (const [i, member] of members.entries()) byRoot.set(root(i), [...(byRoot.get(root(i)) ?? []), member]);
  const groups = [...byRoot.values()];
  return groups
    .map((group) => ({
      item: toItem(group),
      newest:
        group
          .map((m) => m.row.at)
          .sort()
          .at(-1) ?? '',
    }))
    .sort(
      (a, b) =>
        outletCount(b.item.sources) - outletCount(a.item.sources) ||
        DIRECTNESS[b.item.kind] - DIRECTNESS[a.item.kind] ||
        (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0),
    )
    .map(({ item }) => item);
}

/**
 * The wording most outlets used is the item's text (ties: the fuller one); the others are variants. The item's sources
 * are the outlets of its quoted wordings; paraphrasing outlets are listed only under their paraphrase.
 */
function toItem(group: Member[]): AnswerItem {
  const wordings = new Map<string, { text: string; kind: QuoteRow['kind']; sources: SourceRef[] }>();
  for (const { row, shape } of group) {
    const key = shape.key;
    const wording = wordings.get(key) ?? { text: row.text.trim(), kind: row.kind, sources: [] };
    wording.sources.push(...row.sources);
    wordings.set(key, wording);
  }
  const ranked = [...wordings.values()]
    .map((w) => ({ ...w, sources: uniqueSources(w.sources) }))
    .sort(
      (a, b) =>
        DIRECTNESS[b.kind] - DIRECTNESS[a.kind] ||
        outletCount(b.sources) - outletCount(a.sources) ||
        b.text.length - a.text.length,
    );
  const [main, ...others] = ranked as [(typeof ranked)[number], ...typeof ranked];
  const variants: AnswerVariant[] = others.map(({ text, sources, kind }) => ({ text, sources, kind }));
  const roles = group.map((m) => m.row.speakerRole).filter((role): role is string => !!role);
  const first = (group[0] as Member).row;
  // "Reported by" means "carries these words": an outlet that only paraphrased is cited under its paraphrase alone.
  const carriers = main.kind === 'indirect' ? ranked : ranked.filter((w) => w.kind !== 'indirect');
  return {
    text: main.text,
    kind: main.kind,
    speaker: { name: first.speakerName, role: mostCommon(roles) },
    sources: uniqueSources(carriers.flatMap((w) => w.sources)),
    variants,
  };
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}
