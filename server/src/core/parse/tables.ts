// Finds tables in the text: Markdown pipe tables, "|"-separated rows without the leading "|" (copied web
// tables) and tab-separated tables pasted from Word or Excel. Cells are typed as number, blank or text;
// which national table a table is comes later (national.ts). One-cell-per-line and space-separated
// tables are rebuilt from their labels in flatTables.ts.
import type { Cell, CellKind, Table, TableFormat, TableRow } from '../model';
import type { Line } from '../text/lines';
import { foldDigits, isSpace as space } from '../text/chars';

// A local binding: run unbundled (tsx, as the bench and tests do), each use of an imported binding is a
// property read through the module object, which shows in loops over characters.
const isSpace = space;

/** A cell of a Markdown delimiter row, /^\s*:?-{2,}:?\s*$/ read by hand: white space, ":"?, two "-" or more, ":"?, white space. */
function isDelimiterCell(raw: string): boolean {
  const n = raw.length;
  let i = 0;
  while (i < n && isSpace(raw.charCodeAt(i))) i++;
  if (raw.charCodeAt(i) === 58 /* : */) i++;
  const dashes = i;
  while (raw.charCodeAt(i) === 45 /* - */) i++;
  if (i - dashes < 2) return false;
  if (raw.charCodeAt(i) === 58) i++;
  while (i < n && isSpace(raw.charCodeAt(i))) i++;
  return i === n;
}
/** A cell standing for "none": -, —, －, –, /, ／, 无, \\ or ——. */
function isPlaceholder(text: string): boolean {
  if (text.length === 2) return text === '——';
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2d || c === 0x2014 || c === 0xff0d || c === 0x2013 || c === 0x2f || c === 0xff0f || c === 0x65e0 || c === 0x5c;
}
const NUMBER_CELL = /^([+\-－]?)(\d{1,3}(?:[,，]\d{3})+|\d+)(?:[.．](\d+))?\s*(万元|元|件|条|个|次|人次|%|％)?$/;

/** Whether `c` can begin a number cell: a sign or a digit (ASCII or full-width). */
function canStartNumber(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 43 || c === 45 || c === 0xff0d;
}

/** A digit of either width, or a separator NUMBER_CELL allows between or after digits: , ， . ． */
function isFigureChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 44 || c === 0xff0c || c === 46 || c === 0xff0e;
}

/** The one-character units of NUMBER_CELL (万元 and 人次 are the two-character ones). */
const CELL_UNIT = new Set([...'元件条个次%％'].map((c) => c.charCodeAt(0)));

/**
 * Whether `text` has the shape of NUMBER_CELL (a sign, figure characters, white space, then at most a
 * unit): text cells that start with a digit ("1.予以公开") need no fold and no pattern to be told apart.
 */
function mayBeNumberCell(text: string): boolean {
  const n = text.length;
  let i = text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45 || text.charCodeAt(0) === 0xff0d ? 1 : 0;
  while (i < n && isFigureChar(text.charCodeAt(i))) i++;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (n - i === 1) return CELL_UNIT.has(text.charCodeAt(i));
  if (n - i === 2) return text.startsWith('万元', i) || text.startsWith('人次', i);
  return i === n;
}

/** The value of a cell written only in ASCII digits ("0", "1234"), or -1 for any other text. */
function plainDigits(text: string): number {
  const n = text.length;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  // Beyond 15 digits the sum above may round differently from Number().
  return n > 15 ? Number(text) : v;
}

