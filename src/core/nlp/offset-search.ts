// Binary searches by text offset over things the pipeline keeps sorted (tokens, sentences, quoted spans).

/** Index of the last item that starts at or before `offset` (items sorted by start); 0 when none does. */
export function lastStartingAtOrBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((items[mid] as { start: number }).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The item whose [start, end) holds `offset` (items sorted and disjoint), or null. */
export function spanHolding<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid] as T;
    if (offset < item.start) hi = mid - 1;
    else if (offset >= item.end) lo = mid + 1;
    else return item;
  }
  return null;
}
