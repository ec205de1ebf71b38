// Recognizes the national Table A (主动公开), B (收到和处理政府信息公开申请) and C (行政复议、行政诉讼)
// by their labels, tolerating small typos, flattened "group / sub-label" headers and merged row labels,
// and makes every data cell addressable by row id × column id.
import { PLACEHOLDER_CELL } from '../format/placeholders';
import type { Cell, LabelMatch, NationalRow, NationalTable, Table, TableRow } from '../model';
import { editDistance, isAsciiDigit as asciiDigit, isFullwidthDigit as fullwidthDigit, isSpace as space, labelKey } from '../text/chars';
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

// Local bindings of the per-character tests: run unbundled (tsx, as the bench and tests do), each use of an
// imported binding is a property read through the module object, which shows in loops over characters.
const isSpace = space;
const isAsciiDigit = asciiDigit;
const isFullwidthDigit = fullwidthDigit;

/** A canonical label with what matching it needs, worked out once: the distance it allows and its key. */
interface Tolerance {
  def: LabelDef;
  allowed: number;
  key: string;
  keyLength: number;
}

/** Table B's rows by id; a row's label may be up to 4 edits away even where a quarter of its length is less. */
const B_ROW_BY_ID = new Map(TABLE_B_ROWS.map((r) => [r.id, { ...tolerance(r), rowAllowed: Math.max(allowedDistance(r.label), 4) }]));
const B_COLUMN_TOLERANCES = TABLE_B_COLUMNS.map(tolerance);
/** The rows of the 2021 format's 三（六）: 三（六）1, 三（六）2, … (row ids are always those of TABLE_B_ROWS). */
const B_2021_ROW_IDS = new Set(TABLE_B_ROWS.map((r) => r.id).filter((id) => /^三（六）\d$/.test(id)));
/** Table C's columns by group and outcome. */
const C_COLUMN_BY_GROUP = new Map<string, Map<string, LabelDef>>(TABLE_C_GROUPS.map((g) => [
  g, new Map(TABLE_C_OUTCOMES.map((o) => [o, TABLE_C_COLUMNS.find((d) => d.id === `${g}/${o}`)!])),
]));
/** Table A's row and column labels in the order they are tried, with the distance each allows and its key's length. */
const A_ROW_DEFS = TABLE_A_PARTS.flatMap((p) => p.rows.map((r) => ({ part: p, ...tolerance(r) })));
const A_COLUMN_DEFS = TABLE_A_PARTS.flatMap((p) => p.columns.map(tolerance));
/** The first of those whose key is a given key: the best match of a label written exactly (distance 0). */
const A_ROW_BY_KEY = firstByKey(A_ROW_DEFS);
const A_COLUMN_BY_KEY = firstByKey(A_COLUMN_DEFS);
const A_COLUMN_BY_ID = new Map(TABLE_A_PARTS.flatMap((p) => p.columns).reverse().map((d) => [d.id, d]));
const HAN_ORDINALS = '一二三四五六七八九十';

/** The distance allowed between a written and a canonical label: about a quarter of its length. */
export function allowedDistance(canonical: string): number {
  return Math.max(1, Math.floor(labelKey(canonical).length / 4));
}

function tolerance(def: LabelDef): Tolerance {
  const key = labelKey(def.label);
  return { def, allowed: allowedDistance(def.label), key, keyLength: key.length };
}

function firstByKey<T extends { def: LabelDef }>(defs: T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const d of defs) if (!out.has(labelKey(d.def.label))) out.set(labelKey(d.def.label), d);
  return out;
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
  for (const c of cells) pushSegments(c, segs);
  return segs;
}

/**
 * The segments of one cell, split at " / " (one space each side) or at "／" (any spaces around it), as the
 * regex split below does, each trimmed and found in the written text (c.start is where that begins; the
 * cell's padding is not part of its range). The written text is searched inside `raw` from its first
 * non-space character: what is found there never reaches into the padding, as a segment neither starts
 * nor ends with a space.
 */
