// invalid-date: dates that do not exist, on small texts, the real reports and the examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedTest } from '../fixtures';
import { EXAMPLE_2017, EXAMPLE_2024, findingsOf, readExample, sharedReports } from './dateFixtures';

const RULE = 'invalid-date';

test('2月30日, 4月31日, 13月, 2023年2月29日 and 2019-2-30 are errors on exactly the date', () => {
  const text = '某局2023年政府信息公开工作年度报告\n2023年2月30日起；4月31日；2023年13月；2023年2月29日；编号2019-2-30。\n';
  const found = findingsOf(RULE, text);
  assert.deepEqual(found.map((f) => [f.line, f.text, f.severity]), [
    [2, '2023年2月30日', 'error'],
    [2, '4月31日', 'error'],
    [2, '2023年13月', 'error'],
    [2, '2023年2月29日', 'error'],
    [2, '2019-2-30', 'error'],
  ]);
  assert.match(found[1].message, /4月只有30天/);
  assert.match(found[2].message, /没有13月/);
  assert.match(found[3].message, /2023年不是闰年，2月只有28天/);
});

test('real dates, leap days and number codes are left alone', () => {
  const text = '某局2024年政府信息公开工作年度报告\n2024年2月29日；2月29日；4月30日；12月31日；2000年2月29日；编号2019-13-45；版本2018.20.3。\n';
  assert.deepEqual(findingsOf(RULE, text), []);
});

sharedTest('no impossible date in the seeds or the corpus', () => {
  for (const [name, text] of sharedReports()) assert.deepEqual(findingsOf(RULE, text), [], name);
});

test('no impossible date in the examples', () => {
  for (const name of [EXAMPLE_2024, EXAMPLE_2017]) assert.deepEqual(findingsOf(RULE, readExample(name)), [], name);
  // …and the rule does see the example's dates: break one and it is reported.
  const broken = readExample(EXAMPLE_2024).replace('2025年01月20日', '2025年02月30日');
  assert.deepEqual(findingsOf(RULE, broken).map((f) => [f.line, f.text]), [[114, '2025年02月30日']]);
});
