// table-sum and table-balance on inline tables, the real corpus tables and the shipped example.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listShared, readShared, sharedTest } from '../fixtures';
import { findingsOf } from './helpers';

const example = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md'), 'utf8');

const HEADER = '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|\n';
const ROWS_2019 = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果 / （一）予以公开',
  '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `三、本年度办理结果 / （三）不予公开 / ${i}.${['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项'][i - 1]}`),
  '三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息', '三、本年度办理结果 / （四）无法提供 / 2.没有现成信息需要另行制作',
  '三、本年度办理结果 / （四）无法提供 / 3.补正后申请内容仍不明确', '三、本年度办理结果 / （五）不予处理 / 1.信访举报投诉类申请',
  '三、本年度办理结果 / （五）不予处理 / 2.重复申请', '三、本年度办理结果 / （五）不予处理 / 3.要求提供公开出版物',
  '三、本年度办理结果 / （五）不予处理 / 4.无正当理由大量反复申请', '三、本年度办理结果 / （五）不予处理 / 5.要求行政机关确认或重新出具已获取信息',
  '三、本年度办理结果 / （六）其他处理', '三、本年度办理结果 / （七）总计', '四、结转下年度继续办理',
];

/** A 2019-layout Table B with 自然人 values per row; every other applicant column is 0 and 总计 = 自然人. */
function tableB(values: Record<string, number>, override: Record<string, string> = {}): string {
  const lines = ROWS_2019.map((label) => {
    const key = Object.keys(values).find((k) => label.includes(k));
    const v = key ? values[key] : 0;
    return `| ${label} | ${v} | 0 | 0 | 0 | 0 | 0 | ${override[label] ?? v} |`;
  });
  return `某局2020年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n${HEADER}${lines.join('\n')}\n`;
}

describe('table-sum', () => {
  test('a correct table gives nothing', () => {
    const text = tableB({ '一、本年新收': 10, '二、上年结转': 1, '（一）予以公开': 6, '1.本机关不掌握': 4, '（七）总计': 10, '四、结转': 1 });
    assert.deepEqual(findingsOf('table-sum', text), []);
  });

  test('a row whose 总计 is not the sum of its applicant columns, and a （七）总计 that is not the sum of the outcomes', () => {
    const text = tableB(
      { '一、本年新收': 10, '二、上年结转': 1, '（一）予以公开': 6, '1.本机关不掌握': 4, '（七）总计': 11, '四、结转': 0 },
      { '三、本年度办理结果 / （一）予以公开': '7' },
    );
    const found = findingsOf('table-sum', text);
    // Row 予以公开 (line 9): 6 + 0 + … = 6, written 7. （七）总计 in column 自然人 (line 28): 6 + 4 = 10, written 11.
    // Column 总计 adds up (7 + 4 = 11), so nothing more.
    assert.deepEqual(found.map((f) => [f.line, f.severity, f.text]), [[9, 'error', '7'], [28, 'error', '11']]);
    assert.match(found[0].message, /为 7，但各分项之和为 .*= 6，比合计少 1。/);
    assert.ok(found.some((f) => f.line === 28 && /“自然人”列为 11/.test(f.message)));
    assert.ok(!found.some((f) => f.line === 28 && /“总计”列/.test(f.message)), 'the 总计 column adds up: 7 + 4 = 11');
    assert.ok(found[0].finding.related!.length >= 1);
  });

  test('blank parts count as 0, an all-blank group is not checked', () => {
    const text = `某局2019年政府信息公开工作年度报告\n\n| 行政复议 / 结果维持 | 行政复议 / 结果纠正 | 行政复议 / 其他结果 | 行政复议 / 尚未审结 | 行政复议 / 总计 | 行政诉讼 / 未经复议直接起诉 / 结果维持 | 行政诉讼 / 未经复议直接起诉 / 结果纠正 | 行政诉讼 / 未经复议直接起诉 / 其他结果 | 行政诉讼 / 未经复议直接起诉 / 尚未审结 | 行政诉讼 / 未经复议直接起诉 / 总计 | 行政诉讼 / 复议后起诉 / 结果维持 | 行政诉讼 / 复议后起诉 / 结果纠正 | 行政诉讼 / 复议后起诉 / 其他结果 | 行政诉讼 / 复议后起诉 / 尚未审结 | 行政诉讼 / 复议后起诉 / 总计 |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n| 5 |  |  | 2 | 7 | 8 |  |  | 1 | 10 |  |  |  |  |  |\n`;
    const found = findingsOf('table-sum', text);
    assert.equal(found.length, 1);
    assert.equal(found[0].text, '10');
    assert.match(found[0].message, /“未经复议直接起诉”的总计为 10，但各分项之和为 8 \+ 0 \+ 0 \+ 1 = 9/);
  });

  sharedTest('no false alarm on any real report (their tables add up; shanghai leaves whole groups blank)', () => {
    for (const f of [...listShared('corpus'), ...listShared('seeds')]) {
      const text = readShared(f.endsWith('.md') ? 'corpus' : 'seeds', f);
      assert.deepEqual(findingsOf('table-sum', text), [], f);
    }
  });

  test('finds the deliberate errors of the shipped example', () => {
    assert.deepEqual(findingsOf('table-sum', example).map((f) => f.line), [70, 84, 85, 91]);
  });
});

describe('table-balance', () => {
  test('per column: 一 + 二 = （七）总计 + 四', () => {
    const ok = tableB({ '一、本年新收': 10, '二、上年结转': 1, '（一）予以公开': 9, '（七）总计': 9, '四、结转': 2 });
    assert.deepEqual(findingsOf('table-balance', ok), []);
    const bad = tableB({ '一、本年新收': 10, '二、上年结转': 1, '（一）予以公开': 9, '（七）总计': 9, '四、结转': 1 });
    const found = findingsOf('table-balance', bad);
    assert.deepEqual(found.map((f) => [f.line, f.severity]), [[29, 'error'], [29, 'error']]);
    assert.match(found[0].message, /“自然人”列勾稽关系不成立：一 \+ 二 = 10 \+ 1 = 11，而（七）总计 \+ 四 = 9 \+ 1 = 10/);
    assert.equal(found[0].finding.related!.length, 3);
  });

  sharedTest('holds on every real report', () => {
    for (const f of listShared('corpus')) assert.deepEqual(findingsOf('table-balance', readShared('corpus', f)), [], f);
  });

  test('fails once in the shipped example', () => {
    const found = findingsOf('table-balance', example);
    assert.deepEqual(found.map((f) => f.line), [85]);
    assert.match(found[0].message, /商业企业/);
  });
});
