// Binary search over items in document order (headings, tables, paragraphs, number mentions, offsets).

/**
 * How many of the indices 0 … count - 1 come before the point searched for: `before(i)` holds for the first
 * ones and for none after them (a sorted list read through `before`).
 */
export function countBefore(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first of `items` (sorted by start) whose start is at or after `offset`. */
export function firstStartingAt(items: ReadonlyArray<{ start: number }>, offset: number): number {
  return countBefore(items.length, (i) => items[i].start < offset);
}
