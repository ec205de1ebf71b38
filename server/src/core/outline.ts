// The outline of a document (reports → headings → tables), shared by the LSP document symbols and
// `nianbao outline`. Pure data over the model; adapters turn it into their own shapes.
import type { Heading, Report, ReportDocument, Span, Table } from './model';

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

const KIND_NAMES = { government: '人民政府', department: '部门' } as const;
const ERA_NAMES = { legacy: '2008–2018 旧格式', '2019': '2019 试行格式', '2021': '2021 格式' } as const;
const TABLE_NAMES = {
  A: '主动公开政府信息情况表',
  B: '收到和处理政府信息公开申请情况表',
  C: '政府信息公开行政复议、行政诉讼情况表',
} as const;

export function reportName(report: Report): string {
  const title = report.title?.text.replace(/[ \u3000]+/g, ' ').trim();
  const name = title || (report.year ? `${report.year}年度报告（无标题）` : '年度报告（无标题）');
  return report.partMarker ? `${report.partMarker.text}：${name}` : name;
}

export function reportDetail(report: Report): string {
  const parts = [report.year ? `${report.year}年` : '年份不明', ERA_NAMES[report.era], KIND_NAMES[report.kind]];
  return parts.join(' · ');
}

export function tableName(table: Table): string {
  if (!table.national) return '表格';
  const name = TABLE_NAMES[table.national.id];
  if (table.national.id === 'A' && table.national.parts?.length) return `${name}（第二十条第${table.national.parts.map((p) => `（${p}）`).join('')}项）`;
  return name;
}

function tableNode(table: Table): OutlineNode {
  const rows = table.rows.filter((r) => !r.isDelimiter).length;
  return {
    kind: 'table',
    name: tableName(table),
    detail: `${rows} 行${table.format === 'tsv' ? ' · 制表符分隔' : ''}`,
    range: { start: table.start, end: table.end },
    selectionRange: { start: table.rows[0].start, end: table.rows[0].end },
    children: [],
  };
}

function headingNode(h: Heading, tables: Table[]): OutlineNode {
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
  const childNodes = h.children.map((c) => headingNode(c, tables));
  // Tables sit under the deepest heading that contains them.
  const own = tables.filter((t) => t.start >= h.start && t.start < h.sectionEnd && !h.children.some((c) => t.start >= c.start && t.start < c.sectionEnd));
  node.children = [...childNodes, ...own.map(tableNode)].sort((a, b) => a.range.start - b.range.start);
  return node;
}

export function outlineOf(doc: ReportDocument): OutlineNode[] {
  return doc.reports.map((report) => {
    const start = report.title ? Math.min(report.title.start, report.start) : report.start;
    const looseTables = report.tables.filter((t) => !report.headings.some((h) => t.start >= h.start && t.start < h.sectionEnd));
    const children = [...report.headings.map((h) => headingNode(h, report.tables)), ...looseTables.map(tableNode)].sort(
      (a, b) => a.range.start - b.range.start,
    );
    const sel = report.title ?? report.partMarker?.span ?? { start, end: start };
    return {
      kind: 'report' as const,
      name: reportName(report),
      detail: reportDetail(report),
      range: { start, end: report.end },
      selectionRange: { start: sel.start, end: sel.end },
      children,
    };
  });
}
