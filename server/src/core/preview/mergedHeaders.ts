// Merged header cells rebuilt from flattened labels. Converted reports write a multi-level header as one row
// of paths ("申请人情况 / 法人或其他组织 / 商业企业") and merged row labels as paths in the first column
// ("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密"); the official template prints them as merged cells.
// A group shared by neighbouring paths becomes one cell spanning them; a path shorter than the deepest one
// stretches its last segment to the bottom (columns) or to the right (rows). Leaves never merge.

/** A cell of the rebuilt grid: where it stands among the paths and how far it spans. */
export interface SpanCell {
  text: string;
  /** The path (column or row) the cell starts at. */
  first: number;
  /** Columns a header cell spans (rows a row-label cell spans). */
  across: number;
  /** Levels a cell spans downwards (header) or to the right (row labels). */
  deep: number;
}

/** " / " with spaces around it separates levels; "本年增/减" is one label. */
export function splitPath(label: string): string[] {
  return label.split(/\s+\/\s+/).map((s) => s.trim());
}

export function pathDepth(paths: string[][]): number {
  return paths.reduce((d, p) => Math.max(d, p.length), 0);
}

function samePrefix(a: string[], b: string[], upTo: number): boolean {
  for (let i = 0; i <= upTo; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The levels of merged cells for `paths` (one per column, or one per row): levels[k] holds the cells that
 * start at level k, in order. A group cell spans the neighbouring paths that share it; a leaf above the
 * deepest level spans `depth - k` levels.
 */
export function mergePaths(paths: string[][]): SpanCell[][] {
  const depth = pathDepth(paths);
  const levels: SpanCell[][] = [];
  for (let k = 0; k < depth; k++) {
    const cells: SpanCell[] = [];
    for (let j = 0; j < paths.length; ) {
      const p = paths[j];
      if (p.length <= k) {
        j++;
        continue;
      }
      const leaf = k === p.length - 1;
      let end = j + 1;
      if (!leaf) while (end < paths.length && paths[end].length - 1 > k && samePrefix(paths[end], p, k)) end++;
      cells.push({ text: p[k], first: j, across: end - j, deep: leaf ? depth - k : 1 });
      j = end;
    }
    levels.push(cells);
  }
  return levels;
}
