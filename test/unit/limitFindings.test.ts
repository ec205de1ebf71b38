// At most N findings per document, the most severe first, with a note saying how many were left out;
// and the checks stay linear on documents with very many headings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  collectFindings, DEFAULT_MAX_FINDINGS, FINDINGS_LIMIT_ID, limitFindings, parseDocument, type Finding, type Severity,
} from '../../server/src/core';
import { headingsDocument, invertedLevelsDocument } from '../../scripts/adversarial';

const finding = (start: number, severity: Severity): Finding => ({ ruleId: 'r', severity, start, end: start + 1, message: { zh: `${start}`, en: `${start}` } });

test('fewer findings than the limit, or a limit of 0: the findings as they are', () => {
  const fs = [finding(1, 'warning'), finding(2, 'error')];
  assert.equal(limitFindings(fs, 2, 'x'), fs);
  assert.equal(limitFindings(fs, 0, 'x'), fs);
  assert.equal(limitFindings(fs, Number.NaN, 'x'), fs);
});

test('over the limit: errors first, then warnings, information and hints, each in document order, and one note first', () => {
  const severities: Severity[] = ['hint', 'warning', 'information', 'error', 'warning', 'error', 'hint', 'warning', 'error'];
  const fs = severities.map((s, i) => finding(10 * (i + 1), s));
  const text = '某县2024年政府信息公开工作年度报告\r\n正文';
  const limited = limitFindings(fs, 5, text);
  assert.equal(limited.length, 6);
  const [note, ...kept] = limited;
  // The three errors and the first two warnings, in document order.
  assert.deepEqual(kept.map((f) => [f.start, f.severity]), [[20, 'warning'], [40, 'error'], [50, 'warning'], [60, 'error'], [90, 'error']]);
  assert.equal(note.ruleId, FINDINGS_LIMIT_ID);
  assert.equal(note.severity, 'information');
  assert.deepEqual([note.start, note.end], [0, text.indexOf('\r')], 'on the first line');
  assert.equal(note.message.zh, '另有 4 条检查结果未显示（每个文档最多显示 5 条）。');
  assert.equal(note.message.en, '4 more findings not shown (at most 5 per document).');
  // Only errors fit: the first ones in document order.
  assert.deepEqual(limitFindings(fs, 2, text).slice(1).map((f) => f.start), [40, 60]);
});

test('a document with 100 000 headings: checked, at most limit + 1 findings shown, errors kept before warnings', () => {
  // Invalid dates (errors) at the very end, after tens of thousands of warnings.
  const text = headingsDocument(100_000) + '\n本年度于2024年2月30日召开会议。'.repeat(50);
  // How long it takes is measured by the bench (scripts/adversarial.ts via npm run bench), not asserted here.
  const all = collectFindings(parseDocument(text));
  assert.ok(all.length > DEFAULT_MAX_FINDINGS, `${all.length} findings`);
  const errors = all.filter((f) => f.severity === 'error');
  assert.ok(errors.length > 0 && errors.length < DEFAULT_MAX_FINDINGS);
  const shown = limitFindings(all, DEFAULT_MAX_FINDINGS, text);
  assert.equal(shown.length, DEFAULT_MAX_FINDINGS + 1);
  assert.equal(shown[0].ruleId, FINDINGS_LIMIT_ID);
  assert.match(shown[0].message.zh, new RegExp(`^另有 ${all.length - DEFAULT_MAX_FINDINGS} 条检查结果未显示`));
  // Every error is shown, whatever its place in the document; the rest are the first warnings.
  assert.deepEqual(shown.filter((f) => f.severity === 'error'), errors);
  const warnings = all.filter((f) => f.severity === 'warning');
  assert.deepEqual(shown.filter((f) => f.severity === 'warning'), warnings.slice(0, DEFAULT_MAX_FINDINGS - errors.length));
});

test('headings whose lower levels all come first: checked (its time is measured by the bench)', () => {
  const findings = collectFindings(parseDocument(invertedLevelsDocument(40_000)));
  assert.ok(findings.some((f) => f.ruleId === 'heading-sequence'));
});