export function typeCell(raw: string, start: number, end: number): Cell {
  // Where the written value lies in the cell (the range covers it, not the padding; blank cells keep the whole cell).
  let from = 0;
  let to = raw.length;
  while (from < to && isSpace(raw.charCodeAt(from))) from++;
  while (to > from && isSpace(raw.charCodeAt(to - 1))) to--;
  const trimmed = from === 0 && to === raw.length ? raw : raw.slice(from, to);
  const text = trimmed.charCodeAt(0) === 42 && trimmed.charCodeAt(1) === 42 ? trimmed.replace(/^\*\*(.*)\*\*$/, '$1').trim() : trimmed;
  if (trimmed) {
    start += from;
    end = start + trimmed.length;
  }
  // Every cell has one shape, with all its fields from the start (the absent ones undefined): a field
  // added later (a national table's rowId and colId) would give the object a separate property store.
  if (text === '') return cellOf(start, end, raw, text, 'blank', undefined, undefined, undefined);
  if (isPlaceholder(text)) return cellOf(start, end, raw, text, 'blank', undefined, undefined, true);
  if (canStartNumber(text.charCodeAt(0))) {
    // Most figures are plain digits: read them without the regex (the same value it gives).
    const plain = plainDigits(text);
    if (plain >= 0) return cellOf(start, end, raw, text, 'number', plain, undefined, undefined);
    const m = mayBeNumberCell(text) ? NUMBER_CELL.exec(foldDigits(text)) : null;
    if (m) {
      const digits = m[2].replace(/[,，]/g, '') + (m[3] !== undefined ? '.' + m[3] : '');
      const unit = m[4] ? (m[4] === '％' ? '%' : m[4]) : undefined;
      return cellOf(start, end, raw, text, 'number', Number(digits) * (m[1] ? -1 : 1), unit, undefined);
    }
  }
  return cellOf(start, end, raw, text, 'text', undefined, undefined, undefined);
}

function cellOf(
  start: number, end: number, raw: string, text: string, kind: CellKind,
  value: number | undefined, unit: string | undefined, placeholder: true | undefined,
): Cell {
  return { start, end, raw, text, kind, value, unit, placeholder, rowId: undefined, colId: undefined };
}

const PIPE = 124;
const BACKSLASH = 92;

