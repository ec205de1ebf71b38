// Shared arithmetic over national table cells. Blank cells count as 0 when some of their peers are
// filled; a group whose cells are all blank is "not reported" and is not checked (blank-cell says so).
import type { Cell, NationalTable } from '../model';
import { TABLE_B_COLUMNS, TABLE_B_ROWS } from '../format/tableLabels';
import { PLACEHOLDER_CELL } from '../format/placeholders';

export function valueOf(cell: Cell | undefined): number {
  return cell?.kind === 'number' && cell.value !== undefined ? cell.value : 0;
}

/** A cell holding a template's placeholder ("××") instead of its figure: unfilled-field's, never arithmetic's. */
export function isPlaceholderCell(cell: Cell | undefined): boolean {
  return cell?.kind === 'text' && PLACEHOLDER_CELL.test(cell.text.trim());
}

export function isFilled(cell: Cell | undefined): boolean {
  return cell?.kind === 'number';
}

/** The leaf rows of 三、本年度办理结果 for the table's format (（六） as one row or as 1–3). */
export function tableBLeafRows(table: NationalTable): string[] {
  const sixSplit = table.rows.some((r) => /^三（六）\d$/.test(r.id));
  return TABLE_B_ROWS.map((r) => r.id).filter(
    (id) => /^三（[一二]）$/.test(id) || /^三（[三四五]）\d$/.test(id) || (sixSplit ? /^三（六）\d$/.test(id) : id === '三（六）'),
  );
}

export const TABLE_B_APPLICANT_COLUMNS = TABLE_B_COLUMNS.map((c) => c.id).filter((id) => id !== '总计');
export const TABLE_B_ALL_COLUMNS = TABLE_B_COLUMNS.map((c) => c.id);

/** "1 + 2 + 3 = 6", dropping zero terms when there are many. */
export function sumExpression(values: number[]): string {
  const shown = values.length > 6 ? values.filter((v) => v !== 0) : values;
  return shown.length ? shown.join(' + ') : '0';
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10000) / 10000);
}

/** How a cell is named in a message: "（三）8.属于行政查询事项 × 科研机构", "行政复议 / 尚未审结". */
export function cellName(table: NationalTable, cell: Cell): string {
  const col = (cell.colId ?? '').replace(/\//g, ' / ');
  if (table.id === 'C') return /^行政复议/.test(col) ? col : `行政诉讼 / ${col}`;
  let row = cell.rowId ?? '';
  if (table.id === 'B') {
    const def = TABLE_B_ROWS.find((r) => r.id === cell.rowId);
    const mid = /^三（([一二三四五六七])）\d$/.exec(row);
    row = def ? (mid ? `（${mid[1]}）${def.label}` : def.label) : row;
  }
  return `${row} × ${col}`;
}
