// Recognizes the national Table A (主动公开), B (收到和处理政府信息公开申请) and C (行政复议、行政诉讼)
// by their labels, tolerating small typos, flattened "group / sub-label" headers and merged row labels,
// and makes every data cell addressable by row id × column id.
import { PLACEHOLDER_CELL } from '../format/placeholders';
import type { Cell, LabelMatch, NationalRow, NationalTable, Table, TableRow } from '../model';
import { editDistance, labelKey } from '../text/chars';
import {
  TABLE_A_HEADER_FIRST,
  TABLE_A_PARTS,
  TABLE_B_COLUMNS,
  TABLE_B_GROUPS,
  TABLE_B_NOTE,
  TABLE_B_ROWS,
  TABLE_C_COLUMNS,
  TABLE_C_GROUPS,
  TABLE_C_OUTCOMES,
  TABLE_C_ROW_ID,
  type LabelDef,
} from '../format/tableLabels';

const B_ROW_BY_ID = new Map(TABLE_B_ROWS.map((r) => [r.id, r]));
const A_ROW_DEFS = TABLE_A_PARTS.flatMap((p) => p.rows.map((r) => ({ part: p, def: r })));
const A_COLUMN_BY_ID = new Map(TABLE_A_PARTS.flatMap((p) => p.columns).reverse().map((d) => [d.id, d]));
const HAN_ORDINALS = '一二三四五六七八九十';

/** The distance allowed between a written and a canonical label: about a quarter of its length. */
export function allowedDistance(canonical: string): number {
  return Math.max(1, Math.floor(labelKey(canonical).length / 4));
}

function labelCellsOf(row: TableRow): Cell[] {
  const out: Cell[] = [];
  for (const c of row.cells) {
    if (c.kind === 'number') break;
    if (c.kind === 'text') out.push(c);
  }
  return out;
}

interface Segment {
  text: string;
  start: number;
  end: number;
}

/** Splits label cells on " / " (flattened merged headers) into segments with their offsets. */
function segmentsOf(cells: Cell[]): Segment[] {
  const segs: Segment[] = [];
  for (const c of cells) {
    // c.start is where the written text begins (the cell's padding is not part of its range).
    const written = c.raw.trim();
    let from = 0;
    const parts = c.text.includes('/') || c.text.includes('／') ? c.text.split(/\s\/\s|\s*／\s*/) : [c.text];
    for (const part of parts) {
      const t = part.trim();
      if (!t) continue;
      const idx = written.indexOf(t, from);
      const s = c.start + (idx >= 0 ? idx : from);
      segs.push({ text: t, start: s, end: s + t.length });
      if (idx >= 0) from = idx + t.length;
    }
  }
  return segs;
}

/** The whole written text of a cell as one segment. */
function cellSegment(c: Cell): Segment {
  const idx = Math.max(0, c.raw.trim().indexOf(c.text));
  return { text: c.text, start: c.start + idx, end: c.start + idx + c.text.length };
}

/**
 * Distances already computed, by canonical label, limit and written text: the same labels come back in every
 * table of every version of a document (each keystroke parses it again). Bounded like labelKey's cache.
 */
const distances = new Map<string, Map<number, Map<string, number>>>();
let remembered = 0;

function labelDistance(written: string, canonical: string, max: number): number {
  let byMax = distances.get(canonical);
  if (!byMax) distances.set(canonical, (byMax = new Map()));
  let byWritten = byMax.get(max);
  if (!byWritten) byMax.set(max, (byWritten = new Map()));
  let d = byWritten.get(written);
  if (d === undefined) {
    if (++remembered > 8192) {
      for (const m of distances.values()) for (const w of m.values()) w.clear();
      remembered = 1;
    }
    d = editDistance(labelKey(written), labelKey(canonical), max);
    byWritten.set(written, d);
  }
  return d;
}

function match(def: LabelDef, seg: Segment, max = 8): LabelMatch {
  // Distances above 8 are only ever compared against smaller thresholds: stop counting there (or at
  // `max`, when the caller drops every match farther than that: a long table is read row by row).
  const distance = labelDistance(seg.text, def.label, max);
  return { id: def.id, canonical: def.label, written: { start: seg.start, end: seg.end, text: seg.text }, distance };
}

// ---------------- Table B ----------------

interface BCursor {
  top?: string;
  mid?: string;
}

