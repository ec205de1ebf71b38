// The checks across a set of reports (checkReportSet): issuer identity, consecutive-year pairs, ambiguities,
// and the rules carryover-mismatch, pending-cases-last-year, copied-from-last-year, cross-year-ambiguity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkReportSet, issuerKey, parseDocument, type Finding } from '../../../server/src/core';
import { reportSetOf } from '../../../server/src/core/analysis/reportSet';
import { copiedTextOf, normalizeSentence } from '../../../server/src/core/analysis/copiedText';
import { SHARED, sharedTest } from '../fixtures';
import { lastYearOf } from '../crossYearFixtures';

const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md');
const example = fs.readFileSync(EXAMPLE, 'utf8');
const CROSS = /^(carryover-mismatch|pending-cases-last-year|copied-from-last-year|cross-year-ambiguity)$/;

function entry(uri: string, text: string) {
  return { uri, doc: parseDocument(text, { fileName: uri }) };
}

function cross(found: Map<string, Finding[]>, uri: string, ruleId?: string): Finding[] {
  return (found.get(uri) ?? []).filter((f) => (ruleId ? f.ruleId === ruleId : CROSS.test(f.ruleId)));
}

function withRow4(text: string, row: string): string {
  return text.replace(/\| 四、结转下年度继续办理 \|[^\n]*/, `| 四、结转下年度继续办理 | ${row} |`);
}

test('issuerKey folds traditional characters, full-width forms, white space, years and the report words', () => {
  assert.equal(issuerKey('青禾縣人民政府'), issuerKey('青禾县人民政府'));
  assert.equal(issuerKey('青禾县 人民政府'), '青禾县人民政府');
  assert.equal(issuerKey('ＸＹ开发区管委会'), 'XY开发区管委会');
  assert.equal(issuerKey('青禾县人民政府2023年政府信息公开工作年度报告'), '青禾县人民政府');
  assert.notEqual(issuerKey('青禾县人民政府办公室'), issuerKey('青禾县人民政府'));
});

test('the same issuer\'s reports of consecutive years are paired, in any order, across traditional and simplified text', () => {
  const last = lastYearOf(example, 2024).replace(/青禾县人民政府2023年/, '青禾縣人民政府2023年');
  const set = reportSetOf([entry('b/2024.md', example), entry('a/2023.md', last), entry('c/2021.md', lastYearOf(lastYearOf(lastYearOf(example, 2024), 2023), 2022))]);
  assert.equal(set.pairs.length, 1);
  assert.equal(set.pairs[0].current.uri, 'b/2024.md');
  assert.equal(set.pairs[0].last.uri, 'a/2023.md');
  assert.equal(set.pairs[0].looseIssuer, false);
  assert.deepEqual(set.ambiguities, []);
});

test('人民政府办公室 and 人民政府 are different issuers: not paired', () => {
  const office = lastYearOf(example, 2024).replace('青禾县人民政府2023年政府信息公开工作年度报告', '青禾县人民政府办公室2023年政府信息公开工作年度报告');
  const found = checkReportSet([entry('2023.md', withRow4(office, '1 | 0 | 0 | 0 | 0 | 0 | 1')), entry('2024.md', example)]);
  assert.deepEqual(cross(found, '2024.md'), []);
});

test('carryover-mismatch: per column, with both figures and a link to last year\'s cell in the other file', () => {
  const last = withRow4(lastYearOf(example, 2024), '4 | 1 | 0 | 0 | 0 | 0 | 5');
  const found = checkReportSet([entry('/r/2023.md', last), entry('/r/2024.md', example)]);
  const f = cross(found, '/r/2024.md', 'carryover-mismatch');
  assert.equal(f.length, 2);
  assert.equal(f[0].severity, 'error');
  const doc = parseDocument(example);
  assert.equal(example.slice(f[0].start, f[0].end), '5');
  assert.match(example.slice(doc.lineStarts[61], f[0].start), /^\| 二、上年结转/);
  assert.match(f[0].message.zh, /“自然人”列：本年“二、上年结转”为 5，而上年报告（青禾县人民政府2023年报告，2023\.md 第85行）“四、结转下年度继续办理”为 4/);
  const rel = f[0].related![0];
  assert.equal(rel.elsewhere?.uri, '/r/2023.md');
  assert.equal(rel.elsewhere?.start.line, 84);
  assert.equal(last.slice(rel.start, rel.end), '4');
  assert.match(f[1].message.en, /column 总计: this year's row 二 .* is 6, but last year's report .* has 5/);
  // Last year's file gets nothing from the pair.
  assert.deepEqual(cross(found, '/r/2023.md', 'carryover-mismatch'), []);
});

