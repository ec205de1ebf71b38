// The HTML page of `nianbao report`: one self-contained file (inline CSS, script and SVG; no network), so it
// can be mailed or opened from file://. Chinese first. Text from reports is always escaped.
import { ERA_NAMES, KIND_NAMES, type Severity } from '../../../server/src/core';
import type { FileResult, ResultFinding, ResultReport } from '../analyze';
import type { CheckedSet } from '../checkAll';
import { barChart, yearChart, type Bar, type Series } from './charts';
import { escapeHtml as e } from './escape';

/** One row of the table: a report (a file may hold several). */
export interface Row {
  id: string;
  file: string;
  report?: ResultReport;
  findings: ResultFinding[];
  errors: number;
  warnings: number;
  notes: number;
}

export function rowsOf(results: FileResult[]): Row[] {
  const rows: Row[] = [];
  for (const r of results) {
    const reports = r.reports.length ? r.reports : [undefined];
    reports.forEach((report, i) => {
      const findings = report ? r.findings.filter((f) => f.report === i) : r.findings;
      const count = (s: Severity[]) => findings.filter((f) => s.includes(f.severity)).length;
      rows.push({ id: `r${rows.length + 1}`, file: r.file, report, findings, errors: count(['error']), warnings: count(['warning']), notes: count(['information', 'hint']) });
    });
  }
  return rows;
}

const SEVERITY: Record<Severity, string> = { error: '错误 error', warning: '警告 warning', information: '提示 information', hint: '提示 hint' };
const TIMING: Record<string, string> = {
  'in-time': '按期 on time',
  late: '逾期 late',
  early: '早于年度结束 before the year ended',
  unknown: '无法判断 not certain',
};

/** The issuer as the table and the charts name it. */
function issuerOf(row: Row): string {
  return row.report?.summary?.issuer ?? '';
}

function nameOf(row: Row): string {
  const issuer = issuerOf(row);
  const year = row.report?.year;
  return `${issuer || row.file.split(/[\\/]/).pop()}${year ? ` ${year}` : ''}`;
}

function td(text: string, sortValue?: string | number, cls?: string): string {
  const v = sortValue === undefined ? '' : ` data-v="${e(String(sortValue))}"`;
  return `<td${v}${cls ? ` class="${cls}"` : ''}>${text}</td>`;
}

function tableRow(row: Row): string {
  const r = row.report;
  const s = r?.summary;
  const timing = s?.timing;
  return `<tr class="report-row" id="row-${row.id}">`
    + td(`<a href="#${row.id}">${e(row.file)}</a>`, row.file)
    + td(e(issuerOf(row)))
    + td(r?.year ? String(r.year) : '', r?.year ?? 0)
    + td(r ? e(`${ERA_NAMES[r.era].zh}`) : '')
    + td(r ? e(KIND_NAMES[r.kind].zh) : '')
    + td(String(row.errors), row.errors, row.errors ? 'num bad' : 'num')
    + td(String(row.warnings), row.warnings, row.warnings ? 'num warn' : 'num')
    + td(s?.signed ? e(s.signed.raw) : r ? '<span class="en">无落款日期 none</span>' : '', s?.signed?.iso ?? '')
    + td(e(s?.deadline ?? ''), s?.deadline ?? '')
    + td(timing ? e(TIMING[timing]) : '', timing ?? '', timing === 'late' || timing === 'early' ? 'bad' : undefined)
    + '</tr>';
}

/** The quoted line with the finding's range marked, shortened around it. */
function quote(f: ResultFinding): string {
  const line = f.quote ?? '';
  const chars = line; // UTF-16 offsets, as the range
  const start = Math.min(f.range.start.character, chars.length);
  const end = f.range.end.line === f.range.start.line ? Math.max(start, Math.min(f.range.end.character, chars.length)) : chars.length;
  const from = Math.max(0, start - 40);
  const to = Math.min(chars.length, Math.max(end, start) + 60);
  return `${from > 0 ? '…' : ''}${e(chars.slice(from, start))}<mark>${e(chars.slice(start, end))}</mark>${e(chars.slice(end, to))}${to < chars.length ? '…' : ''}`;
}

