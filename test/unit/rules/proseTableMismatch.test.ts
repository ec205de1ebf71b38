import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listShared, readShared, sharedTest } from '../fixtures';
import { findingsOf, seriousFindings } from './helpers';

const ID = 'prose-table-mismatch';
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

const B_HEADER = '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|';
const B_ROWS: Array<[string, string]> = [
  ['一', '一、本年新收政府信息公开申请数量'], ['二', '二、上年结转政府信息公开申请数量'],
  ['予以公开', '三、本年度办理结果 / （一）予以公开'], ['部分公开', '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ...['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项']
    .map((l, i): [string, string] => [`不予公开${i + 1}`, `三、本年度办理结果 / （三）不予公开 / ${i + 1}.${l}`]),
  ...['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'].map((l, i): [string, string] => [`无法提供${i + 1}`, `三、本年度办理结果 / （四）无法提供 / ${i + 1}.${l}`]),
  ...['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息']
    .map((l, i): [string, string] => [`不予处理${i + 1}`, `三、本年度办理结果 / （五）不予处理 / ${i + 1}.${l}`]),
  ...['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他']
    .map((l, i): [string, string] => [`其他处理${i + 1}`, `三、本年度办理结果 / （六）其他处理 / ${i + 1}.${l}`]),
  ['七', '三、本年度办理结果 / （七）总计'], ['四', '四、结转下年度继续办理'],
];
const C_HEADER = `| ${['行政复议', '行政诉讼 / 未经复议直接起诉', '行政诉讼 / 复议后起诉'].flatMap((g) => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((o) => `${g} / ${o}`)).join(' | ')} |\n|${'---|'.repeat(15)}`;

/** A 2022 report: the prose paragraph on line 5, Table B (自然人 = 总计 = the given value) and Table C. */
function report(prose: string, b: Record<string, number>, c: number[] = [2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1]): string {
  const rows = B_ROWS.map(([key, label]) => `| ${label} | ${b[key] ?? 0} | 0 | 0 | 0 | 0 | 0 | ${b[key] ?? 0} |`);
  return [
    '某县人民政府2022年政府信息公开工作年度报告', '', '一、总体情况', '', prose, '', '三、收到和处理政府信息公开申请情况', '',
    B_HEADER, ...rows, '', '四、政府信息公开行政复议、行政诉讼情况', '', C_HEADER, `| ${c.join(' | ')} |`, '',
  ].join('\n');
}

/** 30 received + 2 carried = 28 handled + 4 to next year; 予以公开 12, 部分公开 3, 不予公开 2, 无法提供 6 (5 + 1), 不予处理 4, 其他处理 1. */
const B = { 一: 30, 二: 2, 予以公开: 12, 部分公开: 3, 不予公开3: 2, 无法提供1: 5, 无法提供2: 1, 不予处理2: 4, 其他处理3: 1, 七: 28, 四: 4 };

function found(prose: string, b = B, c?: number[]): Array<[string, string]> {
  return findingsOf(ID, report(prose, b, c)).map((f) => [f.severity, f.text]);
}

test('the number of applications received differs from Table B row 一: a warning on the figure', () => {
  const f = findingsOf(ID, report('2022年，县政府本级共收到政府信息公开申请32件，均已按期答复。', B));
  assert.deepEqual(f.map((x) => [x.line, x.severity, x.text]), [[5, 'warning', '32件']]);
  assert.match(f[0].message, /^正文“县政府本级共收到政府信息公开申请32件”与表三不符：表三“一、本年新收政府信息公开申请数量”为 30，正文写 32，比表多 2。/);
  assert.deepEqual(f[0].finding.related!.map((r) => r.message.zh), ['表中：一、本年新收政府信息公开申请数量 × 总计 = 30']);
});

test('every quantity that agrees with the tables gives nothing', () => {
  assert.deepEqual(found('全年共受理政府信息公开申请30件，上年结转2件。全年共办结28件，其中予以公开12件，部分公开3件，不予公开2件，无法提供6件，不予处理4件，其他处理1件。另有4件因答复期限尚未届满，结转下年度继续办理。'), []);
  assert.deepEqual(found('共收到申请30件，答复28件（含上年度结转申请2件，另有4件顺延到下年度答复）。'), []);
  assert.deepEqual(found('本年度发生政府信息公开行政复议4件，其中结果维持2件，结果纠正1件，尚未审结1件；行政诉讼2件，其中结果维持1件，其他结果1件。'), []);
  assert.deepEqual(found('未经复议直接起诉1件，复议后起诉1件。'), []);
});

test('outcome rows, groups and Table C figures that differ are warnings', () => {
  assert.deepEqual(found('对办理的申请，予以公开及部分公开14件。'), [['warning', '14件']]); // 12 + 3 = 15
  assert.deepEqual(found('对办理的申请，无法提供7件。'), [['warning', '7件']]);
  assert.deepEqual(found('全年共办结政府信息公开申请29件。'), [['warning', '29件']]);
  assert.deepEqual(found('另有5件申请结转下年度继续办理。'), [['warning', '5件']]);
  assert.deepEqual(found('政府信息公开行政复议5件，其中结果维持3件。'), [['warning', '5件'], ['warning', '3件']]);
  assert.deepEqual(found('行政诉讼3件。'), [['warning', '3件']]);
});

test('a figure that equals one item of its category, or a sentence that names another scope: information only', () => {
  const leaf = findingsOf(ID, report('对办理的申请，因本机关不掌握等原因无法提供5件。', B));
  assert.deepEqual(leaf.map((x) => [x.severity, x.text]), [['information', '5件']]);
  assert.match(leaf[0].message, /只等于表三“1.本机关不掌握相关政府信息”一行（5），而表三“（四）无法提供”各项之和为 6/);
  const scope = findingsOf(ID, report('县政府办代表县政府受理政府信息公开申请17件。', B));
  assert.deepEqual(scope.map((x) => [x.severity, x.text]), [['information', '17件']]);
  assert.match(scope[0].message, /句中的“代表”说明正文所说的范围可能与统计表不同/);
  assert.deepEqual(found('全县各部门共收到政府信息公开申请300件。'), [['information', '300件']]);
});

test('a paragraph that does not speak of applications, review or litigation is not read', () => {
  assert.deepEqual(found('对拟公开的信息，予以公开及部分公开14件。'), []);
});

test('figures of another period, subsets after 其中, approximations and blank rows are not compared', () => {
  assert.deepEqual(found('上年共收到政府信息公开申请40件，本年共收到申请30件。'), []);
  assert.deepEqual(found('2021年共收到政府信息公开申请40件。'), []);
  assert.deepEqual(found('2022年共收到政府信息公开申请40件。'), [['warning', '40件']]);
  assert.deepEqual(found('共收到申请30件，较上年减少10件。'), []);
  assert.deepEqual(found('共收到申请30件，其中县政府办收到申请20件、其他部门转来10件。'), []);
  assert.deepEqual(found('共收到政府信息公开申请30余件。'), []);
  const blank = report('对办理的申请，其他处理3件。', B).replace(/(（六）其他处理 \/ \d\.[^|]*\|)[^\n]*/g, '$1  |  |  |  |  |  |  |');
  assert.deepEqual(findingsOf(ID, blank), []);
  assert.deepEqual(found('对办理的申请，其他处理3件。'), [['warning', '3件']]);
});

test('"均获维持" while Table C has cases pending or corrected', () => {
  const f = findingsOf(ID, report('行政复议4件，行政诉讼2件，均获维持。', B));
  assert.deepEqual(f.map((x) => [x.severity, x.text]), [['warning', '均获维持']]);
  assert.match(f[0].message, /表四显示：行政复议结果维持 2 件，结果纠正 1 件，尚未审结 1 件；行政诉讼结果维持 1 件，其他结果 1 件/);
  assert.deepEqual(found('行政复议2件，行政诉讼1件，均获维持。', B, [2, 0, 0, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]), []);
});

test('no recognized table, no check', () => {
  assert.deepEqual(findingsOf(ID, '某局2012年政府信息公开工作年度报告\n\n一、依申请公开情况\n\n全年共收到政府信息公开申请5件，均已答复。\n'), []);
});

sharedTest('corpus: shanghai 258 (table 275), 265 (only the 不掌握 row; 337 in all, information) and 均获维持; hongze 17 vs 95 (代表: information); huaian matches', () => {
  const sh = findingsOf(ID, readShared('corpus', '2019_shanghai'));
  assert.deepEqual(sh.map((f) => [f.line, f.severity, f.text]), [[29, 'warning', '258件'], [29, 'information', '265件'], [29, 'warning', '均获维持']]);
  assert.match(sh[0].message, /表三“（一）予以公开”与“（二）部分公开”之和为 275，正文写 258，比表少 17。/);
  assert.match(sh[1].message, /“1.本机关不掌握相关政府信息”一行（265），而表三“（四）无法提供”各项之和为 337/);
  assert.match(sh[2].message, /行政复议结果维持 5 件，尚未审结 2 件；行政诉讼结果维持 8 件，尚未审结 1 件/);
  const hz = findingsOf(ID, readShared('corpus', '2024_hongze'));
  assert.deepEqual(hz.map((f) => [f.line, f.severity, f.text]), [[14, 'information', '17 件']]);
  assert.match(hz[0].message, /表三“一、本年新收政府信息公开申请数量”（95）不同/);
  // huaian: 3119, 3050 incl. 34, 103, 351 = 72 + 64 + 178 + 37, 46 = 26 + 20 with 25/5/9/7; shuyang 26.
  for (const name of listShared('corpus').filter((n) => !/shanghai|hongze/.test(n))) assert.deepEqual(findingsOf(ID, readShared('corpus', name)), [], name);
  for (const name of listShared('seeds')) assert.deepEqual(findingsOf(ID, readShared('seeds', name)), [], name);
});

sharedTest('huaian, whose prose matches its tables, gets no warning or error from any rule', () => {
  assert.deepEqual(seriousFindings(readShared('corpus', '2024_huaian')), []);
});

test('example: 共收到政府信息公开申请132件 against 128 (line 15); 6, 127, 7 and the outcomes match', () => {
  const f = findingsOf(ID, fs.readFileSync(path.join(EXAMPLES, '青禾县人民政府2024年政府信息公开工作年度报告.md'), 'utf8'));
  assert.deepEqual(f.map((x) => [x.line, x.severity, x.text]), [[15, 'warning', '132件']]);
  assert.match(f[0].message, /表三“一、本年新收政府信息公开申请数量”为 128，正文写 132，比表多 4。/);
  assert.deepEqual(findingsOf(ID, fs.readFileSync(path.join(EXAMPLES, '青禾县自然资源局2017年政府信息公开工作年度报告.txt'), 'utf8')), []);
});
