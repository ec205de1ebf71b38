// Format Document for reports: pipe and tab-separated tables aligned by display width (a CJK character is
// two columns wide, as editors draw it). Nothing outside the tables changes, nor any cell's content: only
// the padding around cells and the dashes of a delimiter row.
import type { TextEdit } from '../findings';
import type { ReportDocument, Table, TableRow } from '../model';

/** Wide and full-width characters (East Asian Width W/F) take two columns. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** The number of columns `s` takes in a monospaced editor font. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x300 && code <= 0x36f) || code === 0x200b) continue; // controls, combining marks, zero width
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

function delimiterCell(raw: string, width: number): string {
  const t = raw.trim();
  const left = t.startsWith(':');
  const right = t.length > 1 && t.endsWith(':');
  const dashes = Math.max(3, width) - (left ? 1 : 0) - (right ? 1 : 0);
  return `${left ? ':' : ''}${'-'.repeat(Math.max(1, dashes))}${right ? ':' : ''}`;
}

function columnWidths(rows: TableRow[], minimum: number): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    if (row.isDelimiter) continue;
    row.cells.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? minimum, displayWidth(c.raw.trim()))));
  }
  return widths;
}

function pipeRows(doc: ReportDocument, table: Table): Array<[TableRow, string]> {
  const widths = columnWidths(table.rows, 3);
  return table.rows.map((row) => {
    const cells = row.cells.map((c, i) => (row.isDelimiter ? delimiterCell(c.raw, widths[i] ?? 3) : pad(c.raw.trim(), widths[i])));
    // A row without its closing "|" (often one cut short) stays open: closing it would change how it is read.
    if (!/\|\s*$/.test(doc.text.slice(row.start, row.end))) return [row, `| ${cells.join(' | ')}`.trimEnd()];
    return [row, `| ${cells.join(' | ')} |`];
  });
}

function tabRows(table: Table): Array<[TableRow, string]> {
  const widths = columnWidths(table.rows, 0);
  // Every cell but the last padded to its column's width: the tab after it then reaches the same tab stop
  // in every row, whatever the editor's tab size.
  return table.rows.map((row) => [row, row.cells.map((c, i) => (i < row.cells.length - 1 ? pad(c.raw.trim(), widths[i]) : c.raw.trim())).join('\t')]);
}

/** The edits that align every pipe and tab table of the document (or those overlapping [from, to)). */
export function formatTables(doc: ReportDocument, from = 0, to = doc.text.length): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const table of doc.tables) {
    if (table.end <= from || table.start >= to || table.openEnd || table.start >= doc.parsedLength) continue;
    const rows = table.format === 'pipe' ? pipeRows(doc, table) : table.format === 'tsv' ? tabRows(table) : [];
    for (const [row, text] of rows) {
      if (doc.text.slice(row.start, row.end) !== text) edits.push({ start: row.start, end: row.end, newText: text });
    }
  }
  return edits;
}
