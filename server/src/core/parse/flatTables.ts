// Rebuilds the national tables that text extraction flattens: one cell per line (a row label on its own
// line, then each figure on a line of its own, blank lines or stray "|" between) or cells separated by
// runs of spaces (pdftotext -layout). The labels are known, so a row is rebuilt when the figures after a
// label are exactly the table's column count; any other row is left out (never half a row) and the block
// gets one information-level problem saying what was not understood.
import type { Cell, ParseProblem, Span, Table, TableRow } from '../model';
import type { Line } from '../text/lines';
import { detached, editDistance, labelKey } from '../text/chars';
import { TABLE_A_HEADER_FIRST, TABLE_A_PARTS, TABLE_B_COLUMNS, TABLE_B_GROUPS, TABLE_B_ROWS, TABLE_C_COLUMNS, TABLE_C_GROUPS, TABLE_C_OUTCOMES } from '../format/tableLabels';
import { captionAbove, typeCell } from './tables';

type Kind = 'A' | 'B' | 'C';
type Role = 'caption' | 'a-head' | 'a-col' | 'a-row' | 'b-head' | 'b-row' | 'b-group' | 'c-head' | 'bc-head';

interface Token {
  cell: Cell;
  line: number;
  /** A figure: a number or a placeholder such as "-" or "无". */
  figure: boolean;
}

const CAPTION = /^第二十条第?（[一二三四五六七八九十]）项$/;
const B_COLUMN_COUNT = TABLE_B_COLUMNS.length;
const C_COLUMN_COUNT = TABLE_C_COLUMNS.length;

/** Every label of the three tables by its key, with the role it plays. */
const ROLES = new Map<string, Role>();
function addRole(label: string, role: Role): void {
  const key = labelKey(label);
  if (!ROLES.has(key)) ROLES.set(key, role);
}
addRole(TABLE_A_HEADER_FIRST, 'a-head');
for (const p of TABLE_A_PARTS) {
  for (const r of p.rows) addRole(r.label, 'a-row');
  for (const c of p.columns) addRole(c.label, 'a-col');
}
for (const r of TABLE_B_ROWS) addRole(r.label, 'b-row');
for (const g of Object.values(TABLE_B_GROUPS)) addRole(g, 'b-group');
for (const h of ['总计', '其他']) addRole(h, 'bc-head');
for (const h of ['申请人情况', '法人或其他组织', ...TABLE_B_COLUMNS.map((c) => c.label)]) addRole(h, 'b-head');
for (const h of ['行政复议', '行政诉讼', ...TABLE_C_GROUPS, ...TABLE_C_OUTCOMES]) addRole(h, 'c-head');
const GROUP_KEYS = new Set(Object.values(TABLE_B_GROUPS).map(labelKey));
const FUZZY = [...ROLES].filter(([key]) => key.length >= 4);

const roleCache = new Map<string, Role | null>();

function roleOf(text: string): Role | undefined {
  const key = labelKey(text);
  const exact = ROLES.get(key);
  if (exact) return exact;
  const hit = roleCache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  // Bounded like labelKey's cache: labels repeat, a huge document must not grow it forever.
  if (roleCache.size > 4096) roleCache.clear();
  const role = fuzzyRoleOf(key);
  roleCache.set(detached(key), role ?? null);
  return role;
}

function fuzzyRoleOf(key: string): Role | undefined {
  if (CAPTION.test(key)) return 'caption';
  if (key.includes('勾稽关系')) return 'b-head';
  // Small typos in the longer labels, about a quarter of their length (as national.ts allows).
  if (key.length < 4 || key.length > 60) return undefined;
  let best: Role | undefined;
  let bestDistance = Infinity;
  for (const [k, role] of FUZZY) {
    if (Math.abs(k.length - key.length) > Math.floor(k.length / 4)) continue;
    const d = editDistance(key, k, Math.floor(k.length / 4));
    if (d <= Math.floor(k.length / 4) && d < bestDistance) [best, bestDistance] = [role, d];
  }
  return best;
}

