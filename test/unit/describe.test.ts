// describeDocument: the text of "what the parser understood", shared by `nianbao outline` and the editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/core';
import { describeDocument } from '../../server/src/core/describe';
import { listShared, parseShared, sharedTest } from './fixtures';

sharedTest('every real report is described in both languages, with each report and its year', () => {
  for (const dir of ['seeds', 'corpus'] as const) {
    for (const name of listShared(dir)) {
      const { doc } = parseShared(dir, name);
      const zh = describeDocument(doc, 'zh');
      const en = describeDocument(doc, 'en');
      assert.equal((zh.match(/^报告 \d+/gm) ?? []).length, doc.reports.length, `${name}: one 报告 line per report`);
      assert.equal((en.match(/^Report \d+/gm) ?? []).length, doc.reports.length, `${name}: one Report line per report`);
      for (const r of doc.reports) if (r.year) assert.match(zh, new RegExp(`年份: ${r.year} \\(`), `${name}: year ${r.year}`);
    }
  }
});

test('the era, kind and their provenance are spelled out', () => {
  const doc = parseDocument('某县人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度……\n');
  const zh = describeDocument(doc, 'zh');
  assert.match(zh, /年份: 2024 \(来自标题\) · 格式: 2021年格式 \(来自年份\) · 类别: 人民政府 \(/);
  assert.match(zh, /L3 +一、总体情况/);
  assert.match(describeDocument(doc, 'en'), /year: 2024 \(from the title\) · era: 2021 format \(from the year\) · kind: people's government/);
});

test('parse problems are listed after the reports', () => {
  const doc = parseDocument('某局2024年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n| 本年新收 | 予以公开 |\n|---|---|\n| 上年结转 | 1 |\n');
  const zh = describeDocument(doc, 'zh');
  assert.ok(doc.problems.length > 0);
  assert.match(zh, /\n解析问题:\n  L5 table-unreadable: /);
  assert.match(describeDocument(doc, 'en'), /\nParser problems:\n  L5 table-unreadable: /);
});

test('bad input is described, never thrown on', () => {
  const inputs = ['', '\u0000\u0001\uFFFD垃圾\u0007'.repeat(50), '某局２０２４年政府信息公开工作年度报告\r\n一、总体情况\r\n', '| 本年新收 |\n|---|\n| 1 | 2 | 3', '\uD800年度报告'];
  for (const text of inputs) {
    const out = describeDocument(parseDocument(text), 'zh');
    assert.equal(typeof out, 'string');
    assert.ok(!out.endsWith('\n'), 'lines are joined, not terminated');
  }
});
