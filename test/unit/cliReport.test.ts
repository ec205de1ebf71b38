// `nianbao report`: one self-contained HTML page for reviewers — a row per report, every finding with its
// line, charts as inline SVG — with everything taken from the reports escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SHARED, sharedTest } from './fixtures';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const GOV = '青禾县人民政府2024年政府信息公开工作年度报告.md';

function run(...args: string[]) {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

/** The example government report for 2024, the same issuer's for 2023 made from it, and a hostile report. */
function withSet(fn: (dir: string) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-report-'));
  try {
    const text = fs.readFileSync(path.join(root, 'examples', GOV), 'utf8');
    fs.writeFileSync(path.join(dir, 'a-2024.md'), text);
    fs.writeFileSync(path.join(dir, 'a-2023.md'), text.replace(/2025年/g, '2024年').replace(/2024/g, '2023'));
    fs.writeFileSync(
      path.join(dir, '<img src=x onerror=alert(2)>.txt'),
      '某县某局2024年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度于2024年2月30日召开会议<script>alert(1)</script>。\n',
    );
    fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('report: one row per report and one line per finding, as check --format json counts them', () => {
  withSet((dir) => {
    const out = path.join(dir, 'out', 'report.html');
    fs.mkdirSync(path.dirname(out));
    const r = run('report', dir, '-o', out);
    assert.equal(r.code, 1, r.stderr); // error-level findings, as check would say
    assert.match(r.stderr, /已写入 .*report\.html：3 份报告/);
    const html = fs.readFileSync(out, 'utf8');
    const json = JSON.parse(run('check', '--format', 'json', dir).stdout) as { files: Array<{ reports: unknown[]; diagnostics: unknown[] }> };
    const reports = json.files.reduce((n, f) => n + f.reports.length, 0);
    const findings = json.files.reduce((n, f) => n + f.diagnostics.length, 0);
    assert.equal(reports, 3);
    assert.equal(count(html, /<tr class="report-row"/g), reports);
    assert.equal(count(html, /<tr class="finding /g), findings);
    assert.ok(findings > 10);
    // Each report row links to its findings section.
    for (let i = 1; i <= reports; i++) assert.match(html, new RegExp(`<a href="#r${i}">[\\s\\S]*<h3 id="r${i}">`));
    // The invalid date is quoted with its line and marked.
    assert.match(html, /<td class="num">5<\/td><td>错误 error<\/td><td><code>invalid-date<\/code><\/td>/);
    assert.match(html, /<mark>2024年2月30日<\/mark>/);
    // Charts of the set and across years for the same issuer, inline SVG.
    assert.ok(count(html, /<svg /g) >= 3);
    assert.match(html, /青禾县人民政府：历年新收申请数[\s\S]*?<svg[\s\S]*?>2023<\/text>[\s\S]*?>2024<\/text>/);
    // Sortable, in Chinese first; the signature against the deadline.
    assert.match(html, /<table class="sortable reports">/);
    assert.match(html, /<th data-type="text">文件 File<\/th>/);
    assert.match(html, /<td data-v="2025-03-31">2025-03-31<\/td><td data-v="in-time">按期 on time<\/td>/);
  });
});

test('report: text from reports is escaped, and the page loads nothing from outside', () => {
  withSet((dir) => {
    const r = run('report', dir);
    const html = r.stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    // The page's own script is the only one; the report's is shown as text.
    assert.equal(count(html, /<script/g), 1);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.equal(count(html, /<img/g), 0);
    assert.match(html, /&lt;img src=x onerror=alert\(2\)&gt;\.txt/);
    // Self-contained: no external resource, and a policy that forbids loading one.
    // (" src=" appears only inside the escaped file name.)
    assert.doesNotMatch(html, /<link|<iframe|(?<!&lt;img)\ssrc=|url\(|@import/i);
    assert.deepEqual([...new Set(html.match(/https?:\/\/[^\s"'<>]+/g))], ['http://www.w3.org/2000/svg']);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });
});

test('report: files not checked are listed on the page and give exit code 2', () => {
  withSet((dir) => {
    fs.writeFileSync(path.join(dir, 'gbk.txt'), Buffer.from([0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x0a])); // no encoding we read: not checked
    const r = run('report', '--jobs', '2', dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stdout, /<ul class="not-checked"><li>[^<]*gbk\.txt：无法识别字符编码/);
    assert.equal(count(r.stdout, /<tr class="report-row"/g), 3);
  });
});

sharedTest('report of the examples and the corpus: every report has a row', () => {
  const r = run('report', '--jobs', '2', 'examples', path.join(SHARED, 'corpus'));
  const json = JSON.parse(run('check', '--format', 'json', 'examples', path.join(SHARED, 'corpus')).stdout) as { files: Array<{ reports: unknown[]; diagnostics: unknown[] }> };
  assert.equal(count(r.stdout, /<tr class="report-row"/g), json.files.reduce((n, f) => n + f.reports.length, 0));
  assert.equal(count(r.stdout, /<tr class="finding /g), json.files.reduce((n, f) => n + f.diagnostics.length, 0));
});

test('report: the page written to a file is the page written to stdout, written a report at a time', async () => {
  const { analyzeFile } = await import('../../cli/src/analyze');
  const { reportPage, reportPageParts, rowsOf } = await import('../../cli/src/report/html');
  withSet((dir) => {
    const out = path.join(dir, 'page.html');
    const toFile = run('report', '-o', out, dir);
    const toStdout = run('report', dir);
    assert.equal(toStdout.code, toFile.code);
    const stamp = (html: string) => html.replace(/Generated：[0-9TZ:-]+/, 'Generated：—');
    assert.equal(stamp(toStdout.stdout), stamp(fs.readFileSync(out, 'utf8')) + '\n');
  });
  const results = [];
  for (const f of fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    results.push(await analyzeFile(path.join(root, 'examples', f), { withSummary: true }));
  }
  const info = { generated: '2026-01-01T00:00:00Z', paths: ['examples'] };
  const set = { exit: 0 as const, skipped: [], notChecked: [] };
  const parts = [...reportPageParts(results, set, info)];
  // All before the findings, a part per report, the end.
  assert.equal(parts.length, rowsOf(results).length + 2);
  assert.ok(parts.slice(1, -1).every((p) => !parts[0].includes(p.trim())));
  assert.equal(parts.join(''), reportPage(results, set, info));
});
