// What the parser understood, as plain text: reports with year, era and kind (and where each came from),
// headings, tables with a few cells, dates and parse problems. Shown by `nianbao outline` and by the
// editor's "show parsed structure" command, so a user can see why a check did or didn't fire.
import { localize, type Language } from './findings';
import { ERA_NAMES, KIND_NAMES } from './format/names';
import type { DateRole, Heading, Provenance, Report, ReportDocument, SectionTopic, Table } from './model';
import { tableName } from './outline';
import { positionAt } from './text/lines';

const L = {
  zh: {
    report: '报告', year: '年份', era: '格式', kind: '类别', issuer: '发文机关', period: '统计期限', signature: '落款',
    headings: '标题层级', tables: '表格', dates: '日期', problems: '解析问题', none: '无', unknown: '不明', to: '至',
    inline: '（行内标题）', runIn: '（接正文）', unrecognized: '未识别为国家统一格式的统计表', rows: '行',
    pipe: '竖线表格', tsv: '制表符分隔表格', unframed: '无边框竖线表格', lines: '每格一行的表格（已还原）', spaced: '空格分隔表格（已还原）', blank: '（空）',
  },
  en: {
    report: 'Report', year: 'year', era: 'era', kind: 'kind', issuer: 'issuer', period: 'statistics period', signature: 'signature',
    headings: 'Headings', tables: 'Tables', dates: 'Dates', problems: 'Parser problems', none: 'none', unknown: 'unknown', to: 'to',
    inline: ' (inline)', runIn: ' (run-in)', unrecognized: 'not a national statistics table', rows: 'rows',
    pipe: 'pipe table', tsv: 'tab-separated table', unframed: 'unframed pipe table', lines: 'one-cell-per-line table (rebuilt)', spaced: 'space-separated table (rebuilt)', blank: '(blank)',
  },
};

const SOURCES: Record<Provenance, { zh: string; en: string }> = {
  option: { zh: '由参数指定', en: 'from options' },
  title: { zh: '来自标题', en: 'from the title' },
  opening: { zh: '来自开头一句', en: 'from the opening sentence' },
  fileName: { zh: '来自文件名', en: 'from the file name' },
  period: { zh: '来自统计期限', en: 'from the statistics period' },
  body: { zh: '来自正文', en: 'from the body text' },
  signature: { zh: '来自落款', en: 'from the signature' },
  labels: { zh: '来自表格标签', en: 'from table labels' },
  issuer: { zh: '来自发文机关', en: 'from the issuer' },
  year: { zh: '来自年份', en: 'from the year' },
  default: { zh: '默认', en: 'default' },
};

const ROLE_NAMES: Record<DateRole, { zh: string; en: string }> = {
  title: { zh: '标题', en: 'title' },
  'period-start': { zh: '统计期限起', en: 'period start' },
  'period-end': { zh: '统计期限止', en: 'period end' },
  signature: { zh: '落款', en: 'signature' },
  publication: { zh: '发布', en: 'publication' },
  body: { zh: '正文', en: 'body' },
};

const TOPIC_NAMES: Record<SectionTopic, { zh: string; en: string }> = {
  overview: { zh: '概述/总体情况', en: 'overview' },
  proactive: { zh: '主动公开', en: 'proactive disclosure' },
  onRequest: { zh: '依申请公开', en: 'disclosure on request' },
  fees: { zh: '收费及减免', en: 'fees' },
  review: { zh: '行政复议、行政诉讼', en: 'review and litigation' },
  problems: { zh: '存在问题及改进', en: 'problems and improvements' },
  other: { zh: '其他事项', en: 'other matters' },
  consultation: { zh: '咨询', en: 'consultation' },
  interpretation: { zh: '解读回应', en: 'interpretation and response' },
  staffing: { zh: '机构人员经费', en: 'staff and funding' },
};

/** The description of every report and the parse problems, one line each, joined by "\n" ("" for nothing). */
export function describeDocument(doc: ReportDocument, lang: Language): string {
  const lines: string[] = [];
  const out = (s: string) => lines.push(s);
  for (const r of doc.reports) describeReport(doc, r, lang, out);
  if (doc.problems.length) {
    out(`${L[lang].problems}:`);
    for (const p of doc.problems) out(`  ${line(doc, p.start)} ${p.code}: ${localize(p.message, lang)}`);
  }
  return lines.join('\n');
}

function line(doc: ReportDocument, offset: number): string {
  return `L${positionAt(doc.lineStarts, offset).line + 1}`;
}

