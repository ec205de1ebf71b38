// "重新计算合计": a national table's 总计 cells filled from their parts, as one edit the writer asks for
// (never applied by itself). Totals that depend on other totals (表三's （七）总计 of the 总计 column) are
// computed from the recalculated values, so one run leaves every sum identity of the table holding.
import type { TextEdit } from '../findings';
import type { Cell, ReportDocument, Table } from '../model';
import { identitiesOf, type SumIdentity } from '../analysis/tableIdentities';
import { fmt, valueOf } from '../analysis/tableCells';

export interface Recalculation {
  table: Table;
  edits: TextEdit[];
  /** Each total that changes: its cell, the value written and the new one. */
  changes: Array<{ cell: Cell; from: string; to: number }>;
}

/** The table (表三 or 表四) at `offset`, with the edits that set its totals to the sums of their parts. */
export function recalculateTotals(doc: ReportDocument, offset: number): Recalculation | undefined {
  const table = doc.tables.find((t) => t.start <= offset && offset <= t.end && t.national && !t.openEnd);
  if (!table?.national) return undefined;
  const sums = identitiesOf(table.national).filter((i): i is SumIdentity => i.kind !== 'b-balance');
  if (!sums.length) return undefined;
  const value = new Map<Cell, number>();
  const current = (c: Cell) => value.get(c) ?? valueOf(c);
  // Totals feed other totals (a row's 总计 is a part of the 总计 column's sum): repeat until nothing moves.
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    for (const s of sums) {
      const sum = s.parts.reduce((a, c) => a + current(c), 0);
      if (Math.abs(current(s.total) - sum) > 1e-9 || (s.total.kind !== 'number' && !value.has(s.total))) {
        value.set(s.total, sum);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const changes: Recalculation['changes'] = [];
  const edits: TextEdit[] = [];
  for (const [cell, to] of value) {
    if (cell.kind === 'number' && Math.abs(valueOf(cell) - to) < 1e-9) continue;
    changes.push({ cell, from: cell.kind === 'number' ? cell.text : '', to });
    // A blank cell's range is the whole cell between its separators: keep a space either side.
    edits.push({ start: cell.start, end: cell.end, newText: cell.kind === 'blank' ? ` ${fmt(to)} ` : fmt(to) });
  }
  edits.sort((a, b) => a.start - b.start);
  return edits.length ? { table, edits, changes } : undefined;
}
