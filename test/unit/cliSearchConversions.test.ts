// The folder search with workers: documents (web pages, Word files, PDFs) are converted elsewhere, all of a
// folder's at once, and each conversion goes with the file's check instead of being made again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeFile } from '../../cli/src/analyze';
import { expandPaths, takeConverted, type ReadReport } from '../../cli/src/files';

const root = path.join(__dirname, '..', '..');
const example = fs.readdirSync(path.join(root, 'examples')).find((f) => /\.md$/.test(f) && f !== 'README.md')!;
const reportText = fs.readFileSync(path.join(root, 'examples', example), 'utf8');

function withFolder(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-search-'));
  fs.writeFileSync(path.join(dir, 'a.html'), '<p>x</p>');
  fs.writeFileSync(path.join(dir, 'b.docx'), 'x');
  fs.writeFileSync(path.join(dir, 'c.html'), '<p>x</p>');
  fs.writeFileSync(path.join(dir, 'd.md'), reportText);
  return fn(dir).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
}

test('the documents found are converted elsewhere, all started before the first is answered, each once', async () => {
  await withFolder(async (dir) => {
    const asked: string[] = [];
    const answers = new Map<string, (r: ReadReport) => void>();
    const convert = (file: string) => {
      asked.push(path.basename(file));
      return new Promise<ReadReport>((resolve) => answers.set(path.basename(file), resolve));
    };
    const found: string[] = [];
    const search = expandPaths([dir], (f) => found.push(path.basename(f)), convert);
    // The search waits for a.html's answer; by then it has asked for all three.
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(asked, ['a.html', 'b.docx', 'c.html']);
    answers.get('c.html')!({ text: reportText, truncated: false });
    answers.get('b.docx')!({ notChecked: 'broken' });
    answers.get('a.html')!({ text: '会议记录\n今天讨论了网站改版。', truncated: false });
    const { files, skipped, errors } = await search;
    assert.deepEqual(asked.length, 3);
    assert.deepEqual(files.map((f) => path.basename(f)), ['c.html', 'd.md']);
    assert.deepEqual(found, ['c.html', 'd.md']);
    assert.deepEqual(skipped.map((f) => path.basename(f)), ['a.html']);
    assert.deepEqual(errors.map((e) => [path.basename(e.path), e.message]), [['b.docx', 'broken']]);
    // The report's conversion is kept for its check, handed over once; the others' are not kept.
    assert.equal((takeConverted(path.join(dir, 'c.html')) as { text: string }).text, reportText);
    assert.equal(takeConverted(path.join(dir, 'c.html')), undefined);
    assert.equal(takeConverted(path.join(dir, 'a.html')), undefined);
    assert.equal(takeConverted(path.join(dir, 'b.docx')), undefined);
  });
});

test('without a converter elsewhere, the search converts on this thread and asks nobody', async () => {
  await withFolder(async (dir) => {
    const { files, skipped, errors } = await expandPaths([dir]);
    // '<p>x</p>' is no report; the .docx is not a zip file.
    assert.deepEqual(files.map((f) => path.basename(f)), ['d.md']);
    assert.deepEqual(skipped.map((f) => path.basename(f)), ['a.html', 'c.html']);
    assert.deepEqual(errors.map((e) => path.basename(e.path)), ['b.docx']);
  });
});

test('a file checked with its conversion given is not read again', async () => {
  const missing = path.join(os.tmpdir(), 'nianbao-no-such-dir', '报告.html');
  const result = await analyzeFile(missing, {}, { text: reportText, truncated: false });
  assert.equal(result.notChecked, undefined);
  assert.ok(result.reports.length >= 1);
  assert.ok(result.findings.length > 0);
  // Without it, the missing file is not checked.
  assert.notEqual((await analyzeFile(missing, {})).notChecked, undefined);
});
