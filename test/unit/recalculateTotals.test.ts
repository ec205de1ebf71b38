// "重新计算合计": every 总计 of the national table under the cursor set to the sum of its parts, in one edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, collectFindings, parseDocument, recalculateTotals } from '../../server/src/core';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md');
const text = fs.readFileSync(EXAMPLE, 'utf8');
const sumFindings = (t: string) => collectFindings(parseDocument(t)).filter((f) => f.ruleId === 'table-sum');

test('in Table 3 every wrong total becomes the sum of its parts, totals of totals included, and the other tables stay', () => {
  const doc = parseDocument(text);
  const tableB = doc.tables.find((t) => t.national?.id === 'B')!;
  const r = recalculateTotals(doc, tableB.start + 10)!;
  assert.ok(r, 'a recalculation');
  // 三（三）6's 总计 becomes 4, which makes the written （七）总计 of 127 right: it is left as it is.
  assert.deepEqual(r.changes.map((c) => [c.cell.rowId, c.cell.colId, c.from, c.to]), [
    ['三（三）6', '总计', '5', 4],
    ['四', '总计', '7', 8],
  ]);
  const after = applyEdits(text, r.edits);
  const left = sumFindings(after);
  // Only Table 4's total is still wrong: it is another table.
  assert.deepEqual(left.map((f) => f.message.zh.slice(0, 9)), ['“行政复议”的总计']);
  assert.equal(after.split('\n').length, text.split('\n').length);
  assert.equal(recalculateTotals(parseDocument(after), tableB.start + 10), undefined, 'nothing left to recalculate');
});

test('in Table 4 the group totals are recalculated; outside a national table nothing is offered', () => {
  const doc = parseDocument(text);
  const tableC = doc.tables.find((t) => t.national?.id === 'C')!;
  const r = recalculateTotals(doc, tableC.end - 1)!;
  assert.deepEqual(r.changes.map((c) => [c.cell.colId, c.to]), [['行政复议/总计', 4]]);
  assert.equal(recalculateTotals(doc, 5), undefined);
});

test('a blank total is filled with the sum, keeping a space either side', () => {
  const line = text.split('\n').find((l) => l.startsWith('| 四、结转下年度继续办理'))!;
  const blanked = text.replace(line, line.replace(/\| 7 \|$/, '|  |'));
  assert.notEqual(blanked, text);
  const doc = parseDocument(blanked);
  const tableB = doc.tables.find((t) => t.national?.id === 'B')!;
  const r = recalculateTotals(doc, tableB.start + 10)!;
  const after = applyEdits(blanked, r.edits);
  assert.ok(after.includes(line.replace(/\| 7 \|$/, '| 8 |')), 'the blank cell gets the sum with a space either side');
});