test('carryover-mismatch: equal figures give nothing; a disable comment in this year\'s file suppresses it', () => {
  const ok = withRow4(lastYearOf(example, 2024), '5 | 1 | 0 | 0 | 0 | 0 | 6');
  assert.deepEqual(cross(checkReportSet([entry('2023.md', ok), entry('2024.md', example)]), '2024.md', 'carryover-mismatch'), []);
  const wrong = withRow4(lastYearOf(example, 2024), '4 | 1 | 0 | 0 | 0 | 0 | 5');
  const disabled = example + '\n<!-- nianbao-disable carryover-mismatch -->\n';
  assert.deepEqual(cross(checkReportSet([entry('2023.md', wrong), entry('2024.md', disabled)]), '2024.md', 'carryover-mismatch'), []);
  // Switched off in the configuration of this year's document.
  const off = checkReportSet([entry('2023.md', wrong), entry('2024.md', example)], { rules: { 'carryover-mismatch': 'off' } });
  assert.deepEqual(cross(off, '2024.md', 'carryover-mismatch'), []);
});

test('cross-year-ambiguity: two reports of one issuer and year are named, never paired with last year\'s', () => {
  const last = withRow4(lastYearOf(example, 2024), '4 | 1 | 0 | 0 | 0 | 0 | 5');
  const found = checkReportSet([entry('2023.md', last), entry('2024.md', example), entry('2024-copy.md', example)]);
  for (const uri of ['2024.md', '2024-copy.md']) {
    assert.deepEqual(cross(found, uri, 'carryover-mismatch'), []);
    const a = cross(found, uri, 'cross-year-ambiguity');
    assert.equal(a.length, 1);
    assert.equal(a[0].severity, 'information');
    assert.match(a[0].message.zh, /都是青禾县人民政府2024年的报告/);
  }
  // Two reports of last year: this year's says so.
  const twoLast = checkReportSet([entry('2023.md', last), entry('2023-b.md', last), entry('2024.md', example)]);
  assert.match(cross(twoLast, '2024.md', 'cross-year-ambiguity')[0].message.zh, /上年（2023年）有 2 份青禾县人民政府的报告/);
});

test('a name differing by 人民政府 is paired only when it fits one issuer, and the finding says so', () => {
  const short = withRow4(lastYearOf(example, 2024), '4 | 1 | 0 | 0 | 0 | 0 | 5').replace('青禾县人民政府2023年政府信息公开工作年度报告', '青禾县2023年政府信息公开工作年度报告');
  const one = checkReportSet([entry('2023.md', short), entry('2024.md', example)]);
  assert.match(cross(one, '2024.md', 'carryover-mismatch')[0].message.zh, /按单位名称“青禾县”与“青禾县人民政府”视为同一单位/);
});

test('copied-from-last-year: share above the threshold, longest passages linked in both reports; the threshold is an option', () => {
  const found = checkReportSet([entry('2023.md', lastYearOf(example, 2024)), entry('2024.md', example)]);
  const w = cross(found, '2024.md', 'copied-from-last-year').filter((f) => f.severity === 'warning');
  assert.equal(w.length, 1);
  assert.match(w[0].message.zh, /^本报告正文 \d+ 句中有 \d+ 句（100%）与上年报告（青禾县人民政府2023年报告）相同或几乎相同/);
  assert.ok(w[0].related!.some((r) => r.elsewhere?.uri === '2023.md'));
  assert.ok(w[0].related!.some((r) => !r.elsewhere));
  const lenient = checkReportSet([entry('2023.md', lastYearOf(example, 2024)), entry('2024.md', example)], { ruleOptions: { 'copied-from-last-year': { threshold: 1 } } });
  assert.deepEqual(cross(lenient, '2024.md', 'copied-from-last-year').filter((f) => f.severity === 'warning'), []);
});