function describeReport(doc: ReportDocument, r: Report, lang: Language, out: (s: string) => void): void {
  const t = L[lang];
  const src = (p?: Provenance) => (p ? localize(SOURCES[p], lang) : '');
  out(`${t.report} ${r.index + 1}${r.partMarker ? `（${r.partMarker.text}）` : ''}: ${r.title?.text ?? `(${t.none})`}  [${line(doc, r.start)}–${line(doc, r.end)}]`);
  out(`  ${t.year}: ${r.year ?? t.unknown}${r.year ? ` (${src(r.yearSource)})` : ''} · ${t.era}: ${localize(ERA_NAMES[r.era], lang)} (${src(r.eraSource)}) · ${t.kind}: ${localize(KIND_NAMES[r.kind], lang)} (${src(r.kindSource)})`);
  if (r.issuer) out(`  ${t.issuer}: ${r.issuer.text} (${src(r.issuer.source)})`);
  if (r.period) out(`  ${t.period}: ${r.period.from?.raw ?? '?'} ${t.to} ${r.period.to?.raw ?? '?'}  [${line(doc, r.period.start)}]`);
  if (r.signature?.date) out(`  ${t.signature}: ${r.signature.issuer ? r.signature.issuer.text + ' ' : ''}${r.signature.date.raw}  [${line(doc, r.signature.date.start)}]`);
  out(`  ${t.headings}:`);
  const walk = (h: Heading) => {
    const topic = h.topic ? `  [${localize(TOPIC_NAMES[h.topic], lang)}]` : '';
    out(`    ${line(doc, h.start).padEnd(5)}${'  '.repeat(h.depth - 1)}${h.marker.text.trim()}${h.title.text}${h.inline ? t.inline : h.runIn ? t.runIn : ''}${topic}`);
    h.children.forEach(walk);
  };
  if (r.headings.length === 0) out(`    (${t.none})`);
  r.headings.forEach(walk);
  if (r.tables.length) {
    out(`  ${t.tables}:`);
    for (const table of r.tables) describeTable(doc, table, lang, out);
  }
  const roles = new Map<DateRole, string[]>();
  for (const d of doc.dates) {
    if (d.start < r.start || d.start >= r.end || d.role === 'body') continue;
    roles.set(d.role, [...(roles.get(d.role) ?? []), d.raw]);
  }
  const body = doc.dates.filter((d) => d.start >= r.start && d.start < r.end && d.role === 'body').length;
  const role = (k: DateRole) => localize(ROLE_NAMES[k], lang);
  out(`  ${t.dates}: ${[...roles].map(([k, v]) => `${role(k)} ${v.join('、')}`).join('; ')}${roles.size ? '; ' : ''}${role('body')} ×${body}`);
}

function describeTable(doc: ReportDocument, table: Table, lang: Language, out: (s: string) => void): void {
  const t = L[lang];
  const rows = table.rows.filter((r) => !r.isDelimiter).length;
  const n = table.national;
  if (!n) {
    out(`    ${line(doc, table.start).padEnd(5)}${t[table.format]} · ${rows} ${t.rows} · ${t.unrecognized}`);
    return;
  }
  out(`    ${line(doc, table.start).padEnd(5)}${tableName(table, lang)}${n.era ? ` (${localize(ERA_NAMES[n.era], lang)})` : ''} · ${t[table.format]} · ${rows} ${t.rows}`);
  const sample: Array<[string, string]> =
    n.id === 'B' ? [['一', '总计'], ['二', '总计'], ['三（七）', '总计'], ['四', '总计']]
    : n.id === 'C' ? [['数据', '行政复议/总计'], ['数据', '未经复议直接起诉/总计'], ['数据', '复议后起诉/总计']]
    : n.rows.slice(0, 3).map((r) => [r.id, [...r.cells.keys()][0] ?? '']);
  const cells = sample
    .map(([row, col]) => {
      const c = n.cell(row, col);
      return c ? `${row === '数据' ? '' : row + ' × '}${col} = ${c.kind === 'blank' ? t.blank : c.text}` : undefined;
    })
    .filter(Boolean);
  if (cells.length) out(`         ${cells.join('; ')}`);
  const typos = n.rows.filter((r) => r.label.distance > 0).map((r) => `"${r.label.written.text}" ≈ ${r.label.canonical}`);
  if (typos.length) out(`         ~ ${typos.join('; ')}`);
}