const EDGE = new Set([' ', '\t', '\u3000', '\u00a0', '|', '｜']);
const INNER_SPACE = /[ \u3000\u00a0]/;
/** A word that reads as a figure ("12", "1,234", "3.5", "-", "无"); typeCell decides the cell's kind. */
const FIGURE_WORD = /^(?:[+\-－]?[\d０-９][\d０-９,，.．]*(?:%|％)?|[-—－–/／无\\]|——)$/;
/** A line alone that hints at a flattened table: a lone figure, a figure after a run of spaces, a header word. */
const PROMISING = /^[\s|｜]*[+\-－]?[\d０-９][\d０-９,.]*[\s|｜]*$|[ \u3000]{2}[\d０-９]|第二十条|信息内容|勾稽|本年新收|上年结转|申请人情况|行政复议/;
/** Longer lines are prose (or a table row written with its separators, found by tables.ts). */
const MAX_LINE = 200;
const SPACE_RUN = /[ \t\u3000\u00a0]{2,}/g;
const SENTENCE = /[。！？!?；;]/;

function isFigure(c: Cell): boolean {
  return c.kind === 'number' || !!c.placeholder;
}

/**
 * The cells of a line written as flattened table text, or undefined for prose: pipes at either end are
 * dropped ("规章 |"), cells are split at runs of spaces, and "规章 0 0 0" at single spaces before figures.
 * A line of only pipes or blanks gives no cell.
 */
function cellsOfLine(line: Line): Token[] | undefined {
  const t = line.text;
  if (t.length > MAX_LINE) return undefined;
  let from = 0;
  let to = t.length;
  while (from < to && EDGE.has(t[from])) from++;
  while (to > from && EDGE.has(t[to - 1])) to--;
  if (from === to) return [];
  const body = t.slice(from, to);
  if (body.length > 120 || body.includes('|') || SENTENCE.test(body)) return undefined;
  const out: Token[] = [];
  // The common case, one cell on the line.
  if (!INNER_SPACE.test(body) && !body.includes('\t')) {
    pushCell(out, line, from, to);
    return out[0].figure || out[0].cell.text.length <= 60 ? out : undefined;
  }
  const pieces: Array<[number, number]> = [];
  let s = from;
  SPACE_RUN.lastIndex = 0;
  for (const m of body.matchAll(SPACE_RUN)) {
    pieces.push([s, from + m.index!]);
    s = from + m.index! + m[0].length;
  }
  pieces.push([s, to]);
  for (const [ps, pe] of pieces) {
    if (!INNER_SPACE.test(t.slice(ps, pe))) {
      pushCell(out, line, ps, pe);
      continue;
    }
    const words: Array<[number, number]> = [];
    const re = /[^ \u3000\u00a0]+/g;
    for (const w of t.slice(ps, pe).matchAll(re)) words.push([ps + w.index!, ps + w.index! + w[0].length]);
    const rest = words.slice(1);
    if (rest.length > 0 && rest.every(([ws, we]) => FIGURE_WORD.test(t.slice(ws, we)))) {
      const firstIsFigure = FIGURE_WORD.test(t.slice(words[0][0], words[0][1]));
      if (firstIsFigure) for (const [ws, we] of words) pushCell(out, line, ws, we);
      else {
        pushCell(out, line, words[0][0], words[0][1]);
        for (const [ws, we] of rest) pushCell(out, line, ws, we);
      }
    } else pushCell(out, line, ps, pe);
  }
  for (const tok of out) if (!tok.figure && tok.cell.text.length > 60) return undefined;
  return out;
}

function pushCell(out: Token[], line: Line, s: number, e: number): void {
  const cell = typeCell(line.text.slice(s, e), line.start + s, line.start + e);
  out.push({ cell, line: line.index, figure: isFigure(cell) });
}

interface Failure {
  at: Span;
  zh: string;
  en: string;
}

function rowOf(cells: Cell[], line: number): TableRow {
  return { start: cells[0].start, end: cells[cells.length - 1].end, line, cells, isDelimiter: false };
}