function findingsSection(row: Row): string {
  const r = row.report;
  const head = `<h3 id="${row.id}">${e(row.file)}${r?.title ? ` — ${e(r.title)}` : ''}</h3>`;
  if (row.findings.length === 0) return `<section class="report">${head}<p class="clean">未发现问题 / no problems found</p></section>`;
  const items = row.findings.map((f) => `<tr class="finding ${f.severity}">`
    + `<td class="num">${f.range.start.line + 1}</td><td>${e(SEVERITY[f.severity])}</td><td><code>${e(f.ruleId)}</code></td>`
    + `<td>${e(f.message.zh)}<br><span class="en">${e(f.message.en)}</span></td><td class="quote">${quote(f)}</td></tr>`);
  return `<section class="report">${head}<table class="findings"><thead><tr><th>行 Line</th><th>严重程度 Severity</th><th>规则 Rule</th>`
    + `<th>问题 Finding</th><th>原文 Text</th></tr></thead><tbody>${items.join('')}</tbody></table></section>`;
}

function charts(rows: Row[]): string {
  const withFigures = rows.filter((r) => r.report?.summary);
  const fig = (r: Row) => r.report!.summary!.figures;
  const received: Bar[] = withFigures.filter((r) => fig(r).received !== undefined)
    .map((r) => ({ label: nameOf(r), value: fig(r).received!, shown: String(fig(r).received) }))
    .sort((a, b) => b.value - a.value).slice(0, 40);
  const granted: Bar[] = withFigures.filter((r) => fig(r).granted !== undefined && (fig(r).handled ?? 0) > 0)
    .map((r) => {
      const share = (fig(r).granted! / fig(r).handled!) * 100;
      return { label: nameOf(r), value: share, shown: `${share.toFixed(0)}%` };
    })
    .sort((a, b) => b.value - a.value).slice(0, 40);
  const disputes: Bar[] = withFigures.filter((r) => (fig(r).reviews ?? 0) + (fig(r).lawsuits ?? 0) > 0)
    .map((r) => {
      const v = (fig(r).reviews ?? 0) + (fig(r).lawsuits ?? 0);
      return { label: nameOf(r), value: v, shown: `复议 ${fig(r).reviews ?? 0} · 诉讼 ${fig(r).lawsuits ?? 0}` };
    })
    .sort((a, b) => b.value - a.value).slice(0, 40);
  const parts = [
    barChart('本年新收政府信息公开申请数（表三“一”，总计）/ Applications received (Table 3, row 一, total)', received),
    barChart('予以公开占办理结果总数的比例（表三“三（一）”÷“三（七）”）/ Share granted in full (Table 3)', granted, 100),
    barChart('行政复议、行政诉讼案件数（表四，总计）/ Administrative reviews and lawsuits (Table 4, totals)', disputes),
  ].filter(Boolean);
  // Across years: one small chart per issuer with two or more years of figures.
  const byIssuer = new Map<string, Series>();
  for (const r of withFigures) {
    const issuer = issuerOf(r).replace(/\s+/g, '');
    const year = r.report?.year;
    const v = fig(r).received;
    if (!issuer || !year || v === undefined) continue;
    const s = byIssuer.get(issuer) ?? { label: issuerOf(r), points: [] };
    if (!s.points.some((p) => p.year === year)) s.points.push({ year, value: v });
    byIssuer.set(issuer, s);
  }
  const years = [...byIssuer.values()].filter((s) => s.points.length >= 2).sort((a, b) => (a.label < b.label ? -1 : 1));
  const yearCharts = years.map((s) => yearChart(`${s.label}：历年新收申请数 / applications received by year`, s)).join('');
  if (parts.length === 0 && !yearCharts) return '<p>没有可绘图的统计表数据（2019年试行格式、2021年格式的表三、表四）。/ No table figures to chart.</p>';
  return parts.join('') + (yearCharts ? `<h3>同一单位历年数据 / The same issuer across years</h3><div class="years">${yearCharts}</div>` : '');
}