function classifyBSegment(text: string): { top?: string; mid?: string; leaf?: string } {
  const k = labelKey(text);
  let m = /^([一二三四])、/.exec(k);
  if (m) return { top: m[1] };
  m = /^（([一二三四五六七])）/.exec(k);
  if (m) return { mid: m[1] };
  m = /^(\d)\./.exec(k);
  if (m) return { leaf: m[1] };
  return {};
}

function bRowId(segs: Segment[], cursor: BCursor): { id?: string; seg?: Segment } {
  let top: string | undefined;
  let mid: string | undefined;
  let leaf: string | undefined;
  let last: Segment | undefined;
  for (const s of segs) {
    const c = classifyBSegment(s.text);
    if (c.top) {
      top = c.top;
      mid = undefined;
      last = s;
    } else if (c.mid) {
      mid = c.mid;
      last = s;
    } else if (c.leaf) {
      leaf = c.leaf;
      last = s;
    }
  }
  if (top) {
    cursor.top = top;
    cursor.mid = undefined;
  }
  if (mid) {
    cursor.mid = mid;
    if (!top && !cursor.top) cursor.top = '三';
  }
  if (!last) return {};
  if (top && top !== '三') return { id: top, seg: last };
  if (cursor.top !== '三') return {};
  if (leaf) return cursor.mid ? { id: `三（${cursor.mid}）${leaf}`, seg: last } : {};
  if (mid) return { id: `三（${mid}）`, seg: last };
  return { id: '三', seg: last };
}

function isBNote(text: string): boolean {
  return labelKey(text).includes('勾稽关系');
}

/** Tables whose rows were rebuilt or copied without their frame: figures are read left to right after the label. */
function isFlat(table: Table): boolean {
  return table.format === 'unframed' || table.format === 'lines' || table.format === 'spaced';
}

/**
 * The figures of a row of a flat table: the cells after its label cells, without the empty cells a copy
 * leaves after the last figure ("… | 0 | ||").
 */
export function valueCellsOf(row: TableRow): Cell[] {
  let first = 0;
  for (let i = 0; i < row.cells.length; i++) {
    const c = row.cells[i];
    if (c.kind === 'number' || c.placeholder) break;
    if (c.kind === 'text') first = i + 1;
  }
  let last = row.cells.length;
  while (last > first && row.cells[last - 1].kind === 'blank' && !row.cells[last - 1].placeholder) last--;
  return row.cells.slice(first, last);
}

function recognizeB(table: Table): NationalTable | undefined {
  const cursor: BCursor = {};
  const rows: NationalRow[] = [];
  const unknownRows: TableRow[] = [];
  const partialRows: TableRow[] = [];
  const headerRows: TableRow[] = [];
  const flat = isFlat(table);
  let anchors = 0;
  for (const row of table.rows) {
    if (row.isDelimiter) continue;
    const labels = labelCellsOf(row);
    const segs = segmentsOf(labels);
    const hasData = row.cells.some((c) => c.kind === 'number');
    if (rows.length === 0 && (segs.some((s) => isBNote(s.text)) || (!hasData && segs.some((s) => /自然人|申请人情况|商业企业/.test(s.text))))) {
      headerRows.push(row);
      continue;
    }
    const { id, seg } = bRowId(segs, cursor);
    const def = id ? B_ROW_BY_ID.get(id) : undefined;
    if (!def || !seg) {
      // A group row with no numbers (三、本年度办理结果 / （三）不予公开) only moves the cursor.
      if (!(id && (id === '三' || TABLE_B_GROUPS[id]) && !hasData)) unknownRows.push(row);
      continue;
    }
    const m = match(def, seg);
    if (m.distance > Math.max(allowedDistance(def.label), 4)) {
      // Numbered like a national row but worded like something else: keep it out of the arithmetic.
      unknownRows.push(row);
      continue;
    }
    if (id === '一' || id === '二' || id === '四' || id === '三（七）') anchors++;
    // A group label written with its own empty cells (（六）其他处理 in the 2021 format) only moves the cursor.
    if (flat && !hasData && TABLE_B_GROUPS[def.id] && valueCellsOf(row).length === 0) continue;
    if (flat && valueCellsOf(row).length !== TABLE_B_COLUMNS.length) {
      // Never check half a row: a row cut short (or with figures we cannot place) stays out of the arithmetic.
      partialRows.push(row);
      continue;
    }
    rows.push({ id: def.id, label: m, row, cells: new Map() });
  }
  // A cut-off table may hold only its first rows; its header (or the note) tells it is Table B.
  if (rows.length < (headerRows.length > 0 ? 2 : 4) || anchors < 1) return undefined;
  const era = rows.some((r) => /^三（六）\d$/.test(r.id)) ? '2021' : rows.some((r) => r.id === '三（六）') ? '2019' : undefined;
  if (flat) {
    const matches = TABLE_B_COLUMNS.map((def) => positional(table, def));
    for (const nr of rows) {
      valueCellsOf(nr.row).forEach((cell, k) => {
        const colId = TABLE_B_COLUMNS[k].id;
        cell.rowId = nr.id;
        cell.colId = colId;
        nr.cells.set(colId, cell);
      });
    }
    const national = finish('B', rows, matches, new Map(), unknownRows, era);
    if (partialRows.length) national.partialRows = partialRows;
    return national;
  }
  const columns = bColumns(table, headerRows, rows);
  return finish('B', rows, columns.matches, columns.indexOf, unknownRows, era);
}