/** Builds the tables of one run of flattened lines; returns what it could not rebuild as failures. */
class Rebuilder {
  kind: Kind | undefined;
  rows: TableRow[] = [];
  failures: Failure[] = [];
  aExpected: number | undefined;
  bHeader: Cell[] = [];
  cHeader: Cell[] = [];
  labels = 0;
  evidence = 0;
  first: Token | undefined;
  last: Token | undefined;
  manyPerLine = false;

  constructor(readonly out: (r: Rebuilder) => void) {}

  touch(tok: Token): void {
    this.first ??= tok;
    this.last = tok;
  }

  switchTo(kind: Kind): void {
    if (this.kind && this.kind !== kind) this.flush();
    this.kind = kind;
  }

  flush(): void {
    if (this.first) this.out(this);
    this.kind = undefined;
    this.rows = [];
    this.failures = [];
    this.aExpected = undefined;
    this.bHeader = [];
    this.cHeader = [];
    this.labels = 0;
    this.evidence = 0;
    this.first = this.last = undefined;
    this.manyPerLine = false;
  }

  /** Rows in table order: Table B's header first (in the national column order when it is all there). */
  tableRows(): TableRow[] {
    if (this.kind === 'B' && this.bHeader.length) {
      const byColumn = TABLE_B_COLUMNS.map((d) => this.bHeader.find((c) => labelKey(c.text) === labelKey(d.label)));
      const others = this.bHeader.filter((c) => !byColumn.includes(c));
      const head: TableRow[] = [];
      if (byColumn.every((c) => c) && others.length) {
        head.push(rowOf([others[0], ...(byColumn as Cell[])], this.line(others[0])));
        if (others.length > 1) head.push(rowOf(others.slice(1), this.line(others[1])));
      } else head.push(rowOf(others.length ? others : this.bHeader.slice(0, 1), this.line(this.bHeader[0])));
      return [...head, ...this.rows];
    }
    return this.rows;
  }

  lineOf = new Map<Cell, number>();
  line(c: Cell): number {
    return this.lineOf.get(c) ?? 0;
  }
}

/** The figures right after token i: how many and where they end. */
function figuresAfter(tokens: Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let j = i + 1; j < tokens.length && tokens[j].figure; j++) out.push(tokens[j]);
  return out;
}

function quote(c: Cell): string {
  return c.text.length > 16 ? `${c.text.slice(0, 16)}…` : c.text;
}

function countFailure(label: Cell, got: number, expected: number, cut: boolean): Failure {
  return {
    at: { start: label.start, end: label.end },
    zh: `“${quote(label)}”后有 ${got} 个数字（应为 ${expected} 个）${cut ? '，表格在此中断' : ''}`,
    en: `"${quote(label)}" is followed by ${got} figure(s) (expected ${expected})${cut ? ', where the table breaks off' : ''}`,
  };
}

