// `nianbao export`: the bundled CLI writes a Word file that imports back with the report's tables, next to
// the report by default; it never overwrites the report itself and needs exactly one file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core';
import { docxImporter } from '../../server/src/import/docx';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const example = path.join(root, 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

test('nianbao export writes a Word file next to the report (or to -o) that imports back with its national tables', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-export-'));
  try {
    const copy = path.join(dir, '报告.md');
    fs.copyFileSync(example, copy);
    const next = run('export', copy);
    assert.equal(next.status, 0, next.stderr);
    assert.match(next.stderr, /已导出 .*报告\.docx/);
    const out = path.join(dir, 'out.docx');
    const named = run('export', copy, '-o', out);
    assert.equal(named.status, 0, named.stderr);
    // The two files differ only in their time stamps.
    const text = (await docxImporter.convert(fs.readFileSync(out), 'out.docx')).text;
    assert.equal((await docxImporter.convert(fs.readFileSync(path.join(dir, '报告.docx')), '报告.docx')).text, text);
    const doc = parseDocument(text);
    assert.deepEqual(doc.tables.map((t) => t.national?.id), ['A', 'A', 'A', 'A', 'B', 'C']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('nianbao export refuses to overwrite the report, a missing file, and no file or two files', () => {
  const self = run('export', example, '-o', example);
  assert.equal(self.status, 2);
  assert.match(self.stderr, /不能覆盖报告本身/);
  assert.equal(run('export', path.join(os.tmpdir(), 'no-such-report.md')).status, 2);
  assert.equal(run('export').status, 2);
  assert.match(run('export', example, example).stderr, /export 只接受一个报告文件/);
  assert.match(run('check', '-o', 'x.docx', example).stderr, /unknown option "-o"/);
});