function pushSegments(c: Cell, segs: Segment[]): void {
  const text = c.text;
  const raw = c.raw;
  let lead = 0;
  while (lead < raw.length && isSpace(raw.charCodeAt(lead))) lead++;
  if (text.indexOf('/') < 0 && text.indexOf('／') < 0) {
    // One segment: the whole text (trimmed already), usually the written text itself.
    if (!text) return;
    const idx = raw.startsWith(text, lead) ? 0 : raw.indexOf(text, lead) - lead;
    const s = c.start + (idx >= 0 ? idx : 0);
    segs.push({ text, start: s, end: s + text.length });
    return;
  }
  let from = 0;
  if (text.indexOf('／') >= 0) {
    for (const part of text.split(/\s\/\s|\s*／\s*/)) from = pushPart(c, lead, part.trim(), from, segs);
    return;
  }
  // Only "/": the split's matches are a space, "/" and a space, taken left to right.
  let p = 0;
  for (let k = text.indexOf('/', 1); k >= 0 && k + 1 < text.length; k = text.indexOf('/', k + 1)) {
    if (k - 1 >= p && isSpace(text.charCodeAt(k - 1)) && isSpace(text.charCodeAt(k + 1))) {
      from = pushPart(c, lead, text.slice(p, k - 1).trim(), from, segs);
      p = k + 2;
    }
  }
  pushPart(c, lead, text.slice(p).trim(), from, segs);
}

/** Adds the trimmed part `t` found from `from` on in the written text; returns where the next is looked for. */
function pushPart(c: Cell, lead: number, t: string, from: number, segs: Segment[]): number {
  if (!t) return from;
  const found = c.raw.indexOf(t, lead + from);
  const idx = found >= 0 ? found - lead : -1;
  const s = c.start + (idx >= 0 ? idx : from);
  segs.push({ text: t, start: s, end: s + t.length });
  return idx >= 0 ? idx + t.length : from;
}

/** The whole written text of a cell as one segment. */
function cellSegment(c: Cell): Segment {
  const idx = Math.max(0, c.raw.trim().indexOf(c.text));
  return { text: c.text, start: c.start + idx, end: c.start + idx + c.text.length };
}

/**
 * The distance from a written label to a canonical one, compared by their keys; above `max`, max + 1 (the
 * callers drop every match farther than `max`, so counting stops there).
 */
function labelDistance(written: string, canonical: Tolerance, max: number): number {
  // Equal texts have equal keys: the common case costs one comparison.
  if (written === canonical.def.label) return 0;
  return editDistance(labelKey(written), canonical.key, max);
}

function matchOf(def: LabelDef, seg: Segment, distance: number): LabelMatch {
  return { id: def.id, canonical: def.label, written: { start: seg.start, end: seg.end, text: seg.text }, distance };
}

// ---------------- Table B ----------------

interface BCursor {
  top?: string;
  mid?: string;
}

type BClass = { top?: string; mid?: string; leaf?: string };
/** The classes by the code of their numeral, made once (bRowId only reads them). */
const TOP_CLASS = new Map<number, BClass>([...'一二三四'].map((n) => [n.charCodeAt(0), { top: n }]));
const MID_CLASS = new Map<number, BClass>([...'一二三四五六七'].map((n) => [n.charCodeAt(0), { mid: n }]));
const LEAF_CLASS = new Map<number, BClass>([...'0123456789'].map((n) => [n.charCodeAt(0), { leaf: n }]));
const NO_CLASS: BClass = {};
/** Row ids by group numeral and leaf digit ("三（三）1"), made once rather than per row. */
const MID_IDS = new Map([...'一二三四五六七'].map((m) => [m, `三（${m}）`]));
const LEAF_IDS = new Map([...'一二三四五六七'].map((m) => [m, new Map([...'0123456789'].map((d) => [d, `三（${m}）${d}`]))]));

/** A bracket as the label key writes it: "(" and "﹙" as "（", ")" and "﹚" as "）". */
function keyBracket(code: number): number {
  if (code === 0x28 || code === 0xfe59) return 0xff08;
  if (code === 0x29 || code === 0xfe5a) return 0xff09;
  return code;
}

/** ".", "．", "、", "," or "，": what the label key writes "." after a digit. */
function isDotAfterDigit(code: number): boolean {
  return code === 0x2e || code === 0xff0e || code === 0x3001 || code === 0x2c || code === 0xff0c;
}

/**
 * Where a segment sits in Table B's numbering, read from the start of its label key ("一、", "（三）", "1."):
 * the first three characters of labelKey(text), worked out here without building the key. The key drops
 * white space, reads full-width digits as ASCII, a dot, "、" or comma after a digit as ".", and any
 * bracket as the full-width one; its folding of traditional characters neither makes nor changes any
 * character tested here.
 */
