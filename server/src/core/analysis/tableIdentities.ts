// The arithmetic of the national tables (report-format.md §2.7) as facts with their current values and
// verdict: every 总计 of Table B (per row and per column) and Table C (per group), and Table B's balance
// 一 + 二 = （七）总计 + 四. table-sum and table-balance report the identities that fail; the hover on a
// cell shows the ones the cell takes part in — the same objects, so the two cannot disagree.
import type { Cell, NationalRow, NationalTable } from '../model';
import { memoized } from '../memo';
import { TABLE_C_GROUPS, TABLE_C_OUTCOMES, TABLE_C_ROW_ID } from '../format/tableLabels';
import { isFilled, isPlaceholderCell, TABLE_B_ALL_COLUMNS, TABLE_B_APPLICANT_COLUMNS, tableBLeafRows, valueOf } from './tableCells';

/** A total and the cells it must equal the sum of; blank cells count as 0. */
export interface SumIdentity {
  /** b-row: a Table B row's 总计 = its six applicant columns; b-column: （七）总计 = the outcome rows of a
   * column; c-group: a Table C group's 总计 = its four outcomes. */
  kind: 'b-row' | 'b-column' | 'c-group';
  total: Cell;
  parts: Cell[];
  values: number[];
  sum: number;
  /** Judged only when the total is filled: whether it equals the sum. Undefined for a blank total. */
  holds?: boolean;
  /** b-row: the row. */
  row?: NationalRow;
  /** b-column: the column id. */
  column?: string;
  /** c-group: the group (行政复议, 未经复议直接起诉, 复议后起诉). */
  group?: string;
}

/** Table B, one column: 一（本年新收）+ 二（上年结转）= （七）总计 + 四（结转下年度继续办理）. */
export interface BalanceIdentity {
  kind: 'b-balance';
  column: string;
  /** The cells of 一, 二, （七）总计 and 四, in that order. */
  cells: [Cell, Cell, Cell, Cell];
  values: [number, number, number, number];
  left: number;
  right: number;
  holds: boolean;
}

export type TableIdentity = SumIdentity | BalanceIdentity;

export const BALANCE_ROWS = ['一', '二', '三（七）', '四'] as const;

function equal(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

/** The identity without its row, column or group, which the caller sets (no object spread: this runs for every row). */
function sumIdentity(kind: SumIdentity['kind'], total: Cell, parts: Cell[]): SumIdentity {
  // map, not push: an array of the right size (one pushed into takes room for 17).
  const values = parts.map(valueOf);
  let sum = 0;
  for (const v of values) sum += v;
  return { kind, total, parts, values, sum, holds: isFilled(total) ? equal(valueOf(total), sum) : undefined };
}

/** Whether an identity over these cells is judged: one of them is filled and none is a placeholder. */
function judgedCells(cells: Array<Cell | undefined>): boolean {
  let filled = false;
  for (const c of cells) {
    if (isPlaceholderCell(c)) return false;
    if (isFilled(c)) filled = true;
  }
  return filled;
}

/** The cell of row `id` in `column`: the first row of that id, as NationalTable.cell reads it. */
function cellOf(byId: Map<string, NationalRow>, id: string, column: string): Cell | undefined {
  return byId.get(id)?.cells.get(column);
}

function tableB(t: NationalTable): TableIdentity[] {
  const out: TableIdentity[] = [];
  // Each row: 总计 = the six applicant columns; only when one of them is filled (an all-blank row is blank-cell's).
  for (const row of t.rows) {
    const total = row.cells.get('总计');
    if (!total) continue;
    // One pass over the six cells: all present, one filled, none a placeholder (the array made only then).
    let present = 0;
    let filled = false;
    let placeholder = false;
    for (const c of TABLE_B_APPLICANT_COLUMNS) {
      const cell = row.cells.get(c);
      if (!cell) break;
      present++;
      if (isFilled(cell)) filled = true;
      else if (isPlaceholderCell(cell)) placeholder = true;
    }
    if (present < TABLE_B_APPLICANT_COLUMNS.length || !filled || placeholder || isPlaceholderCell(total)) continue;
    const identity = sumIdentity('b-row', total, TABLE_B_APPLICANT_COLUMNS.map((c) => row.cells.get(c)!));
    identity.row = row;
    out.push(identity);
  }
  // Rows by id, the first of each (NationalTable.cell's reading), looked up without a call per cell.
  const byId = new Map<string, NationalRow>();
  for (const r of t.rows) if (!byId.has(r.id)) byId.set(r.id, r);
  // Each column: （七）总计 = the leaf rows of 三、本年度办理结果, when the table has all of them.
  const leaves = tableBLeafRows(t);
  if (leaves.every((id) => byId.has(id))) {
    for (const column of TABLE_B_ALL_COLUMNS) {
      const total = cellOf(byId, '三（七）', column);
      if (!total) continue;
      const parts: Cell[] = [];
      for (const id of leaves) {
        const c = cellOf(byId, id, column);
        if (c) parts.push(c);
      }
      if (!parts.some(isFilled) || isPlaceholderCell(total) || parts.some(isPlaceholderCell)) continue;
      const identity = sumIdentity('b-column', total, parts);
      identity.column = column;
      out.push(identity);
    }
  }
  for (const column of TABLE_B_ALL_COLUMNS) {
    const cells = BALANCE_ROWS.map((r) => cellOf(byId, r, column));
    if (cells.some((c) => !c) || !judgedCells(cells)) continue;
    const values = cells.map(valueOf) as BalanceIdentity['values'];
    const left = values[0] + values[1];
    const right = values[2] + values[3];
    out.push({ kind: 'b-balance', column, cells: cells as BalanceIdentity['cells'], values, left, right, holds: equal(left, right) });
  }
  return out;
}

/** Table C's column ids by group, built once: its 总计 and its four outcomes. */
const C_COLUMNS = TABLE_C_GROUPS.map((group) => ({
  group,
  total: `${group}/总计`,
  parts: TABLE_C_OUTCOMES.filter((o) => o !== '总计').map((o) => `${group}/${o}`),
}));

function tableC(t: NationalTable): TableIdentity[] {
  const out: TableIdentity[] = [];
  for (const { group, total: totalId, parts: partIds } of C_COLUMNS) {
    const total = t.cell(TABLE_C_ROW_ID, totalId);
    if (!total) continue;
    const parts: Cell[] = [];
    for (const id of partIds) {
      const c = t.cell(TABLE_C_ROW_ID, id);
      if (!c) break;
      parts.push(c);
    }
    if (parts.length < partIds.length || !(isFilled(total) || parts.some(isFilled)) || isPlaceholderCell(total) || parts.some(isPlaceholderCell)) continue;
    const identity = sumIdentity('c-group', total, parts);
    identity.group = group;
    out.push(identity);
  }
  return out;
}

/** Every identity of a national table, in table order (computed once per parsed table). */
export const identitiesOf = memoized((t: NationalTable): TableIdentity[] => (t.id === 'B' ? tableB(t) : t.id === 'C' ? tableC(t) : []));

/** The identities a cell takes part in, as a total or as a part. */
export function identitiesWith(t: NationalTable, cell: Cell): TableIdentity[] {
  return identitiesOf(t).filter((i) => (i.kind === 'b-balance' ? i.cells.includes(cell) : i.total === cell || i.parts.includes(cell)));
}
