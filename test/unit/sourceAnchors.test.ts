// Where a finding on an imported file was in the original (import/anchors.ts): PDF page and line (and table
// row), a web page's paragraph or table row, shown by `nianbao check` as "（原文第1页第24行）" / "(source: …)",
// in the JSON output as the optional `source` and in SARIF as a result property.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { importBytes } from '../../server/src/import';
import { describePlace, placeSuffix, sourcePlaceAt } from '../../server/src/import/anchors';
import { htmlToTextWithAnchors } from '../../server/src/import/html';
import { SHARED, sharedTest } from './fixtures';
import { minimalPdf } from './pdfFixture';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const HONGZE = path.join(SHARED, 'corpus', 'native', '2024_hongze_quzhengfu.pdf');

function check(...args: string[]) {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [cli, 'check', ...args], { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the narrowest anchor holding the offset gives the place; none outside every anchor', () => {
  const anchors = [
    { start: 0, end: 10, paragraph: 1 },
    { start: 12, end: 60, table: 2 },
    { start: 30, end: 44, table: 2, row: 3 },
    { start: 45, end: 60, table: 2, row: 4 },
  ];
  assert.deepEqual(sourcePlaceAt(anchors, 3), { paragraph: 1 });
  assert.deepEqual(sourcePlaceAt(anchors, 11), undefined);
  assert.deepEqual(sourcePlaceAt(anchors, 20), { table: 2 });
  assert.deepEqual(sourcePlaceAt(anchors, 31), { table: 2, row: 3 });
  assert.deepEqual(sourcePlaceAt(anchors, 50), { table: 2, row: 4 });
  assert.deepEqual(sourcePlaceAt([], 0), undefined);
});

test('places read as the reader counts: page and line, the n-th table and its row, the n-th paragraph', () => {
  assert.deepEqual(describePlace({ page: 3, line: 12 }), { zh: '第3页第12行', en: 'page 3, line 12' });
  assert.deepEqual(describePlace({ page: 3, line: 20, table: 2, row: 4 }), { zh: '第3页第20行，第2个表格第4行', en: 'page 3, line 20, table 2, row 4' });
  assert.deepEqual(describePlace({ paragraph: 5 }), { zh: '第5段', en: 'paragraph 5' });
  assert.equal(placeSuffix({ page: 1, line: 2 }, 'zh'), '（原文第1页第2行）');
  assert.equal(placeSuffix({ page: 1, line: 2 }, 'en'), ' (source: page 1, line 2)');
  assert.equal(placeSuffix(undefined, 'zh'), '');
});

test('a PDF gives an anchor per line: each line of the text points at its page and its line there', async () => {
  // Short lines: each is a paragraph of its own, on two pages of three lines.
  const lines = ['Alpha report', 'Bravo line', 'Charlie end', 'Delta start', 'Echo middle', 'Foxtrot last'];
  const result = await importBytes(minimalPdf(lines, 3), 'lines.pdf');
  lines.forEach((line, i) => {
    const at = result.text.indexOf(line);
    assert.ok(at >= 0, line);
    assert.deepEqual(sourcePlaceAt(result.anchors, at + 2), { page: Math.floor(i / 3) + 1, line: (i % 3) + 1 }, line);
  });
});

test('a web page gives its article paragraphs and table rows as the reader counts them (hidden rows not counted)', () => {
  const page = `<html><body><div class="nav"><a href="/">首页</a></div><div class="article">
    <p>某县人民政府2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本县主动公开信息100条。</p>
    <table><tr><td>信息内容</td><td>本年制发件数</td><td>现行有效件数</td></tr>
    <tr style="display:none"><td>隐藏</td><td>9</td><td>9</td></tr>
    <tr><td>规章</td><td>0</td><td>1</td></tr><tr><td>行政规范性文件</td><td>3</td><td>8</td></tr></table>
    <p>二、结尾</p></div></body></html>`;
  const { text, anchors } = htmlToTextWithAnchors(page);
  const at = (s: string) => sourcePlaceAt(anchors, text.indexOf(s));
  assert.deepEqual(at('一、总体情况'), { paragraph: 2 });
  assert.deepEqual(at('本县主动公开'), { paragraph: 3 });
  assert.deepEqual(at('| 规章'), { table: 1, row: 2 });
  assert.deepEqual(at('| 行政规范性文件'), { table: 1, row: 3 });
  assert.deepEqual(at('二、结尾'), { paragraph: 4 });
});

sharedTest('check on a published PDF says where each finding was: text suffix, JSON `source`, SARIF property', () => {
  const zh = check('--lang', 'zh', HONGZE);
  // 正文 "…受理政府信息公开申请 17 件" is on page 1, line 24 of the PDF (pdftotext agrees).
  assert.match(zh.stdout, /prose-table-mismatch .*（原文第1页第24行）$/m);
  assert.match(zh.stdout, /table-label .*（原文第3页第\d+行，第\d+个表格第\d+行）$/m);
  assert.match(check('--lang', 'en', HONGZE).stdout, /prose-table-mismatch .* \(source: page 1, line 24\)$/m);
  const json = JSON.parse(check('--format', 'json', HONGZE).stdout);
  const diagnostics = json.files[0].diagnostics as Array<{ ruleId: string; source?: Record<string, number> }>;
  assert.deepEqual(diagnostics.find((d) => d.ruleId === 'prose-table-mismatch')?.source, { page: 1, line: 24 });
  assert.ok(diagnostics.every((d) => d.source && d.source.page >= 1));
  const log = JSON.parse(check('--format', 'sarif', HONGZE).stdout) as { runs: Array<{ results: unknown[] }> };
  const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, formats: { uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i, 'uri-reference': /^[^\s]*$/, 'date-time': true } });
  const validate = ajv.compile(schema);
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const results = (log as { runs: Array<{ results: unknown[] }> }).runs[0].results as Array<{ ruleId: string; properties: { source?: unknown } }>;
  assert.deepEqual(results.find((r) => r.ruleId === 'prose-table-mismatch')?.properties.source, { page: 1, line: 24 });
});

test('plain text files get no source: the text is the original', () => {
  const r = check('--format', 'json', path.join(root, 'examples', fs.readdirSync(path.join(root, 'examples')).find((f) => f.endsWith('.md'))!));
  const diagnostics = JSON.parse(r.stdout).files[0].diagnostics as Array<{ source?: unknown }>;
  assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.source === undefined));
});
