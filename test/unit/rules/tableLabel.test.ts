import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listShared, readShared, sharedTest } from '../fixtures';
import { findingsOf } from './helpers';
import { nationalTableLines } from '../../../server/src/core';

const ID = 'table-label';
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

const HEADER = '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|\n';
const LEAVES = [
  '（三）不予公开 / 1.属于国家秘密', '（三）不予公开 / 2.其他法律行政法规禁止公开', '（三）不予公开 / 3.危及“三安全一稳定”', '（三）不予公开 / 4.保护第三方合法权益',
  '（三）不予公开 / 5.属于三类内部事务信息', '（三）不予公开 / 6.属于四类过程性信息', '（三）不予公开 / 7.属于行政执法案卷', '（三）不予公开 / 8.属于行政查询事项',
  '（四）无法提供 / 1.本机关不掌握相关政府信息', '（四）无法提供 / 2.没有现成信息需要另行制作', '（四）无法提供 / 3.补正后申请内容仍不明确',
  '（五）不予处理 / 1.信访举报投诉类申请', '（五）不予处理 / 2.重复申请', '（五）不予处理 / 3.要求提供公开出版物', '（五）不予处理 / 4.无正当理由大量反复申请',
  '（五）不予处理 / 5.要求行政机关确认或重新出具已获取信息',
];
const SIX_2021 = ['（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '（六）其他处理 / 3.其他'];

/** Table B with all-zero rows; `edit` rewrites the labels. Title line 1, table header line 5. */
function tableB(year: number, six: string[], edit: (label: string) => string = (l) => l, header = HEADER): string {
  const labels = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果 / （一）予以公开',
    '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...[...LEAVES, ...six].map((l) => `三、本年度办理结果 / ${l}`),
    '三、本年度办理结果 / （七）总计', '四、结转下年度继续办理'];
  const rows = labels.map((l) => `| ${edit(l)} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`);
  return `某局${year}年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n${header}${rows.join('\n')}\n`;
}

function tableA(year: number, rows: string[], columns = ['本年制发件数', '本年废止件数', '现行有效件数']): string {
  return `某局${year}年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n第二十条第（一）项\n\n| 信息内容 | ${columns.join(' | ')} |\n|---|---|---|---|\n${rows.map((r) => `| ${r} | 0 | 0 | 0 |`).join('\n')}\n`;
}

