// period-mismatch: the 统计期限 must be 1月1日–12月31日 of the report year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readShared, sharedTest } from '../fixtures';
import { EXAMPLE_2017, EXAMPLE_2024, findingsOf, readExample, sharedReports } from './dateFixtures';

const RULE = 'period-mismatch';

function report(period: string): string {
  return `某县人民政府2019年政府信息公开工作年度报告\n${period}\n2019年，我县……\n`;
}

test('a period that ends early, starts late or runs into the next year is an error on the wrong date', () => {
  const early = findingsOf(RULE, report('本年度报告中所列数据统计期限从2019年1月1日到11月30日止。'));
  assert.deepEqual(early.map((f) => [f.line, f.text, f.severity]), [[2, '11月30日', 'error']]);
  assert.match(early[0].message, /即2019年11月30日.*应为2019年1月1日至2019年12月31日/);
  const late = findingsOf(RULE, report('本报告所列数据统计期限为2019年2月1日至2019年12月31日。'));
  assert.deepEqual(late.map((f) => f.text), ['2019年2月1日']);
  const next = findingsOf(RULE, report('统计期限为2019年1月1日至2020年12月31日。'));
  assert.deepEqual(next.map((f) => f.text), ['2020年12月31日']);
  const both = findingsOf(RULE, report('统计期限自2018年7月1日起至2019年6月30日止。'));
  assert.equal(both.length, 1);
  assert.match(both[0].text, /^统计期限自2018年7月1日起至2019年6月30日$/, 'both ends wrong: the whole period');
});

test('right periods, an end date that inherits the start year, and a single cut-off date give nothing', () => {
  for (const p of [
    '本年度报告中所列数据统计期限从2019年1月1日到12月31日止。',
    '本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止',
    '统计数据时间段：2019年1月1日-2019 年12月31日。',
    '数据统计时间截至2019年12月31日，2020年1月5日汇总。',
  ]) assert.deepEqual(findingsOf(RULE, report(p)), [], p);
});

test('a report on half a year is not held to the whole year', () => {
  const text = '某县人民政府2019年上半年政府信息公开工作报告\n统计期限为2019年1月1日至2019年6月30日。\n';
  assert.deepEqual(findingsOf(RULE, text), []);
  assert.equal(findingsOf(RULE, text.replace('上半年', '')).length, 1);
});

test('a whole other calendar year is left to year-mismatch', () => {
  assert.deepEqual(findingsOf(RULE, report('统计期限为2018年1月1日至2018年12月31日。')), []);
  assert.equal(findingsOf('year-mismatch', report('统计期限为2018年1月1日至2018年12月31日。')).length, 1);
});

sharedTest('the seeds and the corpus have right periods (seed 001, 002, 004 and five corpus files state one)', () => {
  for (const [name, text] of sharedReports()) assert.deepEqual(findingsOf(RULE, text), [], name);
  // The rule reads those periods: shortening one is reported on its end date.
  const shanghai = readShared('corpus', '2019_shanghai').replace('2019年1月1日到12月31日', '2019年1月1日到12月30日');
  assert.deepEqual(findingsOf(RULE, shanghai).map((f) => [f.line, f.text]), [[7, '12月30日']]);
});

test('examples: 2017 ends on 2017年11月30日 (line 3); 2024 is right', () => {
  const found = findingsOf(RULE, readExample(EXAMPLE_2017));
  assert.deepEqual(found.map((f) => [f.line, f.severity, f.text]), [[3, 'error', '2017年11月30日']]);
  assert.match(found[0].message, /应为2017年1月1日至2017年12月31日/);
  assert.deepEqual(findingsOf(RULE, readExample(EXAMPLE_2024)), []);
});

test('a school reporting on the academic year (9月1日 to the next 8月31日) is not flagged; a government doing so is', () => {
  const school = '呼伦贝尔学院2020-2021学年信息公开工作年度报告\n\n本报告统计期限为2020年9月1日至2021年8月31日。\n\n一、概述\n';
  assert.deepEqual(findingsOf('period-mismatch', school), []);
  const government = '某县人民政府2020年政府信息公开工作年度报告\n\n本报告统计期限为2020年9月1日至2021年8月31日。\n\n一、概述\n';
  assert.equal(findingsOf('period-mismatch', government).length, 1);
});

test('a 统计期限 sentence left without dates is an error, never silent, and reported once', () => {
  for (const p of ['本报告中所列数据的统计期限自至。', '统计期限为年月日至年月日。', '本报告所列数据统计期限自    年  月  日起至    年  月  日止。']) {
    const text = report(p);
    const found = findingsOf(RULE, text);
    assert.deepEqual(found.map((f) => [f.line, f.severity]), [[2, 'error']], p);
    assert.match(found[0].text, /^统计期限/);
    assert.match(found[0].message, /没有填写起止日期.*应为2019年1月1日至2019年12月31日/);
    assert.deepEqual(findingsOf('unfilled-field', text), [], `${p}: not reported twice`);
  }
  // A period written as a year, or a cut-off date, is not an empty period.
  for (const p of ['本报告中所列数据的统计期限为2019年度。', '数据统计时间截至2019年12月31日。', '统计时间为本年度。']) {
    assert.deepEqual(findingsOf(RULE, report(p)), [], p);
  }
});

test('a period given in whole years is read from its own sentence: several years are an error, the report year alone is not', () => {
  const several = findingsOf(RULE, report('本报告中所列数据的统计期限自2014 年至2019 年止。2019年，我县于5月1日启动……'));
  assert.deepEqual(several.map((f) => [f.line, f.text, f.severity]), [[2, '统计期限自2014 年至2019 年', 'error']]);
  assert.match(several[0].message, /写作“2014 年至2019 年”.*应为2019年1月1日至2019年12月31日/);
  // A date in the next sentence is not the period's end.
  assert.deepEqual(findingsOf(RULE, report('统计期限为2019年。5月1日，我县启动……')), []);
  assert.deepEqual(findingsOf(RULE, report('统计期限自2019年至2019年。')), []);
  // Several whole years are not evidence for one report year: no year-mismatch on the title.
  assert.deepEqual(findingsOf('year-mismatch', report('统计期限自2014年至2019年止。')), []);
});
