// The arithmetic of the national tables (report-format.md §2.7) as facts with their current values and
// verdict: every 总计 of Table B (per row and per column) and Table C (per group), and Table B's balance
// 一 + 二 = （七）总计 + 四. table-sum and table-balance report the identities that fail; the hover on a
// cell shows the ones the cell takes part in — the same objects, so the two cannot disagree.
import type { Cell, NationalRow, NationalTable } from '../model';
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

function sumIdentity(kind: SumIdentity['kind'], total: Cell, parts: Cell[], extra: Partial<SumIdentity>): SumIdentity {
  const values = parts.map(valueOf);
  const sum = values.reduce((a, b) => a + b, 0);
  return { kind, total, parts, values, sum, holds: isFilled(total) ? equal(valueOf(total), sum) : undefined, ...extra };
}

function tableB(t: NationalTable): TableIdentity[] {
  const out: TableIdentity[] = [];
  // Each row: 总计 = the six applicant columns; only when one of them is filled (an all-blank row is blank-cell's).
  for (const row of t.rows) {
    const total = row.cells.get('总计');
    const parts = TABLE_B_APPLICANT_COLUMNS.map((c) => row.cells.get(c));
    if (!total || parts.some((c) => !c) || !parts.some(isFilled) || [total, ...parts].some(isPlaceholderCell)) continue;
    out.push(sumIdentity('b-row', total, parts as Cell[], { row }));
  }
  // Each column: （七）总计 = the leaf rows of 三、本年度办理结果, when the table has all of them.
  const leaves = tableBLeafRows(t);
  if (leaves.every((id) => t.rows.some((r) => r.id === id))) {
    for (const column of TABLE_B_ALL_COLUMNS) {
      const total = t.cell('三（七）', column);
      const parts = leaves.map((id) => t.cell(id, column)).filter((c): c is Cell => !!c);
      if (!total || !parts.some(isFilled) || [total, ...parts].some(isPlaceholderCell)) continue;
      out.push(sumIdentity('b-column', total, parts, { column }));
    }
  }
  for (const column of TABLE_B_ALL_COLUMNS) {
    const cells = BALANCE_ROWS.map((r) => t.cell(r, column));
    if (cells.some((c) => !c) || !cells.some(isFilled) || cells.some(isPlaceholderCell)) continue;
    const values = cells.map(valueOf) as BalanceIdentity['values'];
    const left = values[0] + values[1];
    const right = values[2] + values[3];
    out.push({ kind: 'b-balance', column, cells: cells as BalanceIdentity['cells'], values, left, right, holds: equal(left, right) });
  }
  return out;
}

function tableC(t: NationalTable): TableIdentity[] {
  const out: TableIdentity[] = [];
  for (const group of TABLE_C_GROUPS) {
    const total = t.cell(TABLE_C_ROW_ID, `${group}/总计`);
    const parts = TABLE_C_OUTCOMES.filter((o) => o !== '总计').map((o) => t.cell(TABLE_C_ROW_ID, `${group}/${o}`));
    if (!total || parts.some((c) => !c) || !(isFilled(total) || parts.some(isFilled)) || [total, ...parts].some(isPlaceholderCell)) continue;
    out.push(sumIdentity('c-group', total, parts as Cell[], { group }));
  }
  return out;
}

const cache = new WeakMap<NationalTable, TableIdentity[]>();

/** Every identity of a national table, in table order (computed once per parsed table). */
export function identitiesOf(t: NationalTable): TableIdentity[] {
  let hit = cache.get(t);
  if (!hit) {
    hit = t.id === 'B' ? tableB(t) : t.id === 'C' ? tableC(t) : [];
    cache.set(t, hit);
  }
  return hit;
}

/** The identities a cell takes part in, as a total or as a part. */
export function identitiesWith(t: NationalTable, cell: Cell): TableIdentity[] {
  return identitiesOf(t).filter((i) => (i.kind === 'b-balance' ? i.cells.includes(cell) : i.total === cell || i.parts.includes(cell)));
}
