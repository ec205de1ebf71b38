// Format Document aligns pipe and tab tables by display width and changes nothing else: not a line outside
// the tables, not a cell's content (the tables parse to the same cells before and after).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, collectFindings, displayWidth, formatTables, parseDocument, type ReportDocument } from '../../server/src/core';
import { SHARED, sharedTest } from './fixtures';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

function format(text: string): string {
  return applyEdits(text, formatTables(parseDocument(text)));
}

function cellsOf(doc: ReportDocument): string[][] {
  return doc.tables.flatMap((t) => t.rows.filter((r) => !r.isDelimiter).map((r) => r.cells.map((c) => c.raw.trim())));
}

function tableLines(doc: ReportDocument): Set<number> {
  return new Set(doc.tables.flatMap((t) => t.rows.map((r) => r.line)));
}

/** Formatting `text`: only table lines change, every table keeps its cells, findings stay the same, and a second run changes nothing. */
function assertFormatsCleanly(name: string, text: string): number {
  const before = parseDocument(text);
  const formatted = format(text);
  const after = parseDocument(formatted);
  const lines = { before: text.split('\n'), after: formatted.split('\n') };
  assert.equal(lines.after.length, lines.before.length, `${name}: line count`);
  const inTables = tableLines(before);
  lines.before.forEach((l, i) => {
    if (!inTables.has(i)) assert.equal(lines.after[i], l, `${name}: line ${i + 1} is not in a table and must not change`);
  });
  assert.deepEqual(cellsOf(after), cellsOf(before), `${name}: cells`);
  const messages = (d: ReportDocument) => collectFindings(d).map((f) => `${f.ruleId} ${f.message.zh}`).sort();
  assert.deepEqual(messages(after), messages(before), `${name}: findings`);
  assert.equal(format(formatted), formatted, `${name}: formatting twice changes nothing`);
  return formatTables(before).length;
}

test('display width: a CJK or full-width character takes two columns, ASCII one', () => {
  assert.equal(displayWidth('规章'), 4);
  assert.equal(displayWidth('（一）予以公开'), 14);
  assert.equal(displayWidth('12'), 2);
  assert.equal(displayWidth('１２'), 4);
});

test('a pipe table is aligned by display width, delimiter alignment kept, nothing around it touched', () => {
  const text = '标题\n\n| 信息内容 | 本年制发件数 |x|\n|---|:---:|--|\n| 规章 | 0 | 12345 |\n\n正文 |不是表格|\n';
  assert.equal(
    format(text),
    '标题\n\n| 信息内容 | 本年制发件数 | x     |\n| -------- | :----------: | ----- |\n| 规章     | 0            | 12345 |\n\n正文 |不是表格|\n',
  );
});

test('a tab table is aligned by padding every cell but the last to its column width', () => {
  const out = format('标题\n\n信息内容\t本年制发件数\t现行有效件数\n规章\t0\t11\n');
  const rows = out.split('\n').slice(2, 4);
  assert.deepEqual(rows, ['信息内容\t本年制发件数\t现行有效件数', '规章    \t0           \t11']);
});

test('the examples format cleanly', () => {
  for (const f of fs.readdirSync(EXAMPLES).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md'))
    assertFormatsCleanly(f, fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
});

sharedTest('every table of the real reports in ../shared is aligned without changing a non-table line, a cell or a finding', () => {
  let tables = 0;
  const folders = ['seeds', 'corpus', path.join('corpus', 'more')].map((d) => path.join(SHARED, d));
  const files = folders.flatMap((d) => fs.readdirSync(d).filter((f) => /\.(md|txt)$/.test(f) && f !== 'INDEX.md').map((f) => path.join(d, f)));
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    tables += parseDocument(text).tables.filter((t) => t.format === 'pipe' || t.format === 'tsv').length;
    assertFormatsCleanly(file, text);
  }
  assert.ok(tables >= 20, `${tables} tables`);
});