/** Whether `s` is blank from `from` to `to` (nothing but what trim removes). */
function isBlank(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** The cells of `line` from `from` on, split at each "|" that is not written "\|" (a blank last cell dropped). */
function pipeCells(line: Line, from: number): Cell[] {
  const t = line.text;
  const cells: Cell[] = [];
  let cellStart = from;
  for (let j = t.indexOf('|', from); ; j = t.indexOf('|', j + 1)) {
    if (j > 0 && t.charCodeAt(j - 1) === BACKSLASH) continue;
    const atEnd = j < 0;
    const stop = atEnd ? t.length : j;
    const raw = t.slice(cellStart, stop);
    if (!(atEnd && isBlank(raw))) cells.push(typeCell(raw, line.start + cellStart, line.start + stop));
    if (atEnd) return cells;
    cellStart = j + 1;
  }
}

function splitPipeRow(line: Line): TableRow | undefined {
  const t = line.text;
  let i = 0;
  for (let c = t.charCodeAt(0); c === 32 || c === 9 || c === 0x3000; c = t.charCodeAt(++i));
  if (t.charCodeAt(i) !== PIPE) return undefined;
  const cells = pipeCells(line, i + 1);
  const isDelimiter = cells.length > 0 && cells.every((c) => isDelimiterCell(c.raw));
  return { start: line.start + i, end: line.end, line: line.index, cells, isDelimiter };
}

/** "规章 | 0 | 0 | 0 | |": a row separated by "|" that does not start with one. */
function splitUnframedRow(line: Line): TableRow | undefined {
  const t = line.text;
  const first = t.indexOf('|');
  if (first <= 0 || isBlank(t, 0, first)) return undefined;
  const cells = pipeCells(line, 0);
  // "标题 |" (one cell, one pipe) is page chrome around a title, not a table row.
  if (cells.length < 2 && nonEmpty({ cells } as TableRow) < 2) return undefined;
  return { start: line.start, end: line.end, line: line.index, cells, isDelimiter: false };
}

function splitTabRow(line: Line): TableRow {
  const t = line.text;
  const cells: Cell[] = [];
  let cellStart = 0;
  for (let j = t.indexOf('\t'); ; j = t.indexOf('\t', j + 1)) {
    const stop = j < 0 ? t.length : j;
    cells.push(typeCell(t.slice(cellStart, stop), line.start + cellStart, line.start + stop));
    if (j < 0) break;
    cellStart = j + 1;
  }
  return { start: line.start, end: line.end, line: line.index, cells, isDelimiter: false };
}

function figures(row: TableRow): number {
  let n = 0;
  for (const c of row.cells) if (c.kind === 'number') n++;
  return n;
}

function nonEmpty(row: TableRow): number {
  let n = 0;
  for (const c of row.cells) if (c.kind !== 'blank' || c.placeholder) n++;
  return n;
}

/**
 * Returns the tables found and marks their lines in `tableLines`.
 * A pipe table is two or more consecutive lines that start with "|", at least one with two cells.
 * A tab table is two or more consecutive lines with two or more filled tab-separated cells;
 * a line with a tab and only one filled cell (a merged row label) may continue one.
 */
export function findTables(lines: Line[], tableLines: Uint8Array): Table[] {
  const tables: Table[] = [];
  let i = 0;
  while (i < lines.length) {
    const pipe = splitPipeRow(lines[i]);
    if (pipe) {
      const rows: TableRow[] = [pipe];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const r = splitPipeRow(lines[j]);
        if (!r) break;
        rows.push(r);
      }
      const wide = rows.some((r) => !r.isDelimiter && r.cells.length >= 2 && nonEmpty(r) >= 1);
      if (rows.length >= 2 && wide) {
        tables.push(makeTable('pipe', rows, lines, tableLines));
      }
      i = j;
      continue;
    }
    const unframed = lines[i].text.includes('|') ? splitUnframedRow(lines[i]) : undefined;
    if (unframed) {
      // Two or more such lines, at least two of them with two filled cells (a lone "a | b" is prose), and
      // figures in some row: page chrome ("索引号: | … | 发布日期: | …") is not a table.
      const rows: TableRow[] = [unframed];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const r = lines[j].text.includes('|') ? splitUnframedRow(lines[j]) : undefined;
        if (!r) break;
        rows.push(r);
      }
      if (rows.filter((r) => nonEmpty(r) >= 2).length >= 2 && rows.some((r) => figures(r) >= 2)) {
        tables.push(makeTable('unframed', rows, lines, tableLines));
        i = j;
        continue;
      }
    }
    if (lines[i].text.includes('\t')) {
      const first = splitTabRow(lines[i]);
      if (nonEmpty(first) >= 2) {
        const rows: TableRow[] = [first];
        let j = i + 1;
        for (; j < lines.length; j++) {
          if (!lines[j].text.includes('\t') || lines[j].text.trim() === '') break;
          const r = splitTabRow(lines[j]);
          if (nonEmpty(r) < 1) break;
          rows.push(r);
        }
        if (rows.filter((r) => nonEmpty(r) >= 2).length >= 2) {
          tables.push(makeTable('tsv', rows, lines, tableLines));
          i = j;
          continue;
        }
      }
    }
    i++;
  }
  return tables;
}

function makeTable(format: TableFormat, rows: TableRow[], lines: Line[], tableLines: Uint8Array): Table {
  for (const r of rows) tableLines[r.line] = 1;
  const table: Table = { start: rows[0].start, end: rows[rows.length - 1].end, format, rows };
  const caption = captionAbove(rows[0].line, lines, tableLines);
  if (caption) table.caption = caption;
  return table;
}

/** A caption is the nearest non-blank line above, when it is short and not itself a table line. */
export function captionAbove(firstLine: number, lines: Line[], tableLines: Uint8Array): Table['caption'] {
  for (let k = firstLine - 1; k >= 0 && k >= firstLine - 3; k--) {
    const l = lines[k];
    const trimmed = l.text.trim();
    if (!trimmed) continue;
    if (tableLines[k] || trimmed.length > 40) break;
    const lead = l.text.length - l.text.trimStart().length;
    return { start: l.start + lead, end: l.start + lead + trimmed.length, text: trimmed };
  }
  return undefined;
}