test('a misspelt row label is reported on the label with the official wording', () => {
  const found = findingsOf(ID, tableB(2022, SIX_2021, (l) => l.replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开')));
  assert.deepEqual(found.map((f) => [f.line, f.severity, f.text]), [[12, 'warning', '2.其他法律行政止公开']]);
  assert.match(found[0].message, /^行名“2.其他法律行政止公开”与统一格式不符，应为“2.其他法律行政法规禁止公开”。/);
});

test('a misspelt column header is reported too', () => {
  const found = findingsOf(ID, tableB(2022, SIX_2021, undefined, HEADER.replace('社会公益组织', '社会公益组')));
  assert.deepEqual(found.map((f) => [f.line, f.text]), [[5, '社会公益组']]);
  assert.match(found[0].message, /^列名“社会公益组”与统一格式不符，应为“社会公益组织”。/);
});

test('width, punctuation and spacing are not label errors', () => {
  const variants = (l: string) => l
    .replace('1.属于国家秘密', '1、属于国家秘密')
    .replace('只计这一情形', '只计这一情 形')
    .replace('（一）予以公开', '(一)予以公开')
    .replace('3.危及“三安全一稳定”', '3.危及"三安全一稳定"')
    .replace('逾期不补正、行政机关', '逾期不补正，行政机关')
    .replace('4.无正当理由大量反复申请', '4.无正当理由大量反复 申请');
  assert.deepEqual(findingsOf(ID, tableB(2022, SIX_2021, variants)), []);
});

test('a 2021+ report with the single （六）其他处理 row of 2019: once, on that label', () => {
  const found = findingsOf(ID, tableB(2024, ['（六）其他处理']));
  assert.deepEqual(found.map((f) => [f.line, f.text]), [[27, '（六）其他处理']]);
  assert.match(found[0].message, /本报告为2024年度报告，应使用2021年格式（国办公开办函〔2021〕30号）的统计表，但此表用了2019年试行格式（国办公开办函〔2019〕60号）的标签：“（六）其他处理”（2021年格式把“（六）其他处理”分为/);
  // Right for a 2019 or 2020 report; and the 2021 rows in a 2020 report are the other way round.
  assert.deepEqual(findingsOf(ID, tableB(2019, ['（六）其他处理'])), []);
  assert.deepEqual(findingsOf(ID, tableB(2021, SIX_2021)), []);
  assert.deepEqual(findingsOf(ID, tableB(2020, SIX_2021)).map((f) => f.text), ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']);
});

test('Table A: 规范性文件 in a 2021+ report; 2019 labels in 2019 and 2020 reports are right', () => {
  const found = findingsOf(ID, tableA(2023, ['规章', '规范性文件']));
  assert.deepEqual(found.map((f) => [f.line, f.text]), [[10, '规范性文件']]);
  assert.match(found[0].message, /用了2019年试行格式（国办公开办函〔2019〕60号）的标签：“规范性文件”（2021年格式为“行政规范性文件”）/);
  assert.deepEqual(findingsOf(ID, tableA(2023, ['规章', '行政规范性文件'])), []);
  const old = ['本年新制作数量', '本年新公开数量', '对外公开总数量'];
  assert.deepEqual(findingsOf(ID, tableA(2020, ['规章', '规范性文件'], old)), []);
  // All 2019 columns in a 2022 report: one finding for the table, every label related.
  const all = findingsOf(ID, tableA(2022, ['规章', '规范性文件'], old));
  assert.equal(all.length, 1);
  assert.equal(all[0].text, '本年新制作数量');
  assert.deepEqual(all[0].finding.related!.map((r) => r.message.zh), ['2019年试行格式的标签：本年新制作数量', '2019年试行格式的标签：本年新公开数量', '2019年试行格式的标签：对外公开总数量', '2019年试行格式的标签：规范性文件']);
  // A 2020 report writing 行政规范性文件 under the 2019 columns: the word was common before 2021.
  assert.deepEqual(findingsOf(ID, tableA(2020, ['规章', '行政规范性文件'], old)), []);
  // …but a whole 2021-format table in a 2020 report is told.
  assert.equal(findingsOf(ID, tableA(2020, ['规章', '行政规范性文件'])).length, 1);
});

sharedTest('corpus: shuyang 规范性文件 (2023), hongze 2.其他法律行政止公开 and its single （六）其他处理 row (2024); nothing else', () => {
  assert.deepEqual(findingsOf(ID, readShared('corpus', '2023_shuyang')).map((f) => [f.line, f.severity, f.text]), [[40, 'warning', '规范性文件']]);
  const hz = findingsOf(ID, readShared('corpus', '2024_hongze'));
  assert.deepEqual(hz.map((f) => [f.line, f.severity, f.text]), [[59, 'warning', '2.其他法律行政止公开'], [74, 'warning', '（六）其他处理']]);
  assert.match(hz[0].message, /应为“2.其他法律行政法规禁止公开”/);
  // hongze line 57 keeps a PDF line-wrap space inside （二）部分公开（…只计这一情 形…）: not an error.
  for (const name of listShared('corpus').filter((n) => !/shuyang|hongze/.test(n))) assert.deepEqual(findingsOf(ID, readShared('corpus', name)), [], name);
  for (const name of listShared('seeds')) assert.deepEqual(findingsOf(ID, readShared('seeds', name)), [], name);
});

test('example: 2.没有现成信息另行制作 (line 74)', () => {
  const found = findingsOf(ID, fs.readFileSync(path.join(EXAMPLES, '青禾县人民政府2024年政府信息公开工作年度报告.md'), 'utf8'));
  assert.deepEqual(found.map((f) => [f.line, f.severity, f.text]), [[74, 'warning', '2.没有现成信息另行制作']]);
  assert.match(found[0].message, /应为“2.没有现成信息需要另行制作”/);
});

test('a copy that ends inside a label (a page cut off) is not a misspelt label', () => {
  // Table 2 of the 2021 format, cut off inside the header of its 第二十条第（八）项 part.
  const table = nationalTableLines('A', '2021', 'markdown').join('\n');
  const at = table.indexOf('本年收费金额（单位：万元）');
  const head = `某镇人民政府2022年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n`;
  const cut = head + table.slice(0, at) + '本年收费金额(单位:万';
  assert.deepEqual(findingsOf('table-label', cut), []);
  // The same misspelling with the table going on is reported.
  const whole = head + table.slice(0, at) + '本年收费金额(单位:万' + table.slice(at + '本年收费金额（单位：万元）'.length - 1) + '\n';
  assert.equal(findingsOf('table-label', whole).length, 1);
});