function positional(table: Table, def: LabelDef): LabelMatch {
  return { id: def.id, canonical: def.label, written: { start: table.start, end: table.start, text: '' }, distance: 0 };
}

function bColumns(table: Table, headerRows: TableRow[], rows: NationalRow[]) {
  const width = Math.max(...table.rows.map((r) => r.cells.length));
  const matches: LabelMatch[] = [];
  const indexOf = new Map<string, number>();
  // From the header: the last segment of each header cell names the column.
  for (const h of headerRows) {
    h.cells.forEach((c, i) => {
      const segs = segmentsOf([c]);
      const last = segs[segs.length - 1];
      if (!last) return;
      for (const def of TABLE_B_COLUMNS) {
        if (indexOf.has(def.id)) continue;
        const m = match(def, last);
        if (m.distance === 0 || (m.distance <= allowedDistance(def.label) && labelKey(last.text).length > 2)) {
          matches.push(m);
          indexOf.set(def.id, i);
          break;
        }
      }
    });
  }
  // The header names the columns only when they come in the national order (a two-row header copied
  // without its merged cells puts 自然人 and 商业企业 both first).
  const order = TABLE_B_COLUMNS.map((d) => indexOf.get(d.id)).filter((i): i is number => i !== undefined);
  const ordered = order.every((i, k) => k === 0 || i > order[k - 1]);
  if (indexOf.size >= 5 && ordered) return { matches, indexOf };
  // Otherwise by position: the last seven cells of the widest data rows.
  matches.length = 0;
  indexOf.clear();
  const dataWidth = Math.max(width, ...rows.map((r) => r.row.cells.length));
  if (dataWidth < 8) return { matches, indexOf };
  // Negative indices count from the end of each row, so rows with merged label cells still line up.
  TABLE_B_COLUMNS.forEach((def, k) => {
    indexOf.set(def.id, k - 7);
    matches.push({ id: def.id, canonical: def.label, written: { start: table.start, end: table.start, text: '' }, distance: 0 });
  });
  return { matches, indexOf };
}

// ---------------- Table C ----------------

