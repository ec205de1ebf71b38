// The `nianbao` command as a user runs it: the bundled dist/cli.js in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SHARED, listShared, readShared } from './fixtures';
import { parseDocument } from '../../server/src/core';
import { describeDocument } from '../../server/src/core/describe';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

function run(...args: string[]) {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('check --format json gives the stable shape for every seed and corpus file', () => {
  const r = run('check', '--format', 'json', path.join(SHARED, 'seeds'), path.join(SHARED, 'corpus'));
  // Exit code 1: the seeds hold real error-level findings (seed 001's 第四篇 lacks required sections).
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.version, 1);
  const names = out.files.map((f: { path: string }) => path.basename(f.path)).sort();
  // The folder walk goes into corpus/more: every one of its reports is checked, those without a title line too.
  const more = fs.readdirSync(path.join(SHARED, 'corpus', 'more')).filter((f) => f.endsWith('.md') && f !== 'INDEX.md');
  assert.equal(more.length, 35);
  assert.deepEqual(names, [...listShared('seeds'), ...listShared('corpus'), ...more].sort());
  const seed001 = out.files.find((f: { path: string }) => f.path.endsWith('001_e0f2844ddd246cd5.txt'));
  assert.equal(seed001.reports.length, 5);
  assert.deepEqual(seed001.reports[2], {
    title: '绵阳市环境保护局2012政府信息公开工作总结',
    year: 2012,
    era: 'legacy',
    kind: 'department',
    range: { start: { line: 105, character: 0 }, end: { line: 154, character: 9 } },
  });
  const huaian = out.files.find((f: { path: string }) => f.path.endsWith('2024_huaian_shizhengfu_1.md'));
  assert.equal(huaian.reports[0].kind, 'government');
  assert.equal(huaian.reports[0].era, '2021');
  assert.deepEqual(huaian.diagnostics, []);
  // INDEX.md in the corpus folder describes the reports; it is not one, so it is skipped and said so.
  assert.match(r.stderr, /INDEX\.md/);
  const skipped = /skipped \d+ file\(s\) that do not look like reports: (.*)/.exec(r.stderr)?.[1].split(', ') ?? [];
  assert.ok(skipped.length > 0 && skipped.every((f) => path.basename(f) === 'INDEX.md'), r.stderr);
});

test('check in text form prints path:line:col severity rule-id message, 1-based', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cli-'));
  const file = path.join(dir, 'report.md');
  fs.writeFileSync(file, '某局2024年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n| 本年新收 | 予以公开 |\n|---|---|\n| 上年结转 | 1 |\n');
  const r = run('check', file);
  // The fragment also lacks most required sections (missing-section errors, exit code 1); this test is about the line format.
  assert.equal(r.code, 1);
  const unreadable = r.stdout.trim().split('\n').filter((l) => / table-unreadable /.test(l));
  assert.equal(unreadable.length, 1);
  assert.match(unreadable[0], new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:1 warning table-unreadable `));
  const en = run('check', '--lang', 'en', file);
  assert.match(en.stdout, /looks like one of the national statistics tables/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('exit code 2 and a message on stderr for bad usage and unreadable input; other files are still checked', () => {
  const missing = run('check', 'no-such-file.txt', path.join(SHARED, 'seeds', '000_a1f73ad27e92e238.txt'), '--format', 'json');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no-such-file\.txt/);
  assert.equal(JSON.parse(missing.stdout).files.length, 1);
  const badFlag = run('check', '--format', 'xml', 'x.txt');
  assert.equal(badFlag.code, 2);
  assert.match(badFlag.stderr, /--format/);
  assert.equal(run('frobnicate').code, 2);
  assert.equal(run('check').code, 2);
  assert.equal(run('--help').code, 0);
});

test('outline shows reports, headings and recognized tables', () => {
  const r = run('outline', path.join(SHARED, 'corpus', '2024_hongze_quzhengfu_1.md'));
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /年份: 2024 \(来自标题\) · 格式: 2021年格式 \(来自年份\) · 类别: 人民政府 \(来自发文机关\)/);
  assert.match(r.stdout, /L50 +三、收到和处理政府信息公开申请情况/);
  assert.match(r.stdout, /表三（收到和处理政府信息公开申请情况） \(2019年试行格式\)/);
  assert.match(r.stdout, /一 × 总计 = 95/);
  assert.match(r.stdout, /"2\.其他法律行政止公开" ≈ 2\.其他法律行政法规禁止公开/);
  const seeds = run('outline', path.join(SHARED, 'seeds'));
  assert.equal(seeds.code, 0);
  assert.equal((seeds.stdout.match(/^报告 \d/gm) ?? []).length, 9);
});

test('outline prints exactly the core description (the editor shows the same text)', () => {
  const name = listShared('seeds').find((f) => f.startsWith('001'))!;
  const file = path.join(SHARED, 'seeds', name);
  for (const lang of ['zh', 'en'] as const) {
    const r = run('outline', '--lang', lang, file);
    assert.equal(r.code, 0, r.stderr);
    const description = describeDocument(parseDocument(readShared('seeds', name)), lang);
    assert.match(description, /2009/);
    assert.equal(r.stdout, `== ${file}\n${description}\n`);
  }
});
