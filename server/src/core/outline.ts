// The outline of a document (reports → headings → tables), shared by the LSP document symbols and
// `nianbao outline`. Pure data over the model; adapters turn it into their own shapes.
import { localize, type Language } from './findings';
import { ERA_NAMES, KIND_NAMES, TABLE_NAMES } from './format/names';
import type { Heading, Report, ReportDocument, Span, Table } from './model';
import { firstStartingAt } from './text/search';

export type OutlineKind = 'report' | 'heading' | 'table';

export interface OutlineNode {
  kind: OutlineKind;
  name: string;
  detail: string;
  range: Span;
  selectionRange: Span;
  children: OutlineNode[];
  /** Heading rank (1–5) for headings. */
  rank?: number;
}

/**
 * A report nothing written yet tells anything of: no title, opening sentence, year, heading or table (an empty
 * document switched to report mode). Its format and kind are defaults, which are never shown as if inferred.
 */
export function isNewReport(report: Report): boolean {
  return !report.title && !report.opening && report.year === undefined && report.headings.length === 0 && report.tables.length === 0;
}

/** The report's title as written (one line), or a name saying it has none; with its 第X篇 marker. */
export function reportName(report: Report, lang: Language = 'zh'): string {
  const title = report.title?.text.replace(/[ \u3000]+/g, ' ').trim();
  const untitled = isNewReport(report)
    ? (lang === 'en' ? 'New report' : '新报告')
    : lang === 'en'
      ? (report.year ? `${report.year} report (untitled)` : 'Report (untitled)')
      : (report.year ? `${report.year}年度报告（无标题）` : '年度报告（无标题）');
  const name = title || untitled;
  return report.partMarker ? `${report.partMarker.text}：${name}` : name;
}

/** The era's name when the text or the settings tell it, not a default. */
export function inferredEraName(report: Report, lang: Language = 'zh'): string | undefined {
  return report.eraSource === 'default' ? undefined : localize(ERA_NAMES[report.era], lang);
}

/** The kind's name when the text or the settings tell it, not a default. */
export function inferredKindName(report: Report, lang: Language = 'zh'): string | undefined {
  return report.kindSource === 'default' ? undefined : localize(KIND_NAMES[report.kind], lang);
}

/** "2024年度 · 2021年格式 · 人民政府". */
export function reportDetail(report: Report, lang: Language = 'zh'): string {
  if (isNewReport(report)) return '';
  const year = report.year ? (lang === 'en' ? `${report.year}` : `${report.year}年度`) : lang === 'en' ? 'year unknown' : '年份不明';
  return [year, inferredEraName(report, lang), inferredKindName(report, lang)].filter((x) => x !== undefined).join(' · ');
}

/** "表三（收到和处理政府信息公开申请情况）"; Table 2 with the 第二十条 items it holds. */
export function tableName(table: Table, lang: Language = 'zh'): string {
  if (!table.national) return lang === 'en' ? 'Table' : '表格';
  const name = localize(TABLE_NAMES[table.national.id].full, lang);
  const parts = table.national.id === 'A' ? table.national.parts : undefined;
  if (parts?.length) return `${name}${lang === 'en' ? ' ' : ''}（第二十条第${parts.map((p) => `（${p}）`).join('')}项）`;
  return name;
}

/** The layouts other than a Markdown pipe table, as the outline names them. */
const LAYOUTS: Partial<Record<Table['format'], { zh: string; en: string }>> = {
  tsv: { zh: '制表符分隔', en: 'tab-separated' },
  unframed: { zh: '无边框竖线', en: 'unframed pipes' },
  lines: { zh: '每格一行', en: 'one cell per line' },
  spaced: { zh: '空格分隔', en: 'space-separated' },
};

function tableNode(table: Table, lang: Language): OutlineNode {
  const rows = table.rows.filter((r) => !r.isDelimiter).length;
  const layout = LAYOUTS[table.format];
  return {
    kind: 'table',
    name: tableName(table, lang),
    detail: lang === 'en' ? `${rows} rows${layout ? ` · ${layout.en}` : ''}` : `${rows} 行${layout ? ` · ${layout.zh}` : ''}`,
    range: { start: table.start, end: table.end },
    selectionRange: { start: table.rows[0].start, end: table.rows[0].end },
    children: [],
  };
}

/** The tables (sorted by start) that start in [start, end). */
function tablesIn(tables: Table[], start: number, end: number): Table[] {
  const out: Table[] = [];
  for (let i = firstStartingAt(tables, start); i < tables.length && tables[i].start < end; i++) out.push(tables[i]);
  return out;
}

/**
 * Whether `offset` lies in the section of one of `headings`: siblings in document order, whose sections
 * do not overlap (a later sibling never has a lower rank), so only the last one starting at or before it can hold it.
 */
function inSectionOf(headings: Heading[], offset: number): boolean {
  const i = firstStartingAt(headings, offset + 1) - 1;
  return i >= 0 && offset >= headings[i].start && offset < headings[i].sectionEnd;
}

function headingNode(h: Heading, tables: Table[], lang: Language): OutlineNode {
  const name = `${h.marker.text.trim()}${h.title.text}`;
  const node: OutlineNode = {
    kind: 'heading',
    name,
    detail: '',
    rank: h.rank,
    range: { start: h.start, end: Math.max(h.sectionEnd, h.end) },
    selectionRange: { start: h.marker.start, end: Math.max(h.title.end, h.marker.end) },
    children: [],
  };
  const childNodes = h.children.map((c) => headingNode(c, tables, lang));
  // Tables sit under the deepest heading that contains them.
  const own = tablesIn(tables, h.start, h.sectionEnd).filter((t) => !inSectionOf(h.children, t.start));
  node.children = [...childNodes, ...own.map((t) => tableNode(t, lang))].sort((a, b) => a.range.start - b.range.start);
  return node;
}

export function outlineOf(doc: ReportDocument, lang: Language = 'zh'): OutlineNode[] {
  return doc.reports.map((report) => {
    const start = report.title ? Math.min(report.title.start, report.start) : report.start;
    const looseTables = report.tables.filter((t) => !inSectionOf(report.headings, t.start));
    const children = [...report.headings.map((h) => headingNode(h, report.tables, lang)), ...looseTables.map((t) => tableNode(t, lang))].sort(
      (a, b) => a.range.start - b.range.start,
    );
    const sel = report.title ?? report.partMarker?.span ?? { start, end: start };
    return {
      kind: 'report' as const,
      name: reportName(report, lang),
      detail: reportDetail(report, lang),
      range: { start, end: report.end },
      selectionRange: { start: sel.start, end: sel.end },
      children,
    };
  });
}
