// Binary search over items in document order (headings, tables, paragraphs, number mentions).

/** The index of the first of `items` (sorted by start) whose start is at or after `offset`. */
export function firstStartingAt(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
