// The `nianbao` command as a user runs it: the bundled dist/cli.js in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SHARED, listShared, readExamples, readShared, sharedTest } from './fixtures';
import { parseDocument } from '../../server/src/core';
import { describeDocument } from '../../server/src/core/describe';
import iconv from 'iconv-lite';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const EXAMPLE_FILES = readExamples().map(([name]) => path.join(root, 'examples', name));

function run(...args: string[]) {
  return runWith({}, ...args);
}

/** Runs the CLI with extra spawn options; a CLI that blocks is killed after 20 s (status null). */
function runWith(options: { uid?: number; gid?: number }, ...args: string[]) {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
  // Another user may not enter the checkout (a clone inside a mode-700 folder): run a copy of the bundle from a
  // folder everyone can read.
  let bin = cli;
  let cwd = root;
  if (options.uid !== undefined) {
    cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cli-bin-'));
    fs.chmodSync(cwd, 0o755);
    bin = path.join(cwd, 'cli.js');
    fs.copyFileSync(cli, bin);
    fs.chmodSync(bin, 0o644);
  }
  try {
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, timeout: 20_000, maxBuffer: 64 * 1024 * 1024, ...options });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    if (cwd !== root) fs.rmSync(cwd, { recursive: true, force: true });
  }
}

sharedTest('check --format json gives the stable shape for every seed and corpus file', () => {
  const r = run('check', '--format', 'json', path.join(SHARED, 'seeds'), path.join(SHARED, 'corpus'));
  // Exit code 1: the seeds hold real error-level findings (seed 001's 第四篇 lacks required sections).
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.version, 1);
  const names = out.files.map((f: { path: string }) => path.basename(f.path)).sort();
  // The folder walk goes into corpus/more: every one of its reports is checked, those without a title line too.
  const more = fs.readdirSync(path.join(SHARED, 'corpus', 'more')).filter((f) => f.endsWith('.md') && f !== 'INDEX.md');
  assert.equal(more.length, 35);
  // …and into corpus/native, where the saved web page, the PDFs and the Word template are converted and checked.
  const native = fs.readdirSync(path.join(SHARED, 'corpus', 'native')).filter((f) => /\.(html?|pdf|docx)$/.test(f));
  assert.equal(native.length, 4);
  assert.deepEqual(names, [...listShared('seeds'), ...listShared('corpus'), ...more, ...native].sort());
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
  // Clean; but its PDF in corpus/native is the same issuer's report of the same year, so the cross-year pass
  // says it cannot tell which to compare with last year's (information), and guesses nothing.
  assert.deepEqual(huaian.diagnostics.map((d: { ruleId: string; severity: string }) => [d.ruleId, d.severity]), [['cross-year-ambiguity', 'information']]);
  assert.match(huaian.diagnostics[0].message, /2024_huaian_shizhengfu\.pdf/);
  // INDEX.md in the corpus folder describes the reports; it is not one, so it is skipped and said so.
  assert.match(r.stderr, /INDEX\.md/);
  const skipped = /skipped \d+ file\(s\) that do not look like reports: (.*)/.exec(r.stderr)?.[1].split(', ') ?? [];
  assert.ok(skipped.length > 0 && skipped.every((f) => path.basename(f) === 'INDEX.md'), r.stderr);
});

