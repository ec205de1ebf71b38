import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listShared, readShared, sharedTest } from '../fixtures';
import { findingsOf } from './helpers';

const ID = 'section-order';
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const HAN = '一二三四五六七八九十';

function report(title: string, headings: string[]): string {
  return `${title}\n\n本报告中所列数据的统计期限自1月1日起至12月31日止。\n\n${headings.map((h, i) => `${HAN[i]}、${h}\n\n正文内容。\n`).join('\n')}`;
}

const FORMAT = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];
const T2021 = '某市某局2022年政府信息公开工作年度报告';
const T2015 = '某县某局2015年政府信息公开工作年度报告';

test('2021 format in the official order: nothing', () => {
  assert.deepEqual(findingsOf(ID, report(T2021, FORMAT)), []);
});

test('2021 format with 三 and 四 swapped: the section off the longest ordered run is flagged', () => {
  const swapped = [FORMAT[0], FORMAT[1], FORMAT[3], FORMAT[2], FORMAT[4], FORMAT[5]];
  const found = findingsOf(ID, report(T2021, swapped));
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].text, '四、收到和处理政府信息公开申请情况');
  assert.equal(found[0].line, 17);
  assert.match(found[0].message, /应放在第 13 行的“三、政府信息公开行政复议、行政诉讼情况”之前/);
  const text = report(T2021, swapped);
  const rel = found[0].finding.related![0];
  assert.equal(text.slice(rel.start, rel.end), '三、政府信息公开行政复议、行政诉讼情况');
});

test('2021 format with 总体情况 moved to the end: only that section is flagged', () => {
  const found = findingsOf(ID, report(T2021, [...FORMAT.slice(1), FORMAT[0]]));
  assert.deepEqual(found.map((f) => f.text), ['六、总体情况']);
  assert.match(found[0].message, /之前/);
});

test('a missing section is not an order problem', () => {
  assert.deepEqual(findingsOf(ID, report(T2021, [FORMAT[0], FORMAT[1], FORMAT[3], FORMAT[4]])), []);
});

test('legacy: 复议/诉讼 before 收费 and extra work sections are customary, not flagged', () => {
  const headings = ['概述', '主动公开政府信息的情况', '依申请公开政府信息的情况', '政府信息公开复议、诉讼和申诉情况', '政府信息公开的收费及减免情况', '抗震救灾信息公开情况', '政府信息公开工作存在的主要问题及改进措施'];
  assert.deepEqual(findingsOf(ID, report(T2015, headings)), []);
});

test('legacy: 依申请公开 before 主动公开 is flagged', () => {
  const found = findingsOf(ID, report(T2015, ['依申请公开政府信息的情况', '主动公开政府信息的情况', '政府信息公开的收费及减免情况']));
  assert.equal(found.length, 1);
  assert.equal(found[0].text, '一、依申请公开政府信息的情况');
  assert.match(found[0].message, /应放在第 9 行的“二、主动公开政府信息的情况”之后/);
});

test('legacy: the problems part before a statutory part is flagged; a heading merely containing 问题 is not', () => {
  const found = findingsOf(ID, report(T2015, ['存在的主要问题及改进措施', '主动公开政府信息的情况', '依申请公开政府信息的情况']));
  assert.equal(found.length, 1);
  assert.equal(found[0].text, '一、存在的主要问题及改进措施');
  assert.match(found[0].message, /之后/);
  assert.deepEqual(findingsOf(ID, report(T2015, ['着力解决群众关心的问题', '主动公开政府信息的情况', '依申请公开政府信息的情况'])), []);
});

sharedTest('no finding in any seed or corpus report', () => {
  for (const f of listShared('seeds')) assert.deepEqual(findingsOf(ID, readShared('seeds', f)), [], f);
  for (const f of listShared('corpus')) assert.deepEqual(findingsOf(ID, readShared('corpus', f)), [], f);
});

test('no finding in either example', () => {
  for (const f of fs.readdirSync(EXAMPLES).filter((n) => n !== 'README.md')) {
    assert.deepEqual(findingsOf(ID, fs.readFileSync(path.join(EXAMPLES, f), 'utf8')), [], f);
  }
});

test('an annex after the problems part is not a misplaced part, whatever its title names', () => {
  const text = [
    '某县环保局2015年政府信息公开工作年度报告', '',
    '一、主动公开政府信息的情况', '', '正文。', '',
    '二、依申请公开政府信息和不予公开政府信息的情况', '', '正文。', '',
    '三、政府信息公开的收费及减免情况', '', '正文。', '',
    '四、因政府信息公开申请行政复议、提起行政诉讼的情况', '', '正文。', '',
    '五、政府信息公开工作存在的主要问题及改进情况', '', '正文。', '',
    '六、附表：依申请公开情况统计表', '', '正文。', '',
  ].join('\n');
  assert.deepEqual(findingsOf('section-order', text), []);
});