test('copied-from-last-year: a year left from last year inside a copied sentence is called out', () => {
  const stale = example.replace('2024年，青禾县人民政府坚持以人民为中心', '2023年，青禾县人民政府坚持以人民为中心');
  const found = checkReportSet([entry('2023.md', lastYearOf(example, 2024)), entry('2024.md', stale)]);
  const years = cross(found, '2024.md', 'copied-from-last-year').filter((f) => /年份“/.test(f.message.zh));
  assert.equal(years.length, 1);
  assert.equal(stale.slice(years[0].start, years[0].end), '2023');
  assert.equal(years[0].severity, 'warning');
  assert.match(years[0].message.zh, /年份“2023年”也与上年那句相同：是否沿用了上年的年份？本报告是2024年的报告/);
});

test('copied-from-last-year: a report written anew is not flagged; normalization sets figures and years aside', () => {
  assert.equal(normalizeSentence('2023年，共收到申请１３２件。'), normalizeSentence('二〇二四年，共收到申请 7 件。'));
  const other = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', '青禾县自然资源局2017年政府信息公开工作年度报告.txt'), 'utf8');
  const set = reportSetOf([entry('a.md', example), entry('b.txt', other)]);
  const m = set.members;
  const c = copiedTextOf(m[0], m[1]);
  assert.ok(c.compared > 10);
  assert.ok(c.share < 0.1, String(c.share));
});

test('pending-cases-last-year: last year\'s pending cases above this year\'s group total are noted, as information', () => {
  const row = /\n(\| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|(?: \d+ \|){10})\n/;
  const m = row.exec(example);
  assert.ok(m, 'the example has a Table 4 data row');
  const cells = m![1].split('|').slice(1, -1).map((c) => Number(c.trim()));
  const pending = cells[4] + 1; // 行政复议 / 总计 this year, plus one
  const lastRow = `| 0 | 0 | 0 | ${pending} | ${pending} |${' 0 |'.repeat(10)}`;
  const last = lastYearOf(example, 2024).replace(m![1], lastRow);
  const found = cross(checkReportSet([entry('2023.md', last), entry('2024.md', example)]), '2024.md', 'pending-cases-last-year');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message.zh, new RegExp(`表四“行政复议”：上年报告.*尚未审结 ${pending} 件，本年总计只有 ${cells[4]} 件。统一格式没有“上年结转”栏`));
});

sharedTest('a real report and its made-up previous year: carry-over holds or not, other issuers are not paired', () => {
  const huaian = fs.readFileSync(path.join(SHARED, 'corpus', '2024_huaian_shizhengfu_1.md'), 'utf8');
  const hongze = fs.readFileSync(path.join(SHARED, 'corpus', '2024_hongze_quzhengfu_1.md'), 'utf8');
  const last = lastYearOf(huaian, 2024);
  const holds = withRow4(last, '34 | 0 | 0 | 0 | 0 | 0 | 34');
  const found = checkReportSet([entry('2023.md', holds), entry('huaian.md', huaian), entry('hongze.md', hongze)]);
  assert.deepEqual(cross(found, 'huaian.md', 'carryover-mismatch'), []);
  assert.equal(cross(found, 'huaian.md', 'copied-from-last-year').filter((f) => f.severity === 'warning').length, 1);
  assert.deepEqual(cross(found, 'hongze.md'), []);
  const differs = withRow4(last, '30 | 0 | 0 | 0 | 0 | 0 | 30');
  const wrong = cross(checkReportSet([entry('2023.md', differs), entry('huaian.md', huaian)]), 'huaian.md', 'carryover-mismatch');
  assert.deepEqual(wrong.map((f) => huaian.slice(f.start, f.end)), ['34', '34']);
});