function rebuildRun(tokens: Token[], emit: (r: Rebuilder) => void): void {
  const r = new Rebuilder(emit);
  for (const t of tokens) r.lineOf.set(t.cell, t.line);
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (tok.figure) {
      const run = [tok, ...figuresAfter(tokens, i)];
      if (r.kind === 'C' && r.cHeader.length && run.length === C_COLUMN_COUNT) {
        r.rows.push(rowOf(r.cHeader, r.line(r.cHeader[0])), rowOf(run.map((x) => x.cell), tok.line));
        r.cHeader = [];
        r.labels++;
      } else if (r.first) {
        const end = i + run.length >= tokens.length;
        r.failures.push({
          at: { start: tok.cell.start, end: run[run.length - 1].cell.end },
          zh: r.kind === 'C' ? `数据行有 ${run.length} 个数字（应为 ${C_COLUMN_COUNT} 个）${end ? '，表格在此中断' : ''}` : `${run.length} 个数字前没有行名`,
          en: r.kind === 'C' ? `the data row has ${run.length} figure(s) (expected ${C_COLUMN_COUNT})${end ? ', where the table breaks off' : ''}` : `${run.length} figure(s) without a row label`,
        });
      }
      if (r.first) r.touch(run[run.length - 1]);
      i += run.length;
      continue;
    }
    let role = roleOf(tok.cell.text);
    if (role === 'bc-head') role = r.kind === 'C' ? 'c-head' : 'b-head';
    const figures = figuresAfter(tokens, i);
    const cut = i + figures.length + 1 >= tokens.length;
    const next = i + figures.length + 1;
    if (!role) {
      if (figures.length === 0 || !r.kind) {
        // Not a label of the tables and no figures after it: the table (if any) ends here.
        r.flush();
        i++;
        continue;
      }
      // A row the national format does not have (a provincial extra row): kept when it is whole.
      const expected = r.kind === 'A' ? r.aExpected : r.kind === 'B' ? B_COLUMN_COUNT : undefined;
      if (expected !== undefined && figures.length === expected) r.rows.push(rowOf([tok.cell, ...figures.map((f) => f.cell)], tok.line));
      else r.failures.push(countFailure(tok.cell, figures.length, expected ?? 0, cut));
      r.touch(tokens[next - 1]);
      i = next;
      continue;
    }
    switch (role) {
      case 'caption':
        r.switchTo('A');
        r.touch(tok);
        r.rows.push(rowOf([tok.cell], tok.line));
        r.aExpected = undefined;
        r.evidence++;
        break;
      case 'a-head': {
        r.switchTo('A');
        r.touch(tok);
        const cols: Cell[] = [];
        let j = i + 1;
        while (j < tokens.length && !tokens[j].figure && roleOf(tokens[j].cell.text) === 'a-col') cols.push(tokens[j++].cell);
        r.rows.push(rowOf([tok.cell, ...cols], tok.line));
        r.aExpected = cols.length;
        r.evidence++;
        if (j > i + 1) r.touch(tokens[j - 1]);
        i = j;
        continue;
      }
      case 'a-col':
        // A column label outside a header row: part of a header we could not place.
        r.switchTo('A');
        r.touch(tok);
        break;
      case 'a-row':
        r.switchTo('A');
        r.touch(tok);
        r.labels++;
        if (r.aExpected === undefined) {
          r.failures.push({ at: tok.cell, zh: `“${quote(tok.cell)}”前没有列名（信息内容……），无法确定各列`, en: `"${quote(tok.cell)}" has no column header (信息内容 …) before it` });
          r.rows.push(rowOf([tok.cell], tok.line));
        } else if (figures.length === r.aExpected) {
          r.rows.push(rowOf([tok.cell, ...figures.map((f) => f.cell)], tok.line));
        } else {
          r.failures.push(countFailure(tok.cell, figures.length, r.aExpected, cut));
          r.rows.push(rowOf([tok.cell], tok.line));
        }
        if (figures.length) r.touch(figures[figures.length - 1]);
        i = next;
        continue;
      case 'b-head':
        r.switchTo('B');
        r.touch(tok);
        r.bHeader.push(tok.cell);
        r.evidence++;
        break;
      case 'c-head':
        r.switchTo('C');
        r.touch(tok);
        r.cHeader.push(tok.cell);
        r.evidence++;
        break;
      case 'b-group':
      case 'b-row':
        r.switchTo('B');
        r.touch(tok);
        r.labels++;
        if (figures.length === B_COLUMN_COUNT) {
          r.rows.push(rowOf([tok.cell, ...figures.map((f) => f.cell)], tok.line));
        } else {
          // A group label (三、本年度办理结果, （三）不予公开) has no figures of its own.
          if (!(figures.length === 0 && GROUP_KEYS.has(labelKey(tok.cell.text)))) r.failures.push(countFailure(tok.cell, figures.length, B_COLUMN_COUNT, cut));
          r.rows.push(rowOf([tok.cell], tok.line));
        }
        if (figures.length) r.touch(figures[figures.length - 1]);
        i = next;
        continue;
    }
    i++;
  }
  r.flush();
}

export interface FlatTables {
  tables: Table[];
  problems: ParseProblem[];
}

