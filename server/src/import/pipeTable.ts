// Tables from Word, web pages and PDFs as the pipe tables the parser reads. Merged cells are expanded into a
// full grid first; the header rows then become one row whose labels join the levels with " / ", as the
// parser's flattened-header tables do ("申请人情况 / 法人或其他组织 / 商业企业").

/** A cell as the source gives it: text and how many grid rows and columns it covers. */
export interface SourceCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

/** A grid cell: its text, and whether it repeats a merged cell that began above or to the left. */
export interface GridCell {
  text: string;
  /** Covered by a cell that began in an earlier row (a vertical merge). */
  fromAbove: boolean;
  /** Covered by a cell that began in an earlier column (a horizontal merge). */
  fromLeft: boolean;
}

/** Expands rows of possibly merged cells into a rectangular grid; the text of a merged cell fills every slot it covers. */
export function expandMerges(rows: SourceCell[][]): GridCell[][] {
  const grid: GridCell[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r][c]) c++;
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      for (let dr = 0; dr < rowSpan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) grid[r + dr][c + dc] = { text: cell.text, fromAbove: dr > 0, fromLeft: dc > 0 };
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  for (const row of grid) for (let c = 0; c < width; c++) row[c] ??= { text: '', fromAbove: false, fromLeft: false };
  return grid;
}

/** Whitespace inside a cell collapsed the way the parser compares labels; pipes escaped so they cannot split the cell. */
export function cellText(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim().replace(/\|/g, '\\|');
}

/** The labels of a column over the header rows, each level once: "申请人情况 / 法人或其他组织 / 商业企业". */
function joinLevels(levels: string[]): string {
  const out: string[] = [];
  for (const level of levels.map(cellText)) if (level && out[out.length - 1] !== level) out.push(level);
  return out.join(' / ');
}

/**
 * A pipe table from a grid: the first `headerRows` rows become one header row with joined labels, and in the
 * body the leading label columns of a row join the same way ("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密").
 * `labelColumns` is how many leading columns hold row labels rather than figures.
 */
export function toPipeTable(grid: GridCell[][], headerRows: number, labelColumns = 1): string {
  if (grid.length === 0) return '';
  const width = grid[0].length;
  const head = grid.slice(0, Math.max(1, headerRows));
  const header: string[] = [];
  for (let c = 0; c < width; c++) {
    if (c > 0 && c < labelColumns) continue;
    header.push(joinLevels(head.map((row) => row[c].text)));
  }
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of grid.slice(Math.max(1, headerRows))) {
    const label = joinLevels(row.slice(0, labelColumns).map((cell) => cell.text));
    const figures = row.slice(labelColumns).map((cell) => cellText(cell.text));
    // Without label columns (表四: one row of figures under a three-level header) every cell is a figure.
    lines.push(`| ${(labelColumns > 0 ? [label, ...figures] : figures).join(' | ')} |`);
  }
  return lines.join('\n');
}
