// Finding what lies under an offset: a mention (number, date), a report, a table cell.
import type { Cell, Report, ReportDocument, Span, Table, TableRow } from '../model';
import { firstStartingAt } from '../text/search';

/** The item of a sorted, non-overlapping list whose span holds `offset` (start inclusive, end exclusive). */
export function itemAt<T extends Span>(items: T[], offset: number): T | undefined {
  // Offsets are whole numbers: the last item starting at or before `offset` is the one before the first after it.
  const hit = items[firstStartingAt(items, offset + 1) - 1];
  return hit && offset < hit.end ? hit : undefined;
}

export function reportAt(doc: ReportDocument, offset: number): Report | undefined {
  return doc.reports.find((r) => offset >= r.start && offset < r.end);
}

export function tableAt(doc: ReportDocument, offset: number): Table | undefined {
  return doc.tables.find((t) => offset >= t.start && offset < t.end);
}

/** Where the cell's text between its separators begins (its range leaves out the padding). */
function rawStart(c: Cell): number {
  return c.raw.trim() ? c.start - (c.raw.length - c.raw.trimStart().length) : c.start;
}

/** The whole cell between its separators, padding included. */
export function rawSpan(c: Cell): Span {
  const start = rawStart(c);
  return { start, end: start + c.raw.length };
}

/** The row and the cell under `offset`, its padding included. */
export function cellAt(table: Table, offset: number): { row: TableRow; cell: Cell } | undefined {
  const row = table.rows.find((r) => offset >= r.start && offset <= r.end);
  if (!row || row.isDelimiter) return undefined;
  for (const cell of row.cells) {
    const from = rawStart(cell);
    if (offset >= from && offset < from + cell.raw.length) return { row, cell };
  }
  return undefined;
}
