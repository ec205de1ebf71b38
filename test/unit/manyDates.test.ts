// Tens of thousands of dates in one sentence: each date's sentence is found by binary search, not by
// reading the line again (year-mismatch's stale-year check took minutes here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { collectFindings, parseDocument } from '../../server/src/core';
import { datesDocument } from '../../scripts/adversarial';

test('60 000 dates on one line: parse + check in bounded time', () => {
  const text = datesDocument(60_000);
  const t0 = performance.now();
  const doc = parseDocument(text);
  const findings = collectFindings(doc);
  const ms = performance.now() - t0;
  assert.ok(doc.dates.length >= 60_000);
  // Generous: a quadratic step takes minutes on this document.
  assert.ok(ms < 30_000, `${ms.toFixed(0)} ms`);
  assert.ok(findings.some((f) => f.ruleId === 'invalid-date'));
});

test('a stale year in a long sentence is still found: "现将我局2015年……报告如下" in a 2016 report', () => {
  const pad = '、'.repeat(200);
  const text = `某县某局2016年政府信息公开工作年度报告\n\n本报告统计期限自2016年1月1日起至2016年12月31日止。现将我局2015年政府信息公开工作年度报告如下${pad}。\n`;
  const stale = collectFindings(parseDocument(text)).filter((f) => f.ruleId === 'year-mismatch');
  assert.equal(stale.length, 1, JSON.stringify(stale.map((f) => f.message.zh)));
});