/**
 * Finds runs of lines that read as flattened table cells (outside the tables already found), rebuilds
 * their rows and marks their lines in `tableLines`.
 */
export function findFlatTables(lines: Line[], tableLines: Uint8Array, skip: Uint8Array): FlatTables {
  const tables: Table[] = [];
  const problems: ParseProblem[] = [];
  // Cheap first pass: lines that could be flattened cells (short, no sentence end, no inner "|").
  const cellish = new Uint8Array(lines.length);
  for (const l of lines) {
    const t = l.text;
    if (t.length <= MAX_LINE && !tableLines[l.index] && !skip[l.index] && !SENTENCE.test(t)) cellish[l.index] = 1;
  }
  let i = 0;
  while (i < lines.length) {
    if (!cellish[i]) {
      i++;
      continue;
    }
    // Runs shorter than three lines (a heading before prose), or with neither a figure on its own nor a
    // word of the tables' headers, are not tables.
    let k = i;
    let filled = 0;
    let promising = false;
    for (; k < lines.length && cellish[k]; k++) {
      const t = lines[k].text;
      if (!t.trim()) continue;
      filled++;
      if (!promising && PROMISING.test(t)) promising = true;
      if (filled >= 3 && promising) break;
    }
    if (filled < 3 || !promising) {
      i = k;
      continue;
    }
    // A run: consecutive lines of short cells (blank lines and stray pipes included).
    const tokens: Token[] = [];
    let cellLines = 0;
    let figureLines = 0;
    let j = i;
    const perLine: number[] = [];
    for (; j < lines.length; j++) {
      if (tableLines[j] || skip[j]) break;
      const cells = cellsOfLine(lines[j]);
      if (!cells) break;
      if (cells.length) {
        cellLines++;
        if (cells.some((c) => c.figure)) figureLines++;
        perLine.push(cells.length);
        for (const c of cells) tokens.push(c);
      }
    }
    // Headings followed by prose make runs of one line; a table has labels and figures or a long list of labels.
    if (cellLines >= 3 && (figureLines >= 1 || cellLines >= 6)) {
      rebuildRun(tokens, (r) => {
        if (!(r.labels >= 1 && (r.evidence >= 1 || r.labels >= 2)) || r.rows.length === 0) return;
        const rows = r.tableRows();
        const first = r.first!;
        const last = r.last!;
        const spaced = tokens.some((t, k) => k > 0 && t.line === tokens[k - 1].line && t.cell.start >= first.cell.start && t.cell.end <= last.cell.end);
        for (let k = first.line; k <= last.line; k++) tableLines[k] = 1;
        const table: Table = { start: first.cell.start, end: last.cell.end, format: spaced ? 'spaced' : 'lines', rows };
        const caption = captionAbove(first.line, lines, tableLines);
        if (caption) table.caption = caption;
        tables.push(table);
        if (r.failures.length) problems.push(blockProblem(table, r.failures));
      });
    }
    i = Math.max(j, i + 1);
  }
  return { tables, problems };
}

function blockProblem(table: Table, failures: Failure[]): ParseProblem {
  const shown = failures.slice(0, 3);
  const more = failures.length > shown.length;
  const layout = table.format === 'spaced' ? { zh: '以空格分隔', en: 'separated by spaces' } : { zh: '每格一行', en: 'one per line' };
  return {
    start: failures[0].at.start,
    end: failures[0].at.end,
    code: 'table-unreadable',
    severity: 'information',
    message: {
      zh: `这个表格的单元格${layout.zh}，已按行名还原各行，但有 ${failures.length} 处无法还原：${shown.map((f) => f.zh).join('；')}${more ? '等' : ''}。无法还原的行没有参与核算。`,
      en: `The cells of this table are ${layout.en}; its rows were rebuilt from their labels, but ${failures.length} place(s) could not be: ${shown.map((f) => f.en).join('; ')}${more ? ', …' : ''}. Rows that could not be rebuilt were left out of the arithmetic.`,
    },
  };
}
