// Completion: the next level-1 heading a report still needs, typed at the start of a line, and the
// rows a national Table B or C still lacks, typed as a new Markdown row inside the table.
import type { Era, LocalizedText, Report, ReportDocument, SectionTopic, Span, Table, Cell } from './model';
import { requiredParts, type RequiredPart } from './format/parts';
import { presentParts } from './analysis/structure';
import { TABLE_B_GROUPS, TABLE_B_ROWS, type LabelDef } from './format/tableLabels';
import { labelKey, parseHanNumber } from './text/chars';
import { positionAt } from './text/lines';
import { foldTraditional } from './text/traditional';
import { nationalTableLines, sectionTitle } from './templates';
import { ERA_NAMES, TABLE_NAMES } from './format/names';

export interface CompletionEntry {
  label: string;
  insertText: string;
  detail: LocalizedText;
  kind: 'heading' | 'rowLabel';
  /** The text the entry replaces (what has been typed of it). */
  range: Span;
}

interface CursorLine {
  line: number;
  start: number;
  /** The line's text up to the cursor and after it (line break excluded). */
  before: string;
  after: string;
}

function cursorLine(doc: ReportDocument, offset: number): CursorLine {
  const { line } = positionAt(doc.lineStarts, offset);
  const start = doc.lineStarts[line];
  let end = doc.text.indexOf('\n', offset);
  if (end < 0) end = doc.text.length;
  const before = doc.text.slice(start, offset);
  const after = doc.text.slice(offset, end).replace(/\r$/, '');
  return { line, start, before, after };
}

function reportAt(doc: ReportDocument, offset: number): Report | undefined {
  let found: Report | undefined;
  for (const r of doc.reports) if (r.start <= offset) found = r;
  return found;
}

const HAN_DIGITS = '一二三四五六七八九';