function classifyBSegment(text: string): BClass {
  let k0 = 0;
  let k1 = 0;
  let k2 = 0;
  let n = 0;
  let prevDigit = false;
  for (let i = 0; i < text.length && n < 3; i++) {
    let code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    const digit = isAsciiDigit(code) || isFullwidthDigit(code);
    if (isFullwidthDigit(code)) code = code - 0xff10 + 48;
    else if (prevDigit && isDotAfterDigit(code)) code = 0x2e;
    else code = keyBracket(code);
    prevDigit = digit;
    if (n === 0) k0 = code;
    else if (n === 1) k1 = code;
    else k2 = code;
    n++;
  }
  if (k1 === 0x3001) return TOP_CLASS.get(k0) ?? NO_CLASS;
  if (k0 === 0xff08 && k2 === 0xff09) return MID_CLASS.get(k1) ?? NO_CLASS;
  if (k1 === 0x2e) return LEAF_CLASS.get(k0) ?? NO_CLASS;
  return NO_CLASS;
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
  if (leaf) return cursor.mid ? { id: LEAF_IDS.get(cursor.mid)!.get(leaf)!, seg: last } : {};
  if (mid) return { id: MID_IDS.get(mid)!, seg: last };
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

/**
 * Whether a label of the table could be one of the rows that anchor Table B (一、… 二、… 四、… （七）总计):
 * their keys start with "、" after the numeral or with （七）, and the key adds neither character. A cheap
 * test that spares the tables A and C reading every row as Table B's.
 */
function mayAnchorB(table: Table): boolean {
  for (const row of table.rows) {
    if (row.isDelimiter) continue;
    for (const c of row.cells) {
      if (c.kind === 'number') break;
      if (c.kind === 'text' && (c.text.includes('、') || c.text.includes('七'))) return true;
    }
  }
  return false;
}

function recognizeB(table: Table): NationalTable | undefined {
  if (!mayAnchorB(table)) return undefined;
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
    const canonical = id ? B_ROW_BY_ID.get(id) : undefined;
    if (!canonical || !seg) {
      // A group row with no numbers (三、本年度办理结果 / （三）不予公开) only moves the cursor.
      if (!(id && (id === '三' || TABLE_B_GROUPS[id]) && !hasData)) unknownRows.push(row);
      continue;
    }
    // Counted up to the most it may be: the distance kept with a row is exact.
    const def = canonical.def;
    const distance = labelDistance(seg.text, canonical, canonical.rowAllowed);
    if (distance > canonical.rowAllowed) {
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
    rows.push({ id: def.id, label: matchOf(def, seg, distance), row, cells: new Map() });
  }
  // A cut-off table may hold only its first rows; its header (or the note) tells it is Table B.
  if (rows.length < (headerRows.length > 0 ? 2 : 4) || anchors < 1) return undefined;
  const era = rows.some((r) => B_2021_ROW_IDS.has(r.id)) ? '2021' : rows.some((r) => r.id === '三（六）') ? '2019' : undefined;
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
      for (const canonical of B_COLUMN_TOLERANCES) {
        const def = canonical.def;
        if (indexOf.has(def.id)) continue;
        // Counted up to what is accepted (exact for a match that is kept).
        const distance = labelDistance(last.text, canonical, canonical.allowed);
        if (distance === 0 || (distance <= canonical.allowed && labelKey(last.text).length > 2)) {
          matches.push(matchOf(def, last, distance));
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

/** ×, X, Ｘ, x, ｘ: what a run of placeholders (PLACEHOLDER_CELL) is made of. */
const PLACEHOLDER_MARKS = new Set([...'×XＸxｘ'].map((c) => c.charCodeAt(0)));

/** "××", "XX": a template's figure not filled in; the pattern is tried only on a text that starts like one. */
function isPlaceholderRun(text: string): boolean {
  return PLACEHOLDER_MARKS.has(text.charCodeAt(0)) && PLACEHOLDER_CELL.test(text);
}

function anyIncludes(segs: Segment[], word: string): boolean {
  for (const s of segs) if (s.text.includes(word)) return true;
  return false;
}

/** Whether some cell names 行政复议: Table C's header always does (a cheap test before joining its header). */
function mayBeC(table: Table): boolean {
  for (const row of table.rows) for (const c of row.cells) if (c.kind === 'text' && c.text.includes('行政复议')) return true;
  return false;
}

function recognizeC(table: Table): NationalTable | undefined {
  if (!mayBeC(table)) return undefined;
  const headerText = table.rows
    .filter((r) => !r.isDelimiter && !r.cells.some((c) => c.kind === 'number'))
    .map((r) => r.cells.map((c) => c.text).join('|'))
    .join('|');
  if (!(headerText.includes('行政复议') && headerText.includes('行政诉讼'))) return undefined;
  const outcomeHits = (headerText.match(/结果维持|结果纠正|其他结果|尚未审结/g) ?? []).length;
  if (outcomeHits < 3) return undefined;
  // A template's data row may hold placeholders ("××") instead of figures.
  const dataRow = table.rows.find((r) => !r.isDelimiter && r.cells.filter((c) => c.kind === 'number' || isPlaceholderRun(c.text.trim())).length >= 5);
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
      // Words tested in each segment: none of them holds the "/" that joined the segments.
      const group = anyIncludes(segs, '复议后')
        ? '复议后起诉'
        : anyIncludes(segs, '未经复议') || anyIncludes(segs, '直接起诉') ? '未经复议直接起诉' : anyIncludes(segs, '复议') ? '行政复议' : undefined;
      const last = segs[segs.length - 1];
      const lastKey = labelKey(last.text);
      const outcome = TABLE_C_OUTCOMES.find((o) => editDistance(lastKey, o, 1) <= 1);
      if (!group || !outcome) return;
      const def = C_COLUMN_BY_GROUP.get(group)!.get(outcome)!;
      const id = def.id;
      if (indexOf.has(id)) return;
      indexOf.set(id, i);
      matches.push({ id, canonical: def.label, written: { start: last.start, end: last.end, text: last.text }, distance: editDistance(lastKey, outcome, 8) });
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

/** CAPTION's match in a label key; the pattern is tried only on keys that hold its first words. */
function captionIn(key: string): RegExpExecArray | null {
  return key.includes('第二十条') ? CAPTION.exec(key) : null;
}

function recognizeA(table: Table): NationalTable | undefined {
  const parts = new Set<string>();
  const capText = table.caption ? labelKey(table.caption.text) : '';
  const cap = captionIn(capText);
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
    const c = captionIn(key);
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
        const cellKey = labelKey(seg.text);
        let best: LabelMatch | undefined;
        const exact = A_COLUMN_BY_KEY.get(cellKey);
        if (exact) best = { id: exact.def.id, canonical: exact.def.label, written: { start: seg.start, end: seg.end, text: seg.text }, distance: 0 };
        else for (const { def, allowed, key: defKey, keyLength } of A_COLUMN_DEFS) {
          if (Math.abs(cellKey.length - keyLength) > allowed) continue;
          const d = seg.text === def.label ? 0 : editDistance(cellKey, defKey, allowed);
          if (d <= allowed && (!best || d < best.distance)) best = { id: def.id, canonical: def.label, written: { start: seg.start, end: seg.end, text: seg.text }, distance: d };
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
    let bestDistance = Infinity;
    const exact = A_ROW_BY_KEY.get(key);
    if (exact) best = { m: { id: exact.def.id, canonical: exact.def.label, written: { start: seg.start, end: seg.end, text: seg.text }, distance: 0 }, part: exact.part.item };
    else for (const { part, def, allowed, key: defKey, keyLength } of A_ROW_DEFS) {
      // A key whose length differs by more than allowed is farther than allowed (the distance is at least that).
      if (Math.abs(key.length - keyLength) > allowed) continue;
      const d = seg.text === def.label ? 0 : editDistance(key, defKey, allowed);
      if (d <= allowed && d < bestDistance) {
        bestDistance = d;
        best = { m: { id: def.id, canonical: def.label, written: { start: seg.start, end: seg.end, text: seg.text }, distance: d }, part: part.item };
      }
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
  const colIds = [...indexOf.keys()];
  const colIndices = [...indexOf.values()];
  for (const nr of rows) {
    for (let k = 0; k < colIds.length; k++) {
      const colId = colIds[k];
      const i = colIndices[k];
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
    memo: undefined,
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
