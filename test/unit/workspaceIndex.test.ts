// The parts of the workspace index that need no server: glob patterns as VS Code writes them, the file filter,
// a folder's settings, indexing one file on the server's thread, and the hook for set-level checks.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { globToRegExp } from '../../server/src/lsp/workspace/glob';
import { filterOf, scanFolder } from '../../server/src/lsp/workspace/scan';
import { folderSettingsOf } from '../../server/src/lsp/workspace/workspaceIndex';
import { IndexRunner } from '../../server/src/lsp/workspace/indexRunner';
import { runCrossChecks, setCrossChecks } from '../../server/src/lsp/workspace/crossChecks';
import type { IndexedFile } from '../../server/src/lsp/workspace/indexFile';
import { packDiagnostics, samePacked, unpackDiagnostics } from '../../server/src/lsp/workspace/packedDiagnostics';
import { readExamples } from './fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-index-unit-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const [, government] = readExamples().find(([name]) => name.includes('人民政府2024'))!;
const [, department] = readExamples().find(([name]) => name.includes('自然资源局2017'))!;

test('glob patterns: ** spans folders, * and ? stay in one name, {a,b} and [..] choose, a folder pattern covers what is under it', () => {
  const cases: Array<[string, string, boolean]> = [
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'a/b/c.md', true],
    ['*.md', 'a/b.md', false],
    ['drafts/**', 'drafts/x/y.txt', true],
    ['drafts/**', 'old/drafts/y.txt', false],
    ['**/drafts', 'old/drafts/y.txt', true],
    ['**/skip', 'skip/y.txt', true],
    ['r?.txt', 'r1.txt', true],
    ['r?.txt', 'r12.txt', false],
    ['**/*.{txt,md}', 'x/y.md', true],
    ['**/*.{txt,md}', 'x/y.nianbao', false],
    ['[ab]*.txt', 'b1.txt', true],
    ['[!ab]*.txt', 'b1.txt', false],
    ['2024年报.md', '2024年报.md', true],
    ['a.b', 'axb', false],
  ];
  for (const [glob, p, expected] of cases) assert.equal(globToRegExp(glob).test(p), expected, `${glob} ~ ${p}`);
});

test('the file filter: report extensions only, never hidden folders or node_modules, include narrows, exclude wins', () => {
  const all = filterOf({ include: [], exclude: [] });
  assert.equal(all('a/report.TXT'), true);
  assert.equal(all('a/report.pdf'), false);
  assert.equal(all('.git/report.md'), false);
  assert.equal(all('node_modules/x/report.md'), false);
  const narrowed = filterOf({ include: ['reports/**'], exclude: ['reports/old/**'] });
  assert.equal(narrowed('reports/2024.md'), true);
  assert.equal(narrowed('notes/2024.md'), false);
  assert.equal(narrowed('reports/old/2019.md'), false);
});

test('a folder’s settings: defaults on, files.exclude entries only when true, nianbao.* read as the configuration', () => {
  const none = folderSettingsOf(null, undefined);
  assert.deepEqual([none.enabled, none.problemsForClosedFiles, none.include, none.exclude], [true, true, [], []]);
  const s = folderSettingsOf(
    { era: '2021', maxDiagnostics: 5, workspace: { enabled: false, problemsForClosedFiles: false, include: ['a/**', 3], exclude: ['b/**'] } },
    { '**/.git': true, '**/keep': false, '**/*.js': { when: '$(basename).ts' } },
  );
  assert.deepEqual([s.enabled, s.problemsForClosedFiles, s.include, s.exclude, s.limit], [false, false, ['a/**'], ['b/**', '**/.git'], 5]);
  assert.equal(s.config.era, '2021');
});

test('the walk finds report files in name order, pruning excluded folders', async () => {
  const root = path.join(dir, 'walk');
  for (const rel of ['b/2.md', 'a/1.txt', 'a/skip/3.md', '.hidden/4.md', 'a/5.pdf']) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), 'x');
  }
  const found = await scanFolder(root, { include: [], exclude: ['**/skip'] }, () => false, () => assert.fail('no unreadable folder'));
  assert.deepEqual(found.map((f) => path.relative(root, f).split(path.sep).join('/')), ['a/1.txt', 'b/2.md']);
});

