// A table read from a document (web page, Word, PDF) as the text the parser reads: caption lines for the rows
// that span the whole table ("第二十条第（一）项" inside 表二), then pipe tables whose header rows and row
// labels are told from the figures. Shared by the importers that rebuild tables from merged cells.
import { expandMerges, toPipeTable, type GridCell, type SourceCell } from './pipeTable';
import { ImportError } from './types';

/**
 * More grid slots than this in one table is not a report's table but a hostile one (rowspan="100000" on
 * every cell): refused before the grid is built. The national 表三 has 28 × 10.
 */
export const MAX_GRID_CELLS = 200_000;

/** A figure as tables write it: "26", "1,234", "0.5", "100%", "-3". */
const FIGURE = /^[-+]?\d[\d,，.]*%?$/;

const isFigure = (cell: GridCell) => FIGURE.test(cell.text.trim());
const isEmpty = (cell: GridCell) => cell.text.trim() === '';

/** A row that is one cell across the whole table: a caption inside the table, not a row of it. */
function isFullWidth(row: GridCell[]): boolean {
  return row.length > 1 && !row[0].fromAbove && !isEmpty(row[0]) && row.slice(1).every((c) => c.fromLeft && !c.fromAbove);
}

/** Drops the columns that only repeat the cell to their left in every row ("本年处理决定数量" spanning three). */
function dropMergedColumns(grid: GridCell[][]): GridCell[][] {
  const width = grid[0]?.length ?? 0;
  const keep = [...Array(width).keys()].filter((c) => c === 0 || !grid.every((row) => row[c].fromLeft));
  return grid.map((row) => keep.map((c) => row[c]));
}

/**
 * How many leading rows are header rows: those before the first row with a figure; in a table without any
 * figure (a blank form), the rows the first row's cells reach down to.
 */
function headerRowCount(grid: GridCell[][]): number {
  const firstWithFigure = grid.findIndex((row) => row.some(isFigure));
  if (firstWithFigure >= 0) return firstWithFigure;
  let rows = 1;
  while (rows < grid.length && grid[rows].some((c) => c.fromAbove)) rows++;
  return rows;
}

/** How many leading columns hold row labels: text in every body row (figures and blanks are data). */
function labelColumnCount(body: GridCell[][]): number {
  const width = body[0]?.length ?? 0;
  let c = 0;
  while (c < width - 1 && body.every((row) => !isFigure(row[c]) && !isEmpty(row[c]))) c++;
  return c;
}

/** One piece of a table: a pipe table with its header and label columns told from the content. */
function gridToPipeTable(grid: GridCell[][]): { text: string; headerRows: number } {
  const table = dropMergedColumns(grid);
  const headerRows = Math.max(1, headerRowCount(table));
  const body = table.slice(headerRows);
  return { text: toPipeTable(table, headerRows, body.length ? labelColumnCount(body) : 1), headerRows };
}

/** A block of a table's text, with the source row (1-based, among the rows given) of each of its lines that is a row. */
export interface TableTextBlock {
  text: string;
  /** A caption: its one row; a pipe table: the row of each body line (after the header and delimiter lines). */
  rows: number[];
  /** A pipe table, not a caption or a single-column cell. */
  pipe: boolean;
}

/**
 * The text of a table given as rows of possibly merged cells: blocks separated by a blank line — the text
 * of each row spanning the whole table, and a pipe table for each run of rows between them. Empty rows are
 * dropped. A single-column table is not a statistics table: its cells come out as lines. Throws ImportError
 * for a table larger than MAX_GRID_CELLS.
 */
export function tableToText(rows: SourceCell[][]): string[] {
  return tableToBlocks(rows).map((b) => b.text);
}

/** tableToText, with the source row of each line (for source anchors). */
export function tableToBlocks(rows: SourceCell[][]): TableTextBlock[] {
  let area = 0;
  for (const row of rows) for (const cell of row) area += Math.max(1, cell.rowSpan ?? 1) * Math.max(1, cell.colSpan ?? 1);
  if (area > MAX_GRID_CELLS) throw new ImportError(`表格过大（超过 ${MAX_GRID_CELLS} 格），未转换`, `a table larger than ${MAX_GRID_CELLS} cells; not converted`);
  const numbered = expandMerges(rows)
    .map((row, i) => ({ row, n: i + 1 }))
    .filter(({ row }) => !row.every(isEmpty));
  if (numbered.length === 0) return [];
  if (numbered[0].row.length === 1) {
    return numbered.map(({ row, n }) => ({ text: row[0].text.trim(), rows: [n], pipe: false })).filter((b) => b.text);
  }
  const blocks: TableTextBlock[] = [];
  let run: typeof numbered = [];
  const flush = () => {
    if (run.length) {
      const { text, headerRows } = gridToPipeTable(run.map((r) => r.row));
      blocks.push({ text, rows: run.slice(headerRows).map((r) => r.n), pipe: true });
    }
    run = [];
  };
  for (const entry of numbered) {
    if (isFullWidth(entry.row)) {
      flush();
      blocks.push({ text: entry.row[0].text.trim(), rows: [entry.n], pipe: false });
    } else run.push(entry);
  }
  flush();
  return blocks;
}
