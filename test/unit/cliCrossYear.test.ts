// `nianbao check <folder>` checks the reports of a folder together: the same issuer's consecutive years
// give carry-over and copied-text findings, as ordinary findings of the file they are in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lastYearOf } from './crossYearFixtures';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const EXAMPLE = '青禾县人民政府2024年政府信息公开工作年度报告.md';

function run(...args: string[]) {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding { ruleId: string; severity: string; range: { start: { line: number } }; message: string }

test('check <folder> with two consecutive years of one issuer adds carry-over and copied-text findings to this year\'s file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-crossyear-'));
  try {
    const text = fs.readFileSync(path.join(root, 'examples', EXAMPLE), 'utf8');
    // Last year's report: the same text a year earlier, with 四 = 4 + 1 = 5 where this year's 二 is 5 + 1 = 6.
    const last = lastYearOf(text, 2024).replace(/\| 四、结转下年度继续办理 \| 6 \| 2 \|[^\n]*/, '| 四、结转下年度继续办理 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |');
    fs.writeFileSync(path.join(dir, '青禾县人民政府2023年政府信息公开工作年度报告.md'), last);
    fs.writeFileSync(path.join(dir, EXAMPLE), text);
    const r = run('check', '--format', 'json', dir);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { version: number; files: Array<{ path: string; diagnostics: JsonFinding[] }> };
    assert.equal(out.version, 1);
    const thisYear = out.files.find((f) => f.path.endsWith(EXAMPLE))!;
    const lastYear = out.files.find((f) => !f.path.endsWith(EXAMPLE))!;
    const carry = thisYear.diagnostics.filter((d) => d.ruleId === 'carryover-mismatch');
    assert.deepEqual(carry.map((d) => d.severity), ['error', 'error'], JSON.stringify(carry));
    // The 二 row of this year's table (line 62), columns 自然人 (5 vs 4) and 总计 (6 vs 5), naming last year's line 85.
    assert.ok(carry.every((d) => d.range.start.line === 61));
    assert.match(carry[0].message, /“自然人”列：本年“二、上年结转”为 5，而上年报告（青禾县人民政府2023年报告，青禾县人民政府2023年政府信息公开工作年度报告\.md 第85行）“四、结转下年度继续办理”为 4/);
    assert.match(carry[1].message, /“总计”列.*为 6.*为 5/);
    const copied = thisYear.diagnostics.filter((d) => d.ruleId === 'copied-from-last-year' && d.severity === 'warning');
    assert.equal(copied.length, 1, JSON.stringify(copied));
    assert.match(copied[0].message, /句（100%）与上年报告（青禾县人民政府2023年报告）相同或几乎相同/);
    // Figures copied with their sentence are noted, one note per sentence.
    const figures = thisYear.diagnostics.filter((d) => d.ruleId === 'copied-from-last-year' && d.severity === 'information');
    assert.ok(figures.some((d) => d.range.start.line === 14 && /数字“132件”“6件”.*也与上年那句相同/.test(d.message)), JSON.stringify(figures));
    // The findings are in document order among the file's others.
    const lines = thisYear.diagnostics.map((d) => d.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
    // Last year's report is not compared with a year before it.
    assert.deepEqual(lastYear.diagnostics.filter((d) => /carryover|copied|pending|cross-year/.test(d.ruleId)), []);

    // The text form prints the same findings as ordinary lines.
    const t = run('check', '--lang', 'en', dir);
    assert.match(t.stdout, new RegExp(`${EXAMPLE.replace(/\./g, '\\.')}:62:\\d+ error carryover-mismatch Table 3, column 自然人`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('check on one file alone gives no finding across years', () => {
  const r = run('check', '--format', 'json', path.join(root, 'examples', EXAMPLE));
  const out = JSON.parse(r.stdout) as { files: Array<{ diagnostics: JsonFinding[] }> };
  assert.deepEqual(out.files[0].diagnostics.filter((d) => /carryover|copied|pending|cross-year/.test(d.ruleId)), []);
});

test('--jobs 2 checks the groups of issuers across years in the workers and gives the output of --jobs 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-crossyear-jobs-'));
  try {
    const text = fs.readFileSync(path.join(root, 'examples', EXAMPLE), 'utf8');
    const other = '青禾县自然资源局2017年政府信息公开工作年度报告.txt';
    const otherText = fs.readFileSync(path.join(root, 'examples', other), 'utf8');
    // Two issuers, each with two consecutive years, interleaved; then a third year of the first.
    fs.writeFileSync(path.join(dir, `1-${EXAMPLE}`), lastYearOf(text, 2024));
    fs.writeFileSync(path.join(dir, `2-${other}`), lastYearOf(otherText, 2017));
    fs.writeFileSync(path.join(dir, `3-${EXAMPLE}`), text);
    fs.writeFileSync(path.join(dir, `4-${other}`), otherText);
    fs.writeFileSync(path.join(dir, `5-${EXAMPLE}`), text.replace(/(?<!\d)(20\d\d)(?!\d)/g, (y) => (Number(y) >= 2023 && Number(y) <= 2025 ? String(Number(y) + 1) : y)));
    for (const max of [[], ['--max-findings', '5']]) {
      for (const format of ['json', 'text', 'sarif']) {
        const one = run('check', '--format', format, '--jobs', '1', ...max, dir);
        const two = run('check', '--format', format, '--jobs', '2', ...max, dir);
        assert.equal(two.stdout, one.stdout, `${format} ${max.join(' ')}`);
        assert.equal(two.stderr, one.stderr);
        assert.equal(two.code, one.code);
      }
    }
    const out = JSON.parse(run('check', '--format', 'json', '--jobs', '2', dir).stdout) as { files: Array<{ path: string; diagnostics: JsonFinding[] }> };
    const across = out.files.map((f) => f.diagnostics.filter((d) => /carryover|copied|pending|cross-year/.test(d.ruleId)).length);
    // Every later year is compared with the year before; the first years with nothing.
    assert.equal(across[0], 0);
    assert.equal(across[1], 0);
    assert.ok(across[2] > 0 && across[3] > 0 && across[4] > 0, JSON.stringify(across));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
