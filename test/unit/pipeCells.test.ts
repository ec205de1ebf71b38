// Tab / Shift+Tab in a pipe table move between these cell starts (client/src/pipeCells.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellContentEnd, cellStarts, isDelimiterRow } from '../../client/src/pipeCells';

test('a closed row has one start per cell, after "| "; the closing "|" opens none', () => {
  const row = '| 规章 | 0 |';
  assert.deepEqual(cellStarts(row), [2, 7]);
  assert.deepEqual(cellStarts(row).map((s) => row.slice(s, cellContentEnd(row, s))), ['规章', '0']);
  assert.deepEqual(cellStarts('|a|b|'), [1, 3]);
});

test('a row without its closing "|", an escaped pipe and padding', () => {
  const open = '| 信息内容 | 本年收费金额(单位:万';
  assert.deepEqual(cellStarts(open).map((s) => open.slice(s, cellContentEnd(open, s))), ['信息内容', '本年收费金额(单位:万']);
  const escaped = '| a \\| b | c   |';
  assert.deepEqual(cellStarts(escaped).map((s) => escaped.slice(s, cellContentEnd(escaped, s))), ['a \\| b', 'c']);
});

test('delimiter rows are told from data rows', () => {
  assert.ok(isDelimiterRow('|---|:---:|--|'));
  assert.ok(isDelimiterRow('| -------- | :----------: |'));
  assert.ok(!isDelimiterRow('| 规章 | 0 |'));
  assert.ok(!isDelimiterRow('| - | 0 |'));
});