test('without the worker file, files are indexed on this thread: a report with its issuer, year and findings; a non-report not', async () => {
  const report = path.join(dir, 'dept.txt');
  const notes = path.join(dir, 'notes.md');
  fs.writeFileSync(report, department);
  fs.writeFileSync(notes, '会议记录\n');
  const runner = new IndexRunner(path.join(dir, 'no-such-worker.js'), 2);
  const job = { settings: {}, limit: 1000, lang: 'zh' as const };
  const indexed = (await runner.index({ uri: pathToFileURL(report).href, ...job })) as IndexedFile;
  assert.equal(indexed.reports[0].year, 2017);
  assert.match(indexed.reports[0].issuer ?? '', /青禾县自然资源局/);
  const diagnostics = unpackDiagnostics(indexed.diagnostics);
  assert.ok(diagnostics.some((d) => d.code === 'date-format'));
  assert.equal(indexed.counts.error, diagnostics.filter((d) => d.severity === 1).length);
  const skipped = await runner.index({ uri: pathToFileURL(notes).href, ...job });
  assert.ok('notIndexed' in skipped);
});

test('index workers: release() ends the idle ones at once; the next file starts a worker again and is indexed the same', async (t) => {
  const bundle = path.join(__dirname, '..', '..', 'dist', 'server.js');
  if (!fs.existsSync(bundle)) return t.skip('dist/server.js is not built');
  const report = path.join(dir, 'release.txt');
  fs.writeFileSync(report, department);
  const runner = new IndexRunner(bundle, 2);
  const job = { uri: pathToFileURL(report).href, settings: {}, limit: 1000, lang: 'zh' as const };
  try {
    const first = (await runner.index(job)) as IndexedFile;
    assert.equal(runner.workerCount, 1);
    await runner.release();
    assert.equal(runner.workerCount, 0, 'no worker left once released');
    const again = (await runner.index(job)) as IndexedFile;
    assert.equal(runner.workerCount, 1, 'a worker started again for the next file');
    assert.deepEqual(again, first);
    assert.ok(unpackDiagnostics(first.diagnostics).length > 0);
  } finally {
    runner.dispose();
  }
});

test('set-level checks: the hook gets every file with its parse, and its findings become diagnostics on the right file', () => {
  const a = path.join(dir, 'a2024.md');
  const b = path.join(dir, 'b2017.txt');
  fs.writeFileSync(a, government);
  fs.writeFileSync(b, department);
  const files = [a, b].map((f) => ({ uri: pathToFileURL(f).href, settings: {} }));
  assert.deepEqual(runCrossChecks({ files, lang: 'zh' }), [], 'no hook, nothing');
  let seen: Array<number | undefined> = [];
  setCrossChecks((entries) => {
    seen = entries.map((e) => e.doc.reports[0].year);
    const later = entries.find((e) => e.doc.reports[0].year === 2024)!;
    const title = later.doc.reports[0].title!;
    return new Map([[later.uri, [{ ruleId: 'test-set', severity: 'warning', start: title.start, end: title.end, message: { zh: '跨年度', en: 'across years' } }]]]);
  });
  try {
    const out = runCrossChecks({ files, lang: 'en' });
    assert.deepEqual(seen, [2024, 2017]);
    assert.equal(out.length, 1);
    const [uri, packed] = out[0];
    const diagnostics = unpackDiagnostics(packed);
    assert.equal(uri, files[0].uri);
    assert.equal(diagnostics[0].message, 'across years');
    assert.deepEqual(diagnostics[0].range.start, { line: 0, character: 0 });
  } finally {
    setCrossChecks(undefined);
  }
});

test('packed diagnostics: unpacked as their JSON gives them (what the client receives), compared by their bytes', () => {
  const diagnostics = [
    { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } }, severity: 2 as const, code: 'table-sum', source: 'nianbao', message: '合计与分项之和不符',
      codeDescription: { href: 'file:///docs/rules/table-sum.md' }, relatedInformation: [{ location: { uri: 'file:///a.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, message: '分项' }] },
    { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } }, severity: 1 as const, code: 'blank-cell', source: 'nianbao', message: 'x'.repeat(3000) },
  ];
  const packed = packDiagnostics(diagnostics);
  assert.ok(packed instanceof Uint8Array && packed.length < JSON.stringify(diagnostics).length / 4, 'smaller than the JSON');
  assert.equal(JSON.stringify(unpackDiagnostics(packed)), JSON.stringify(diagnostics));
  assert.deepEqual(unpackDiagnostics(packDiagnostics([])), []);
  assert.deepEqual(unpackDiagnostics(undefined), []);
  assert.ok(samePacked(packed, packDiagnostics(JSON.parse(JSON.stringify(diagnostics)))));
  assert.ok(!samePacked(packed, packDiagnostics(diagnostics.slice(1))));
  assert.ok(samePacked(undefined, packDiagnostics([])));
  assert.ok(!samePacked(undefined, packed));
});