function recognizeC(table: Table): NationalTable | undefined {
  const headerText = table.rows
    .filter((r) => !r.isDelimiter && !r.cells.some((c) => c.kind === 'number'))
    .map((r) => r.cells.map((c) => c.text).join('|'))
    .join('|');
  if (!(headerText.includes('行政复议') && headerText.includes('行政诉讼'))) return undefined;
  const outcomeHits = (headerText.match(/结果维持|结果纠正|其他结果|尚未审结/g) ?? []).length;
  if (outcomeHits < 3) return undefined;
  // A template's data row may hold placeholders ("××") instead of figures.
  const dataRow = table.rows.find((r) => !r.isDelimiter && r.cells.filter((c) => c.kind === 'number' || PLACEHOLDER_CELL.test(c.text.trim())).length >= 5);
  if (!dataRow) return undefined;
  if (isFlat(table)) {
    // Figures left to right; a data row that is not exactly 15 figures (cut short) is not checked.
    const values = valueCellsOf(dataRow);
    if (values.length !== TABLE_C_COLUMNS.length) return undefined;
    const label: LabelMatch = { id: TABLE_C_ROW_ID, canonical: '', written: { start: dataRow.start, end: dataRow.start, text: '' }, distance: 0 };
    const nr: NationalRow = { id: TABLE_C_ROW_ID, label, row: dataRow, cells: new Map() };
    values.forEach((cell, k) => {
      cell.rowId = TABLE_C_ROW_ID;
      cell.colId = TABLE_C_COLUMNS[k].id;
      nr.cells.set(TABLE_C_COLUMNS[k].id, cell);
    });
    const unknownRows = table.rows.filter((r) => r !== dataRow && !r.isDelimiter && r.cells.some((c) => c.kind === 'number'));
    return finish('C', [nr], TABLE_C_COLUMNS.map((def) => positional(table, def)), new Map(), unknownRows, undefined);
  }
  const matches: LabelMatch[] = [];
  const indexOf = new Map<string, number>();
  // A flattened one-row header: "行政诉讼 / 复议后起诉 / 总计".
  const header = table.rows.find((r) => !r.isDelimiter && r.cells.filter((c) => /维持|纠正|审结|总计|其他结果/.test(c.text)).length >= 10);
  if (header) {
    header.cells.forEach((c, i) => {
      const segs = segmentsOf([c]);
      if (segs.length === 0) return;
      const joined = segs.map((s) => s.text).join('/');
      const group = /复议后/.test(joined) ? '复议后起诉' : /未经复议|直接起诉/.test(joined) ? '未经复议直接起诉' : /复议/.test(joined) ? '行政复议' : undefined;
      const last = segs[segs.length - 1];
      const outcome = TABLE_C_OUTCOMES.find((o) => editDistance(labelKey(last.text), o, 1) <= 1);
      if (!group || !outcome) return;
      const id = `${group}/${outcome}`;
      if (indexOf.has(id)) return;
      const def = TABLE_C_COLUMNS.find((d) => d.id === id)!;
      indexOf.set(id, i);
      matches.push({ id, canonical: def.label, written: { start: last.start, end: last.end, text: last.text }, distance: editDistance(labelKey(last.text), outcome, 8) });
    });
  }
  if (indexOf.size < 10) {
    matches.length = 0;
    indexOf.clear();
    // By position: the 15 cells of the data row, left to right.
    const cells = dataRow.cells;
    const first = cells.length >= 15 ? cells.length - 15 : 0;
    TABLE_C_COLUMNS.slice(0, Math.min(15, cells.length)).forEach((def, k) => {
      indexOf.set(def.id, first + k);
      matches.push({ id: def.id, canonical: def.label, written: { start: table.start, end: table.start, text: '' }, distance: 0 });
    });
  }
  const label: LabelMatch = { id: TABLE_C_ROW_ID, canonical: '', written: { start: dataRow.start, end: dataRow.start, text: '' }, distance: 0 };
  const rows: NationalRow[] = [{ id: TABLE_C_ROW_ID, label, row: dataRow, cells: new Map() }];
  const unknownRows = table.rows.filter((r) => r !== dataRow && !r.isDelimiter && r.cells.some((c) => c.kind === 'number'));
  return finish('C', rows, matches, indexOf, unknownRows, undefined);
}

// ---------------- Table A ----------------

const CAPTION = /第二十条第?[（(]\s*([一二三四五六七八九十])\s*[）)]项/;