const STYLE = `
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:1.5em;color:#222;line-height:1.45}
h1{font-size:1.5em}h2{margin-top:2em;border-bottom:1px solid #ccc}h3{margin-top:1.5em;font-size:1.05em}
table{border-collapse:collapse;font-size:.9em}th,td{border:1px solid #ddd;padding:3px 6px;vertical-align:top}
th{background:#f3f3f3;cursor:pointer;user-select:none}th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}
td.num{text-align:right}table.reports td:nth-child(n+3){white-space:nowrap}td.bad{color:#b00020;font-weight:bold}td.warn{color:#9a6700}
tr.finding.error td:nth-child(2){color:#b00020}tr.finding.warning td:nth-child(2){color:#9a6700}
.en{color:#666;font-size:.9em}.quote{font-family:monospace;max-width:40em}mark{background:#ffe08a}
.chart svg{font-size:11px}.bar{fill:#4a78b5}.line{fill:none;stroke:#4a78b5;stroke-width:2}.dot{fill:#4a78b5}
.years{display:flex;flex-wrap:wrap;gap:1em}.clean{color:#2e7d32}.summary span{margin-right:1.5em}
`;

/** Sorts the reports table by the clicked column (numbers by data-v, text by its characters). */
const SCRIPT = `
document.querySelectorAll('table.sortable th').forEach(function (th, col) {
  th.addEventListener('click', function () {
    var table = th.closest('table'), body = table.tBodies[0];
    var asc = !th.classList.contains('asc');
    table.querySelectorAll('th').forEach(function (h) { h.classList.remove('asc', 'desc'); });
    th.classList.add(asc ? 'asc' : 'desc');
    var num = th.dataset.type === 'num';
    var key = function (tr) { var td = tr.cells[col]; var v = td.dataset.v !== undefined ? td.dataset.v : td.textContent; return num ? Number(v) : v; };
    Array.prototype.slice.call(body.rows).sort(function (a, b) {
      var x = key(a), y = key(b);
      var c = num ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return asc ? c : -c;
    }).forEach(function (tr) { body.appendChild(tr); });
  });
});
`;

export interface PageInfo {
  generated: string;
  paths: string[];
}

/** The page as one string (reportPageParts joined). */
export function reportPage(results: FileResult[], set: CheckedSet, info: PageInfo): string {
  return [...reportPageParts(results, set, info)].join('');
}

/**
 * The page in pieces to write one after the other: all before the findings, each report's findings, the end.
 * The findings make most of the page (160 MB for a thousand reports with 150 findings each), more than one
 * string had better hold; a string of JavaScript cannot hold more than about 500 million characters at all.
 */
export function* reportPageParts(results: FileResult[], set: CheckedSet, info: PageInfo): Generator<string> {
  const rows = rowsOf(results);
  const total = (k: 'errors' | 'warnings') => rows.reduce((n, r) => n + r[k], 0);
  const late = rows.filter((r) => r.report?.summary?.timing === 'late').length;
  const head = ['文件 File', '单位 Issuer', '年度 Year', '格式 Format', '类别 Kind', '错误 Errors', '警告 Warnings', '落款日期 Signed', '公布期限 Deadline', '是否按期 On time'];
  const numeric = new Set([2, 5, 6]);
  const notChecked = set.notChecked.length
    ? `<h2>未检查的文件 / Files not checked</h2><ul class="not-checked">${set.notChecked.map((n) => `<li>${e(n.path)}：${e(n.message)}</li>`).join('')}</ul>`
    : '';
  yield `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>政府信息公开工作年度报告检查汇总 / Annual reports checked</title><style>${STYLE}</style></head>
<body>
<h1>政府信息公开工作年度报告检查汇总<br><span class="en">Annual reports on open government information: review</span></h1>
<p class="summary"><span>报告 Reports：<b id="count-reports">${rows.length}</b></span><span>错误 Errors：<b>${total('errors')}</b></span><span>警告 Warnings：<b>${total('warnings')}</b></span><span>逾期落款 Signed late：<b>${late}</b></span><span>未检查 Not checked：<b>${set.notChecked.length}</b></span></p>
<p class="en">检查对象 Checked：${info.paths.map(e).join('，')} · 生成时间 Generated：${e(info.generated)} · nianbao 0.1.0</p>
<h2>报告一览 / Reports</h2>
<p class="en">单击列名排序。Click a column to sort.</p>
<table class="sortable reports"><thead><tr>${head.map((h, i) => `<th data-type="${numeric.has(i) ? 'num' : 'text'}">${e(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.map(tableRow).join('\n')}</tbody></table>
${notChecked}
<h2>主要数据 / Main figures</h2>
${charts(rows)}
<h2>各报告的问题 / Findings by report</h2>
`;
  for (let i = 0; i < rows.length; i++) yield (i ? '\n' : '') + findingsSection(rows[i]);
  yield `
<script>${SCRIPT}</script>
</body></html>
`;
}
