// year-mismatch: the title year against the 统计期限, the body and the signature.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseShared, readShared } from '../fixtures';
import { EXAMPLE_2017, EXAMPLE_2024, findingsOf, readExample, sharedReports } from './dateFixtures';

const RULE = 'year-mismatch';

test('title year ≠ 统计期限 year: a warning on the year in the title', () => {
  const text = '某县人民政府2019年政府信息公开工作年度报告\n本报告所列数据统计期限为2018年1月1日至2018年12月31日。\n';
  const found = findingsOf(RULE, text);
  assert.deepEqual(found.map((f) => [f.line, f.text, f.severity]), [[1, '2019', 'warning']]);
  assert.match(found[0].message, /统计期限是2018年.*可能应为2018年/);
});

test('a body clearly about another year, with nothing backing the title, is flagged; comparisons and backed titles are not', () => {
  const about2009 = '某局2012年政府信息公开工作总结\n2009年，我局……2009年……对2009年政府信息公开工作总结如下。\n';
  assert.deepEqual(findingsOf(RULE, about2009).map((f) => f.text), ['2012']);
  // The signature backs the title (signed the year after): the body mentions may be history.
  assert.deepEqual(findingsOf(RULE, about2009 + '某局\n2013年1月5日\n'), []);
  // Only two mentions: not a clear majority.
  assert.deepEqual(findingsOf(RULE, '某局2012年政府信息公开工作总结\n2009年，我局……2009年……\n'), []);
  // Years named for comparison do not count.
  assert.deepEqual(findingsOf(RULE, '某局2019年政府信息公开工作年度报告\n与2018年相比，比2018年增加，较2018年同期……2019年\n'), []);
  // The title year mentioned twice in the body is not "rare".
  assert.deepEqual(findingsOf(RULE, '某局2012年政府信息公开工作总结\n2009年，2009年，2009年，2009年，2009年，2012年，2012年。\n'), []);
});

test('a signature outside the report year and the next is flagged on the signature', () => {
  const late = findingsOf(RULE, '某局2017年政府信息公开工作年度报告\n2017年，我局……\n某局\n2019年1月5日\n');
  assert.deepEqual(late.map((f) => [f.line, f.text, f.severity]), [[4, '2019年1月5日', 'warning']]);
  const before = findingsOf(RULE, '某局2017年政府信息公开工作年度报告\n2017年，我局……\n某局\n2016年1月5日\n');
  assert.match(before[0].message, /早于报告年度2017年/);
  for (const sig of ['2017年12月28日', '2018年3月1日']) {
    assert.deepEqual(findingsOf(RULE, `某局2017年政府信息公开工作年度报告\n2017年，我局……\n某局\n${sig}\n`), [], sig);
  }
});

test('seed 001 第三篇: titled 2012, written about 2009, signed 二O一O年三月五日 (line 106)', () => {
  const found = findingsOf(RULE, readShared('seeds', '001'));
  assert.deepEqual(found.map((f) => [f.line, f.severity, f.text]), [[106, 'warning', '2012']]);
  assert.match(found[0].message, /标题中的年份是2012年.*2009年.*二O一O年三月五日.*可能应为2009年/);
  const { doc } = parseShared('seeds', '001');
  assert.equal(doc.reports[2].partMarker?.text, '第三篇');
  assert.ok(found[0].finding.start >= doc.reports[2].start && found[0].finding.end <= doc.reports[2].end);
});

test('no other seed, corpus or example report disagrees with itself (shuyang\'s forward-looking "2023年" included)', () => {
  for (const [name, text] of sharedReports()) {
    if (name.includes('001_')) continue;
    assert.deepEqual(findingsOf(RULE, text), [], name);
  }
  for (const name of [EXAMPLE_2024, EXAMPLE_2017]) assert.deepEqual(findingsOf(RULE, readExample(name)), [], name);
  // The shuyang report is checked, not skipped: with its title changed to 2022 it disagrees.
  const shuyang = readShared('corpus', '2023_shuyang');
  const retitled = shuyang.replaceAll('沭阳县发展和改革局2023年政府信息公开年度报告', '沭阳县发展和改革局2022年政府信息公开年度报告');
  assert.notEqual(retitled, shuyang);
  assert.equal(findingsOf(RULE, retitled).length, 1);
});