function hanOrdinal(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${HAN_DIGITS[tens - 1]}十`;
  return tensText + (ones ? HAN_DIGITS[ones - 1] : '');
}

// ---------------- headings ----------------

/** Only indentation and possibly the start of a heading ("三", "三、", "三、收到") before the cursor. */
const HEADING_START = /^([ \t\u3000]*)(?:([一二三四五六七八九十]{1,3})(?:[、．.][^。，,；;！？!?：:|]*)?)?$/;

/**
 * The era whose parts to offer. A report the parser has no year or table evidence for is most likely
 * a new one being written, in the current (2021) format.
 */
function eraForHeadings(report: Report | undefined): Era {
  if (!report || report.eraSource === 'default') return '2021';
  return report.era;
}

function headingCompletions(doc: ReportDocument, offset: number, cur: CursorLine): CompletionEntry[] {
  const m = HEADING_START.exec(cur.before);
  if (!m || cur.after.trim()) return [];
  const report = reportAt(doc, offset);
  const era = eraForHeadings(report);
  const parts = requiredParts(era);
  // The heading being typed on this line is not a section the report already has. Which parts are there
  // is missing-section's own judgement (analysis/structure), so completion never offers a part it accepts.
  const sections = (report?.sections ?? []).filter((s) => s.heading.line !== cur.line);
  const present = report ? presentParts(doc, report, cur.line) : new Set<SectionTopic>();
  const missing = parts.filter((p) => !present.has(p.topic));
  if (missing.length === 0) return [];

  const previous = sections.filter((s) => s.start < cur.start).pop();
  const previousIndex = previous ? Math.max(-1, ...previous.topics.map((t) => parts.findIndex((p) => p.topic === t))) : -1;
  const next = missing.find((p) => parts.indexOf(p) > previousIndex) ?? missing[0];
  const ordered = [next, ...missing.filter((p) => p !== next)];

  const typed = m[2] ? parseHanNumber(m[2]) : undefined;
  const number = hanOrdinal(typed ?? (previous ? previous.heading.ordinal + 1 : 1));
  const range = { start: cur.start + m[1].length, end: offset };
  return ordered.map((p) => headingEntry(p, era, number, p === next, range));
}

function headingEntry(part: RequiredPart, era: Era, number: string, isNext: boolean, range: Span): CompletionEntry {
  const text = `${number}、${sectionTitle(part.topic, era)}`;
  const format = ERA_NAMES[era];
  const role = isNext ? { zh: '下一部分', en: 'next part' } : { zh: '尚缺的部分', en: 'missing part' };
  return {
    label: text,
    insertText: text,
    detail: { zh: `${role.zh}（${format.zh}）：${part.basis.zh}`, en: `${role.en} (${format.en}): ${part.basis.en}` },
    kind: 'heading',
    range,
  };
}

// ---------------- table rows ----------------

/** The cursor is in the first cell of a Markdown row: "|", "| ", "| 1.属于". */
const FIRST_CELL = /^([ \t\u3000]*\|[ \t\u3000]*)([^|]*)$/;

function tableOfLine(doc: ReportDocument, line: number): Table | undefined {
  return doc.tables.find((t) => t.format === 'pipe' && t.rows.some((r) => r.line === line));
}

function rowsText(table: Table, skipLine: number): string {
  return foldTraditional(table.rows.filter((r) => r.line !== skipLine).map((r) => r.cells.map((c) => c.text).join('|')).join('\n'));
}

/** B or C: recognized by the parser, or (while the table is still short) by its header. */
function tableKind(table: Table, skipLine: number): 'B' | 'C' | undefined {
  const id = table.national?.id;
  if (id === 'B' || id === 'C') return id;
  if (id === 'A') return undefined;
  const text = rowsText(table, skipLine);
  if (/勾稽关系|自然人/.test(text) || TABLE_B_ROWS.some((r) => text.includes(r.label) && r.label.length > 8)) return 'B';
  if (/行政复议/.test(text) && /行政诉讼|直接起诉|复议后起诉/.test(text)) return 'C';
  return undefined;
}

function bEra(table: Table, report: Report | undefined): '2019' | '2021' {
  if (table.national?.era) return table.national.era;
  return report?.era === '2019' ? '2019' : '2021';
}

/** The B row ids already in the table (the row being typed excluded). */
function presentBRows(table: Table, skipLine: number): Set<string> {
  if (table.national?.id === 'B') return new Set(table.national.rows.filter((r) => r.row.line !== skipLine).map((r) => r.id));
  const keys = new Set<string>();
  for (const r of table.rows) {
    if (r.line === skipLine) continue;
    for (const c of r.cells) for (const seg of c.text.split(/\s\/\s|／/)) keys.add(labelKey(seg));
  }
  return new Set(TABLE_B_ROWS.filter((d) => keys.has(labelKey(d.label))).map((d) => d.id));
}

/** The group labels above a B row: ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']. */
function bLabelPath(def: LabelDef): string[] {
  const leaf = /^(三（[一二三四五六七]）)\d$/.exec(def.id);
  if (leaf) return [TABLE_B_GROUPS['三'], TABLE_B_GROUPS[leaf[1]], def.label];
  if (def.id.startsWith('三')) return [TABLE_B_GROUPS['三'], def.label];
  return [def.label];
}

/** How the table writes its row labels: in three merged-cell columns (§9.1), as "a / b / c" paths, or leaves only. */
function bLayout(table: Table, skipLine: number): 'columns' | 'path' | 'leaf' {
  const rows = table.rows.filter((r) => r.line !== skipLine && !r.isDelimiter);
  const firstNumber = rows.map((r) => r.cells.findIndex((c) => c.kind === 'number')).filter((i) => i >= 0);
  const header = rows.find((r) => r.cells.some((c) => /自然人$/.test(c.text)));
  const naturalAt = header ? header.cells.findIndex((c) => /自然人$/.test(c.text)) : -1;
  if (Math.max(-1, ...firstNumber) >= 3 || (firstNumber.length === 0 && naturalAt >= 3)) return 'columns';
  if (rows.some((r) => r.cells.some((c) => /\s\/\s|／/.test(c.text))) || firstNumber.length === 0) return 'path';
  return 'leaf';
}

function bInsertText(def: LabelDef, layout: 'columns' | 'path' | 'leaf'): string {
  const path = bLabelPath(def);
  if (layout === 'leaf') return def.label;
  if (layout === 'path') return path.join(' / ');
  // Three label cells, the empty ones kept, as the template writes them ("一、… | | ").
  const cells = path.length === 1 ? [path[0], '', ''] : path.length === 2 ? [...path, ''] : path;
  return cells.map((c, i) => (i === 0 ? c : c ? ` ${c}` : '')).join(' |');
}

function tableBCompletions(table: Table, report: Report | undefined, cur: CursorLine, range: Span, lineEnds: boolean): CompletionEntry[] {
  const era = bEra(table, report);
  const present = presentBRows(table, cur.line);
  const layout = bLayout(table, cur.line);
  const groupNote = (def: LabelDef) => bLabelPath(def).slice(0, -1).join(' / ');
  return TABLE_B_ROWS.filter((d) => (!d.era || d.era === era) && !present.has(d.id)).map((d) => {
    const group = groupNote(d);
    return {
      label: d.label,
      insertText: bInsertText(d, layout) + (lineEnds ? ' | ' : ''),
      detail: {
        zh: `${TABLE_NAMES.B.short.zh}的行（${ERA_NAMES[era].zh}）${group ? `，属于“${group}”` : ''}`,
        en: `${TABLE_NAMES.B.short.en} row (${ERA_NAMES[era].en})${group ? `, under "${group}"` : ''}`,
      },
      kind: 'rowLabel',
      range,
    };
  });
}

/** Table C has no row labels: what can be missing is its group row, its outcome row or its data row. */
function tableCCompletions(table: Table, cur: CursorLine, range: Span): CompletionEntry[] {
  const rows = table.rows.filter((r) => r.line !== cur.line && !r.isDelimiter);
  const words = (c: Cell) => foldTraditional(c.text);
  const hasGroups = rows.some((r) => r.cells.some((c) => /行政复议/.test(words(c))) && r.cells.some((c) => /行政诉讼|直接起诉|复议后起诉/.test(words(c))));
  const hasOutcomes = rows.some((r) => r.cells.filter((c) => /结果维持|结果纠正|其他结果|尚未审结|总计/.test(words(c))).length >= 10);
  const hasData = rows.some((r) => r.cells.filter((c) => c.kind === 'number').length >= 5);
  // The template's rows without their leading "| " (the cursor is already past it).
  const [groupLine, , outcomeLine, dataLine] = nationalTableLines('C', '2021', 'markdown').map((l) => l.replace(/^\|\s?/, ''));
  const out: CompletionEntry[] = [];
  const add = (label: string, insertText: string, detail: LocalizedText) => out.push({ label, insertText, detail, kind: 'rowLabel', range });
  if (!hasGroups) add('行政复议 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉）', groupLine, { zh: `${TABLE_NAMES.C.short.zh}的分组行`, en: `${TABLE_NAMES.C.short.en} group row` });
  if (!hasOutcomes) add('结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计（×3）', outcomeLine, { zh: `${TABLE_NAMES.C.short.zh}的结果行`, en: `${TABLE_NAMES.C.short.en} outcome row` });
  if (hasGroups && hasOutcomes && !hasData) add('0 | 0 | …（15个数据格）', dataLine, { zh: `${TABLE_NAMES.C.short.zh}的数据行，15格均为0`, en: `${TABLE_NAMES.C.short.en} data row, 15 cells of 0` });
  return out;
}

function tableCompletions(doc: ReportDocument, offset: number, cur: CursorLine): CompletionEntry[] {
  const m = FIRST_CELL.exec(cur.before);
  if (!m) return [];
  const table = tableOfLine(doc, cur.line);
  if (!table) return [];
  const kind = tableKind(table, cur.line);
  const lineEnds = cur.after.trim() === '';
  const range = { start: cur.start + m[1].length, end: offset };
  if (kind === 'B') return tableBCompletions(table, reportAt(doc, offset), cur, range, lineEnds);
  if (kind === 'C' && lineEnds) return tableCCompletions(table, cur, range);
  return [];
}

/** What to offer at `offset` (a UTF-16 offset into doc.text); [] where nothing fits. */
export function completionsAt(doc: ReportDocument, offset: number): CompletionEntry[] {
  // No report: binary content, or nothing the parser could read.
  if (!Number.isFinite(offset) || offset < 0 || offset > doc.parsedLength || doc.reports.length === 0) return [];
  const cur = cursorLine(doc, Math.floor(offset));
  if (/^[ \t\u3000]*\|/.test(cur.before)) return tableCompletions(doc, offset, cur);
  return headingCompletions(doc, offset, cur);
}