function recognizeA(table: Table): NationalTable | undefined {
  const parts = new Set<string>();
  const capText = table.caption ? labelKey(table.caption.text) : '';
  const cap = CAPTION.exec(capText);
  if (cap) parts.add(cap[1]);
  let sawHeader = false;
  const rows: NationalRow[] = [];
  const unknownRows: TableRow[] = [];
  const partialRows: TableRow[] = [];
  const matches: LabelMatch[] = [];
  const seenCols = new Set<string>();
  let colIndex = new Map<string, number>();
  const colIndexByRow = new Map<NationalRow, Map<string, number>>();
  let eraVotes2019 = 0;
  let eraVotes2021 = 0;
  for (const row of table.rows) {
    if (row.isDelimiter) continue;
    const labels = labelCellsOf(row);
    const first = labels[0];
    if (!first) continue;
    const key = labelKey(first.text);
    const c = CAPTION.exec(key);
    if (c) {
      parts.add(c[1]);
      continue;
    }
    if (key === TABLE_A_HEADER_FIRST || editDistance(key, TABLE_A_HEADER_FIRST, 1) <= 1) {
      sawHeader = true;
      colIndex = new Map();
      row.cells.forEach((cell, i) => {
        if (i === 0 || cell.kind !== 'text') return;
        const seg = cellSegment(cell);
        let best: LabelMatch | undefined;
        for (const p of TABLE_A_PARTS) {
          for (const def of p.columns) {
            const m = match(def, seg);
            if (m.distance <= allowedDistance(def.label) && (!best || m.distance < best.distance)) best = m;
          }
        }
        if (best) {
          colIndex.set(best.id, i);
          if (!seenCols.has(best.id)) {
            seenCols.add(best.id);
            matches.push(best);
          }
          const def = A_COLUMN_BY_ID.get(best.id);
          if (def?.era === '2019') eraVotes2019++;
          else if (def?.era === '2021') eraVotes2021++;
        }
      });
      continue;
    }
    const seg = cellSegment(first);
    let best: { m: LabelMatch; part: string } | undefined;
    for (const { part, def } of A_ROW_DEFS) {
      const m = match(def, seg, allowedDistance(def.label));
      if (m.distance <= allowedDistance(def.label) && (!best || m.distance < best.m.distance)) best = { m, part: part.item };
    }
    if (!best) {
      unknownRows.push(row);
      continue;
    }
    if (isFlat(table) && [...colIndex.values()].some((i) => i >= row.cells.length)) {
      // Fewer cells than the header has columns: half a row, not checked.
      partialRows.push(row);
      continue;
    }
    parts.add(best.part);
    const nr: NationalRow = { id: best.m.id, label: best.m, row, cells: new Map() };
    rows.push(nr);
    colIndexByRow.set(nr, colIndex);
  }
  if (rows.length === 0 || !(sawHeader || parts.size > 0 && cap)) return undefined;
  const era = eraVotes2021 > eraVotes2019 ? '2021' : eraVotes2019 > eraVotes2021 ? '2019' : undefined;
  const national = finish('A', [], matches, new Map(), unknownRows, era);
  for (const nr of rows) {
    const idx = colIndexByRow.get(nr)!;
    for (const [colId, i] of idx) {
      const cell = nr.row.cells[i];
      if (!cell) continue;
      cell.rowId = nr.id;
      cell.colId = colId;
      nr.cells.set(colId, cell);
    }
    national.rows.push(nr);
  }
  national.parts = [...parts].sort((a, b) => HAN_ORDINALS.indexOf(a) - HAN_ORDINALS.indexOf(b));
  if (partialRows.length) national.partialRows = partialRows;
  return national;
}

// ---------------- shared ----------------

function finish(
  id: 'A' | 'B' | 'C',
  rows: NationalRow[],
  columns: LabelMatch[],
  indexOf: Map<string, number>,
  unknownRows: TableRow[],
  era: '2019' | '2021' | undefined,
): NationalTable {
  for (const nr of rows) {
    for (const [colId, i] of indexOf) {
      const cell = nr.row.cells[i < 0 ? nr.row.cells.length + i : i];
      if (!cell) continue;
      cell.rowId = nr.id;
      cell.colId = colId;
      nr.cells.set(colId, cell);
    }
  }
  const byRow = new Map<string, NationalRow>();
  // Rebuilt when rows were added since (recognizeA adds them after finish); not from byRow.size, which
  // stays smaller than the rows when a row id repeats and would rebuild the map on every call.
  let indexedRows = -1;
  const national: NationalTable = {
    id,
    rows,
    columns,
    unknownRows,
    cell(rowId: string, colId: string) {
      if (indexedRows !== national.rows.length) {
        byRow.clear();
        for (const r of national.rows) if (!byRow.has(r.id)) byRow.set(r.id, r);
        indexedRows = national.rows.length;
      }
      return byRow.get(rowId)?.cells.get(colId);
    },
  };
  if (era) national.era = era;
  return national;
}

/** Tries Table B, then C, then A; sets `table.national` when one fits. */
export function recognizeNationalTable(table: Table): void {
  // The last row of a table the text stops inside is recognized with the others only as a partial row.
  const cut = table.openEnd && table.rows.length > 1 ? table.rows[table.rows.length - 1] : undefined;
  const view = cut ? { ...table, rows: table.rows.slice(0, -1) } : table;
  const national = recognizeB(view) ?? recognizeC(view) ?? recognizeA(view);
  if (!national) return;
  if (cut && cut.cells.some((c) => c.kind !== 'blank' || c.placeholder)) (national.partialRows ??= []).push(cut);
  table.national = national;
}

export { TABLE_B_NOTE, TABLE_C_GROUPS };
