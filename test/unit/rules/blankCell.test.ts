import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listShared, readShared, sharedTest } from '../fixtures';
import { findingsOf } from './helpers';

const ID = 'blank-cell';
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

const C_HEADER = `| 行政复议 / 结果维持 | 行政复议 / 结果纠正 | 行政复议 / 其他结果 | 行政复议 / 尚未审结 | 行政复议 / 总计 | 行政诉讼 / 未经复议直接起诉 / 结果维持 | 行政诉讼 / 未经复议直接起诉 / 结果纠正 | 行政诉讼 / 未经复议直接起诉 / 其他结果 | 行政诉讼 / 未经复议直接起诉 / 尚未审结 | 行政诉讼 / 未经复议直接起诉 / 总计 | 行政诉讼 / 复议后起诉 / 结果维持 | 行政诉讼 / 复议后起诉 / 结果纠正 | 行政诉讼 / 复议后起诉 / 其他结果 | 行政诉讼 / 复议后起诉 / 尚未审结 | 行政诉讼 / 复议后起诉 / 总计 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|`;

function tableC(row: string): string {
  return `某局2022年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n${C_HEADER}\n${row}\n`;
}

test('blank cells of a table are reported once, on the first of them, with the count and examples', () => {
  const found = findingsOf(ID, tableC('| 1 |  | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |  |  | 0 | 0 | 0 |'));
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
  assert.equal(found[0].line, 7);
  assert.equal(found[0].text.trim(), '');
  assert.match(found[0].message, /表四（政府信息公开行政复议、行政诉讼情况）有 3 个空白格，如“行政复议 \/ 结果纠正”、“行政诉讼 \/ 复议后起诉 \/ 结果维持”、“行政诉讼 \/ 复议后起诉 \/ 结果纠正”。数量为零的格应填“0”/);
  assert.deepEqual(found[0].finding.related!.map((r) => r.message.zh), ['空白格：行政复议 / 结果纠正', '空白格：行政诉讼 / 复议后起诉 / 结果维持', '空白格：行政诉讼 / 复议后起诉 / 结果纠正']);
  // The range is the first blank cell.
  const text = tableC('| 1 |  | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |  |  | 0 | 0 | 0 |');
  const f = found[0].finding;
  assert.equal(text.slice(f.start - 5, f.end + 1), '| 1 |  |');
});

test('a filled table, zeros and tables that are not national tables give nothing', () => {
  assert.deepEqual(findingsOf(ID, tableC('| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |')), []);
  assert.deepEqual(findingsOf(ID, '某局2022年报告\n\n| 项目 | 数量 |\n|---|---|\n| 培训 |  |\n'), []);
});

sharedTest('corpus: shanghai 2019 (126 blank cells in Table B, 9 in Table C) and shuyang (125); nothing else', () => {
  const sh = findingsOf(ID, readShared('corpus', '2019_shanghai'));
  assert.deepEqual(sh.map((f) => [f.line, f.severity]), [[94, 'information'], [122, 'information']]);
  assert.match(sh[0].message, /^表三（收到和处理政府信息公开申请情况）有 126 个空白格/);
  assert.match(sh[1].message, /^表四（政府信息公开行政复议、行政诉讼情况）有 9 个空白格/);
  // At most ten related cells, however many are blank.
  assert.equal(sh[0].finding.related!.length, 10);
  assert.match(sh[0].message, /“二、上年结转政府信息公开申请数量 × 商业企业”等。/);
  const sy = findingsOf(ID, readShared('corpus', '2023_shuyang'));
  assert.deepEqual(sy.map((f) => f.line), [65]);
  assert.match(sy[0].message, /^表三（收到和处理政府信息公开申请情况）有 125 个空白格，如“一、本年新收政府信息公开申请数量 × 商业企业”/);
  for (const name of listShared('corpus').filter((n) => !/shanghai|shuyang/.test(n))) assert.deepEqual(findingsOf(ID, readShared('corpus', name)), [], name);
  for (const name of listShared('seeds')) assert.deepEqual(findingsOf(ID, readShared('seeds', name)), [], name);
});

test('example: the three blank cells of row 8.属于行政查询事项 (line 72)', () => {
  const found = findingsOf(ID, fs.readFileSync(path.join(EXAMPLES, '青禾县人民政府2024年政府信息公开工作年度报告.md'), 'utf8'));
  assert.deepEqual(found.map((f) => [f.line, f.severity]), [[72, 'information']]);
  assert.match(found[0].message, /有 3 个空白格，如“（三）8.属于行政查询事项 × 科研机构”、“（三）8.属于行政查询事项 × 社会公益组织”、“（三）8.属于行政查询事项 × 法律服务机构”。/);
  assert.deepEqual(findingsOf(ID, fs.readFileSync(path.join(EXAMPLES, '青禾县自然资源局2017年政府信息公开工作年度报告.txt'), 'utf8')), []);
});