test('check --format json on the examples: one entry per file with its reports and findings', () => {
  const r = run('check', '--format', 'json', ...EXAMPLE_FILES);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.version, 1);
  assert.deepEqual(out.files.map((f: { path: string }) => f.path), EXAMPLE_FILES);
  const [gov, dept] = out.files;
  assert.deepEqual(gov.reports.map((x: { year: number; era: string; kind: string }) => [x.year, x.era, x.kind]), [[2024, '2021', 'government']]);
  assert.deepEqual(dept.reports.map((x: { year: number; era: string; kind: string }) => [x.year, x.era, x.kind]), [[2017, 'legacy', 'department']]);
  assert.equal(gov.reports[0].range.start.line, 0);
  const d = gov.diagnostics.find((x: { ruleId: string }) => x.ruleId === 'doc-number-brackets');
  assert.deepEqual(Object.keys(d).sort(), ['message', 'range', 'ruleId', 'severity']);
  assert.equal(d.range.start.line, 2, 'line 3 of the file, 0-based');
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
  const missing = run('check', 'no-such-file.txt', EXAMPLE_FILES[1], '--format', 'json');
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

sharedTest('outline shows reports, headings and recognized tables', () => {
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

/** `nianbao outline` prints the file name and exactly describeDocument's text, in both languages. */
function assertOutlineIsDescription(file: string, text: string, year: RegExp): void {
  for (const lang of ['zh', 'en'] as const) {
    const r = run('outline', '--lang', lang, file);
    assert.equal(r.code, 0, r.stderr);
    const description = describeDocument(parseDocument(text), lang);
    assert.match(description, year);
    assert.equal(r.stdout, `== ${file}\n${description}\n`);
  }
}

test('outline prints exactly the core description (the editor shows the same text): the examples', () => {
  assertOutlineIsDescription(EXAMPLE_FILES[0], fs.readFileSync(EXAMPLE_FILES[0], 'utf8'), /2024/);
  assertOutlineIsDescription(EXAMPLE_FILES[1], fs.readFileSync(EXAMPLE_FILES[1], 'utf8'), /2017/);
});

sharedTest('outline prints exactly the core description (the editor shows the same text): seed 001, five reports', () => {
  const name = listShared('seeds').find((f) => f.startsWith('001'))!;
  assertOutlineIsDescription(path.join(SHARED, 'seeds', name), readShared('seeds', name), /2009/);
});

// ---- no silent pass: every file named or found is checked, or named on stderr with the reason (exit 2) ----

// A small report the project wrote, complete, with one warning and no error (exit code 0).
const WARNINGS_ONLY = path.join(root, 'test', 'fixtures', 'warnings-only.txt');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function scratchDir(t: { after(fn: () => void): void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cli-'));
  t.after(() => {
    // A folder made unreadable by a test is made removable again.
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) fs.chmodSync(path.join(dir, e.name), 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

test('exit codes: 0 for a report with warnings only, 1 with an error, 2 when a file is not checked (2 wins over 1)', () => {
  const warnings = run('check', '--format', 'json', WARNINGS_ONLY);
  assert.equal(warnings.code, 0, warnings.stderr);
  const severities = JSON.parse(warnings.stdout).files[0].diagnostics.map((d: { severity: string }) => d.severity);
  assert.ok(severities.length > 0 && !severities.includes('error'), `the fixture has warnings only: ${severities}`);
  const withError = EXAMPLE_FILES[1]; // the 2017 example lacks a required part: an error
  assert.equal(run('check', withError).code, 1);
  assert.equal(run('check', withError, 'no-such-file.txt').code, 2);
});

/** The same report in the encodings Windows and WPS save text in, made from the UTF-8 original with iconv-lite. */
const ENCODED_COPIES: Array<[string, (text: string) => Buffer]> = [
  ['gbk', (text) => iconv.encode(text, 'gbk')],
  ['gb18030', (text) => iconv.encode(text, 'gb18030')],
  ['utf16le-bom', (text) => iconv.encode(text, 'utf-16le', { addBOM: true })],
  ['utf16be-bom', (text) => iconv.encode(text, 'utf-16be', { addBOM: true })],
  ['utf16le', (text) => iconv.encode(text, 'utf-16le')],
  ['utf16be', (text) => iconv.encode(text, 'utf-16be')],
  ['utf8-bom', (text) => Buffer.from(`\ufeff${text}`)],
];

/** The diagnostics of `check --format json` on each file, in order, and the exit code. */
function diagnosticsOf(...files: string[]) {
  const r = run('check', '--format', 'json', ...files);
  return { code: r.code, stderr: r.stderr, diagnostics: JSON.parse(r.stdout).files.map((f: { diagnostics: unknown }) => f.diagnostics) };
}

sharedTest('a seed saved as GBK, GB18030 or UTF-16 (with or without a byte-order mark) gives the same findings as the UTF-8 original, named or found in a folder', (t) => {
  const dir = scratchDir(t);
  const original = path.join(SHARED, 'seeds', listShared('seeds').find((f) => f.startsWith('002'))!);
  const text = fs.readFileSync(original, 'utf8');
  assert.equal(iconv.decode(iconv.encode(text, 'gbk'), 'gbk'), text, 'every character of the seed is in GBK: the GBK copy is the same report');
  const expected = diagnosticsOf(original);
  assert.ok(expected.diagnostics[0].length > 0, 'the seed has findings to compare');
  const copies = ENCODED_COPIES.map(([name, encode]) => {
    const file = path.join(dir, `${name}.txt`);
    fs.writeFileSync(file, encode(text));
    return file;
  });
  assert.notDeepEqual(fs.readFileSync(copies[0]), fs.readFileSync(original), 'the GBK copy is not UTF-8');
  for (const file of copies) {
    const copy = diagnosticsOf(file);
    assert.equal(copy.code, expected.code, `${file}: ${copy.stderr}`);
    assert.deepEqual(copy.diagnostics, expected.diagnostics, path.basename(file));
  }
  // Found in a folder, each copy is recognised as a report and checked. Together they are six reports of one
  // issuer and year, which the cross-year pass says it cannot pair (cross-year-ambiguity): set aside here.
  const walked = diagnosticsOf(dir);
  assert.equal(walked.diagnostics.length, copies.length, walked.stderr);
  for (const d of walked.diagnostics) {
    const own = d.filter((x: { message: string }) => !/跨年度检查/.test(x.message));
    assert.ok(own.length < d.length, 'the copies are named as the same issuer and year');
    assert.deepEqual(own, expected.diagnostics[0]);
  }
  assert.doesNotMatch(walked.stderr, /skipped|not checked/);
});

test('a GBK report the project wrote is checked like its UTF-8 original, also by outline', (t) => {
  const dir = scratchDir(t);
  const file = path.join(dir, 'gbk-report.txt');
  fs.writeFileSync(file, iconv.encode(fs.readFileSync(WARNINGS_ONLY, 'utf8'), 'gbk'));
  const copy = diagnosticsOf(file);
  assert.equal(copy.code, 0, copy.stderr);
  assert.deepEqual(copy.diagnostics, diagnosticsOf(WARNINGS_ONLY).diagnostics);
  const outline = run('outline', file);
  assert.equal(outline.code, 0, outline.stderr);
  assert.equal(outline.stdout.replace(/^== .*\n/, ''), run('outline', WARNINGS_ONLY).stdout.replace(/^== .*\n/, ''));
});

test('bytes in no encoding it reads are not checked: named, or found in a folder, the file is named on stderr and the exit code is 2', (t) => {
  const dir = scratchDir(t);
  const file = path.join(dir, 'latin1-report.txt');
  // Windows-1252 text: not UTF-8, not UTF-16, and not plausible GBK.
  fs.writeFileSync(file, iconv.encode('Rapport annuel 2023 — données publiques, café, élève, à côté.\n'.repeat(20), 'windows-1252'));
  for (const target of [file, dir]) {
    const r = run('check', '--format', 'json', target);
    assert.equal(r.code, 2, `${target}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`${escape(file)}: 无法识别字符编码.*unknown character encoding`));
    assert.deepEqual(JSON.parse(r.stdout).files, [], 'no findings are made up for a file that was not read');
    assert.doesNotMatch(r.stderr, /skipped 1 file/, 'not skipped as "not a report": it could not be read');
  }
  assert.equal(run('outline', file).code, 2);
  assert.equal(run('convert', file).code, 2);
});

sharedTest('a web page is checked like its text twin, named or found in a folder; convert writes the Markdown that check reads', (t) => {
  const dir = scratchDir(t);
  const page = path.join(SHARED, 'corpus', 'native', '2023_shuyang_fagaiju.html');
  fs.copyFileSync(page, path.join(dir, 'page.html'));
  const twin = path.join(SHARED, 'corpus', listShared('corpus').find((f) => f.startsWith('2023_shuyang_fagaiju'))!);
  const messages = (diagnostics: Array<{ ruleId: string; message: string }>) => diagnostics.map((d) => `${d.ruleId} ${d.message}`);
  const expected = diagnosticsOf(twin);
  for (const target of [page, dir]) {
    const r = diagnosticsOf(target);
    assert.equal(r.code, expected.code, r.stderr);
    assert.deepEqual(r.diagnostics.map(messages), expected.diagnostics.map(messages));
  }
  // convert to stdout and to a file: the same text, and checking it gives exactly the page's findings.
  const md = path.join(dir, 'page.md');
  const toFile = run('convert', page, '-o', md);
  assert.equal(toFile.code, 0, toFile.stderr);
  assert.equal(toFile.stdout, '');
  const toStdout = run('convert', page);
  assert.equal(toStdout.code, 0, toStdout.stderr);
  assert.equal(toStdout.stdout, fs.readFileSync(md, 'utf8'));
  assert.match(toStdout.stdout, /^沭阳县发展和改革局2023年政府信息公开年度报告\n/);
  // The page's findings also say where they were in the page (`source`, optional); otherwise they are the same.
  const fromPage = diagnosticsOf(page).diagnostics as Array<Array<{ source?: unknown }>>;
  assert.ok(fromPage[0].length > 0 && fromPage[0].every((d) => d.source !== undefined));
  assert.deepEqual(diagnosticsOf(md).diagnostics, fromPage.map((ds) => ds.map(({ source: _, ...rest }) => rest)));
});

test('convert: a GBK text file becomes UTF-8; a page that cannot be converted, or bad usage, exits 2', (t) => {
  const dir = scratchDir(t);
  const gbkFile = path.join(dir, 'gbk.txt');
  fs.writeFileSync(gbkFile, iconv.encode(fs.readFileSync(WARNINGS_ONLY, 'utf8'), 'gbk'));
  const r = run('convert', gbkFile);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, fs.readFileSync(WARNINGS_ONLY, 'utf8').replace(/\n?$/, '\n'));
  const empty = path.join(dir, 'empty.html');
  fs.writeFileSync(empty, '<html><body><script>var a = 1;</script></body></html>');
  const e = run('convert', empty);
  assert.equal(e.code, 2);
  assert.match(e.stderr, new RegExp(`${escape(empty)}: 网页中没有找到正文.*no article text`));
  assert.equal(run('check', empty).code, 2);
  assert.equal(run('convert').code, 2);
  assert.equal(run('convert', gbkFile, gbkFile).code, 2);
  assert.equal(run('convert', gbkFile, '-o').code, 2);
});

test('binary content is not checked: exit 2', (t) => {
  const dir = scratchDir(t);
  const file = path.join(dir, 'binary.txt');
  fs.writeFileSync(file, Buffer.concat([Buffer.from('某局2024年政府信息公开工作年度报告\n'), Buffer.alloc(4096)]));
  const r = run('check', file);
  assert.equal(r.code, 2);
  assert.match(r.stderr, new RegExp(`${escape(file)}: 不是文本文件（含有二进制内容）`));
});

test('a FIFO, named or in a folder, and /dev/zero are refused at once, not read (the CLI neither blocks nor grows)', (t) => {
  const dir = scratchDir(t);
  const fifo = path.join(dir, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  fs.copyFileSync(WARNINGS_ONLY, path.join(dir, 'report.txt'));
  for (const args of [[fifo], [dir], ['/dev/zero']]) {
    const r = run('check', '--format', 'json', ...args);
    assert.equal(r.code, 2, `${args}: ${r.stderr}`);
    assert.match(r.stderr, /不是普通文件（(命名管道|设备)）.*not a regular file \((a FIFO|a device)\)/);
  }
  const inFolder = run('check', '--format', 'json', dir);
  assert.deepEqual(JSON.parse(inFolder.stdout).files.map((f: { path: string }) => path.basename(f.path)), ['report.txt'], 'the report beside the FIFO is checked');
  assert.match(inFolder.stderr, new RegExp(`${escape(fifo)}: 不是普通文件`));
});

test('a huge file is read only up to a bound: a 10 GB sparse file is answered at once, its beginning checked', (t) => {
  const dir = scratchDir(t);
  const file = path.join(dir, 'huge.txt');
  fs.writeFileSync(file, fs.readFileSync(WARNINGS_ONLY));
  fs.truncateSync(file, 10 * 1024 ** 3); // a hole of zeros after the report: no disk used
  const r = run('check', file);
  assert.match(r.stderr, new RegExp(`${escape(file)}: 文件大于 \\d+ MB，只读取了开头部分`));
  // What was read holds the zeros of the hole: binary, so not checked.
  assert.equal(r.code, 2, r.stderr);
});

test('a symbolic link to a report inside a folder is followed; a link back up the tree is walked once; a dangling one is named', (t) => {
  const dir = scratchDir(t);
  fs.symlinkSync(WARNINGS_ONLY, path.join(dir, 'linked.txt'));
  fs.symlinkSync(dir, path.join(dir, 'loop'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
  const clean = run('check', '--format', 'json', dir);
  assert.equal(clean.code, 0, clean.stderr);
  assert.deepEqual(JSON.parse(clean.stdout).files.map((f: { path: string }) => f.path), [path.join(dir, 'linked.txt')]);
  fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
  const dangling = run('check', '--format', 'json', dir);
  assert.equal(dangling.code, 2);
  assert.match(dangling.stderr, new RegExp(`${escape(path.join(dir, 'dangling.txt'))}: 文件不存在`));
  assert.equal(JSON.parse(dangling.stdout).files.length, 1);
});

test('an unreadable subfolder is named on stderr, the walk goes on, exit 2', (t) => {
  // Run as an unprivileged user when the tests run as root, for whom chmod 000 does not prevent reading.
  const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const dir = scratchDir(t);
  fs.chmodSync(dir, 0o755);
  const locked = path.join(dir, 'a-locked');
  fs.mkdirSync(locked);
  fs.copyFileSync(WARNINGS_ONLY, path.join(locked, 'hidden-report.txt'));
  fs.copyFileSync(WARNINGS_ONLY, path.join(dir, 'b-report.txt'));
  fs.chmodSync(path.join(dir, 'b-report.txt'), 0o644);
  fs.chmodSync(locked, 0o000);
  const r = runWith(user, 'check', '--format', 'json', dir);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, new RegExp(`${escape(locked)}: 无法读取文件夹，其中的文件未检查 .*permission denied`));
  assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => path.basename(f.path)), ['b-report.txt'], 'the walk went on');
});

test('README-like files found in a folder are skipped and named, without changing the exit code', (t) => {
  const dir = scratchDir(t);
  fs.copyFileSync(WARNINGS_ONLY, path.join(dir, 'report.txt'));
  fs.writeFileSync(path.join(dir, 'README.md'), '# 说明\n\n这里是年报。\n');
  const r = run('check', dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /skipped 1 file\(s\) that do not look like reports: .*README\.md/);
});

test('a FIFO named .nianbao.json is refused, not read: the reports beside it are checked, the CLI does not block', (t) => {
  const dir = scratchDir(t);
  execFileSync('mkfifo', [path.join(dir, '.nianbao.json')]);
  fs.copyFileSync(WARNINGS_ONLY, path.join(dir, 'report.txt'));
  const r = run('check', '--format', 'json', dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).files.length, 1);
  assert.match(r.stderr, /\.nianbao\.json: 无法读取配置 .*not a regular file \(a FIFO\)/);
});

test('check in text form ends with a summary line on stderr (stdout keeps only findings); JSON output has none', () => {
  const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => path.join('examples', f));
  const r = run('check', ...examples);
  assert.equal(r.code, 1, 'the examples hold deliberate errors');
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.every((l) => /^.+:\d+:\d+ (error|warning|information|hint) /.test(l)), 'stdout holds findings only');
  const count = (sev: string) => lines.filter((l) => l.split(' ')[1] === sev).length;
  const notes = count('information') + count('hint');
  assert.equal(r.stderr.trim().split('\n').at(-1), `检查了 ${examples.length} 份报告：${count('error')} 个错误，${count('warning')} 个警告${notes ? `，${notes} 条提示` : ''}`);
  const json = run('check', '--format', 'json', ...examples);
  assert.equal(json.stderr, '');
  assert.deepEqual(Object.keys(JSON.parse(json.stdout)), ['version', 'files']);
});

sharedTest('a clean run is not silence: "未发现问题" / "no problems found" on stderr, nothing on stdout', () => {
  const clean = path.join(SHARED, 'corpus', '2024_huaian_shizhengfu_1.md');
  const quiet = run('check', clean);
  assert.equal(quiet.code, 0);
  assert.equal(quiet.stdout, '', 'a clean report prints no finding');
  assert.equal(quiet.stderr.trim(), '检查了 1 份报告：未发现问题');
  assert.equal(run('check', '--lang', 'en', clean).stderr.trim(), 'Checked 1 report: no problems found');
});

test('check in text form with stdout and stderr in one pipe: the summary comes after every finding line', () => {
  // Over 64 KB of lines (a pipe's buffer), so that stdout is still being written when the summary is due.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-pipe-'));
  try {
    for (const [name, text] of readExamples()) for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(dir, `${i}-${name}`), text);
    const cliPath = path.join(__dirname, '..', '..', 'dist', 'cli.js');
    assert.ok(fs.existsSync(cliPath), `${cliPath} is missing: run \`npm run build\` first`);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cliPath}" check "${dir}" 2>&1 | cat`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(r.stdout.length > 100_000, `${r.stdout.length} characters`);
    assert.match(lines[lines.length - 1], /^检查了 \d+ 份报告/);
    for (const line of lines.slice(0, -1)) assert.ok(line.startsWith(dir), line);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
