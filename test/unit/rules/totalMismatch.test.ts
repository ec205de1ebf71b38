import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listShared, readShared, sharedTest } from '../fixtures';
import { findingsOf } from './helpers';

const ID = 'total-mismatch';
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

function report(body: string): string {
  return `某县某局2016年政府信息公开工作年度报告\n\n一、主动公开政府信息情况\n\n${body}\n`;
}

function found(body: string): Array<[number, string]> {
  return findingsOf(ID, report(body)).map((f) => [f.line, f.text]);
}

test('a 其中 list with a remainder item that adds up to less than the total is flagged on the total', () => {
  const f = findingsOf(ID, report('全年共主动公开政府信息120条，其中机构职能类20条、政策法规类30条、其他类信息60条。'));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].line, 5);
  assert.equal(f[0].text, '120条');
  assert.match(f[0].message, /“全年共主动公开政府信息120条”与分项不符：“其中”之后的各项之和为 20 \+ 30 \+ 60 = 110条，比合计少 10条/);
  assert.deepEqual(f[0].finding.related!.map((r) => r.message.zh), ['分项：机构职能类20条', '分项：政策法规类30条', '分项：其他类信息60条']);
});

test('parts that add up to more than the total are flagged, whatever the parts are called', () => {
  assert.deepEqual(found('共收到申请30件，其中网上申请20件、当面申请15件。'), [[5, '30件']]);
  // …also in a parenthesis after the total.
  assert.deepEqual(found('主动公开规章13件（含新制定5件，修改6件，废止4件）。'), [[5, '13件']]);
  // A single part larger than its total.
  assert.deepEqual(found('共收到申请30件，其中网上申请34件。'), [[5, '30件']]);
});

test('parts that add up: nothing', () => {
  assert.deepEqual(found('共主动公开信息55条，其中：应急管理5条，通知公告25条，人事任免6条，文件库19条。'), []);
  assert.deepEqual(found('主动公开规章13件（含新制定5件，修改4件，废止4件）。'), []);
  assert.deepEqual(found('经统计，共计8674个，其中法定单位4687个；授权单位1897个；受委托单位2090个。'), []);
  // Two breakdowns in one sentence, separated by ；.
  assert.deepEqual(found('行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；行政诉讼 46 件，其中结果维持 25件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。'), []);
});

test('fewer parts than the total are not flagged when the list does not claim to be complete', () => {
  // No remainder and no categories: the letters may simply not be mentioned.
  assert.deepEqual(found('共收到申请30件，其中网上申请20件、当面申请5件。'), []);
  // Ends with 等, or introduced as a selection.
  assert.deepEqual(found('共主动公开信息120条，其中机构职能类20条、政策法规类30条等。'), []);
  assert.deepEqual(found('共主动公开信息120条，其中主要有机构职能类20条、政策法规类30条、其他类60条。'), []);
  // A single part is a subset, not a breakdown.
  assert.deepEqual(found('答复申请805件（含上年度结转申请18件，另有72件顺延到下年度答复）。'), []);
});

test('the 其中 belongs to the nearest total; unclear totals, other units, approximations and comparisons are left alone', () => {
  // 累计 then a year's own figure: the 其中 is the year's.
  assert.deepEqual(found('我局累计主动公开政府信息3627条，2009年度主动公开政府信息898条。其中，概况类信息2条；其他信息896条。'), []);
  assert.deepEqual(found('我局累计主动公开政府信息3627条，2009年度主动公开政府信息898条。其中，概况类信息2条；其他信息806条。'), [[5, '898条']]);
  // Two counts before 其中, none the total: 19 + 4 = 23 is one reading, and it fits.
  assert.deepEqual(found('全年共收到在线申请19件，纸质申请4件。其中，4件属于已主动公开的信息，1件属于依申请公开的信息，15件不属于政府信息，2件属于咨询，1件要求补正。'), []);
  // …and when no reading fits, we cannot tell which number is wrong.
  assert.deepEqual(found('全年共收到在线申请19件，纸质申请4件。其中，4件属于已主动公开的信息，1件属于依申请公开的信息，其他类30件。'), []);
  // Parts of another unit.
  assert.deepEqual(found('共召开新闻发布会12场，其中参加记者300人次、其他类媒体40人次。'), []);
  // An approximate total or part.
  assert.deepEqual(found('共主动公开信息1200余条，其中机构职能类20条、其他类60条。'), []);
  assert.deepEqual(found('共主动公开信息120条，其中机构职能类20余条、其他类60条。'), []);
  assert.deepEqual(found('其中，环境业务宣传信息达150余篇；单位简介、机构职能各1篇。'), []);
  // Comparisons inside the list are not parts.
  assert.deepEqual(found('共主动公开信息120条，其中机构职能类20条，较上年增加5条，其他类60条。'), []);
  // Not a breakdown at all.
  assert.deepEqual(found('共组织干部职工80人次参与其中，其他类活动3人次。'), []);
});

test('各 counts once per item named before it', () => {
  assert.deepEqual(found('共发布信息6篇，其中单位简介、机构职能各1篇，其他类4篇。'), []);
  assert.deepEqual(found('共发布信息5篇，其中单位简介、机构职能各1篇，其他类4篇。'), [[5, '5篇']]);
  const f = findingsOf(ID, report('共发布信息5篇，其中单位简介、机构职能各1篇，其他类4篇。'));
  assert.match(f[0].message, /1 × 2 \+ 4 = 6篇，比合计多 1篇/);
});

test('a nested breakdown cuts the outer list short: only an excess is reported then', () => {
  assert.deepEqual(found('共办结127件，其中予以公开61件，其中全部公开50件、其他类11件。'), []);
});

test('"其中：" closing a paragraph: the following list lines are the parts', () => {
  const text = [
    '某局2012年度政府信息公开工作年度报告', '', '一、主动公开政府信息情况', '（一）主动公开政府信息的数量', '',
    '截止2012年12月31日，我局主动公开政府信息共876条。', '', '（二）主动公开政府信息的主要类别情况', '',
    '2012年，我局主动公开政府信息主要类别有机构概况、法规公文等方面的信息。其中：', '',
    '政策法规类信息：共公开69条。其中, “法规公文”类信息17条， “政府决策”类信息52条。', '',
    '业务类信息： 共公开294条。其中，“工作信息”类信息17条；“人事信息”40条、“行政执法”235条以及机构概况1条和财政信息1条等。', '',
    '便民服务类信息：共公开14条。', '', '（三）信息公开形式', '', '我局政府信息主要在网站公布，共100条。',
  ].join('\n');
  const f = findingsOf(ID, text);
  assert.deepEqual(f.map((x) => [x.line, x.text]), [[6, '876条']]);
  assert.match(f[0].message, /“其中：”后逐行列出的各项之和为 69 \+ 294 \+ 14 = 377条，比合计少 499条/);
  assert.deepEqual(f[0].finding.related!.map((r) => r.message.zh), ['“其中”：分项从这里列出', '分项：政策法规类信息69条', '分项：业务类信息294条', '分项：便民服务类信息14条']);
  assert.equal(text.slice(f[0].finding.related![0].start, f[0].finding.related![0].end), '其中');
  // Another subject in the earlier paragraph: no total for the list.
  assert.deepEqual(findingsOf(ID, text.replace('我局主动公开政府信息共876条', '我局网站访问量共876条')), []);
});

sharedTest('seed 000: 876 against its categories 69 + 294 + 14; nothing else in the seeds and the corpus', () => {
  const f = findingsOf(ID, readShared('seeds', '000'));
  assert.deepEqual(f.map((x) => [x.line, x.severity, x.text]), [[14, 'warning', '876条']]);
  assert.deepEqual(f[0].finding.related!.map((r) => r.start < r.end), [true, true, true, true]);
  // seed 001: 898, 8674 and the 23 (19 + 4) applications add up; 107 has no 其中.
  for (const name of listShared('seeds').filter((n) => !n.startsWith('000'))) assert.deepEqual(findingsOf(ID, readShared('seeds', name)), [], name);
  // corpus: shuyang 249, lucheng 55, huaian 351 and 46 add up; shanghai and huaian "（含上年度结转申请…）" are subsets.
  for (const name of listShared('corpus')) assert.deepEqual(findingsOf(ID, readShared('corpus', name)), [], name);
});

test('examples: the deliberate 2361 (md line 11) and 348 (txt line 25); the right 45, 127, 198 and 26 are left alone', () => {
  const md = findingsOf(ID, fs.readFileSync(path.join(EXAMPLES, '青禾县人民政府2024年政府信息公开工作年度报告.md'), 'utf8'));
  assert.deepEqual(md.map((f) => [f.line, f.severity, f.text]), [[11, 'warning', '2361条']]);
  assert.match(md[0].message, /96 \+ 1275 \+ 183 \+ 62 \+ 735 = 2351条，比合计少 10条/);
  const txt = findingsOf(ID, fs.readFileSync(path.join(EXAMPLES, '青禾县自然资源局2017年政府信息公开工作年度报告.txt'), 'utf8'));
  assert.deepEqual(txt.map((f) => [f.line, f.severity, f.text]), [[25, 'warning', '348条']]);
  assert.match(txt[0].message, /21 \+ 37 \+ 16 \+ 203 \+ 12 \+ 49 = 338条，比合计少 10条/);
});

// ---------------- statements across sentences (issue: reports nobody here has seen) ----------------

test('"在主动公开的信息中，…" breaks down a total stated in the paragraph before', () => {
  const body = (other: number) => `全年主动公开政府信息318条。\n\n在主动公开的信息中，机构职能类52条，政策法规类100条，其他类${other}条。`;
  assert.deepEqual(found(body(166)), []);
  const f = findingsOf(ID, report(body(176)));
  assert.deepEqual(f.map((x) => [x.line, x.text]), [[5, '318条']]);
  assert.match(f[0].message, /“在主动公开的信息中，”之后的各项之和为 52 \+ 100 \+ 176 = 328条，比合计多 10条/);
  // A "…中" sentence whose subject is not the total's is not a breakdown of it.
  assert.deepEqual(found('全年主动公开政府信息318条。\n\n在受理的申请中，予以公开52件，不予公开100件。'), []);
});

test('a run-in heading before the total: "（一）主动公开情况。总数1210条，其中……" and "1.主动公开情况：全年共……"', () => {
  assert.deepEqual(found('（一）主动公开情况。总数1210条，其中政策文件类200条、工作动态类1000条、其他类10条。'), []);
  assert.deepEqual(found('（一）主动公开情况。总数1210条，其中政策文件类200条、工作动态类1000条、其他类20条。'), [[5, '1210条']]);
  assert.deepEqual(found('1.主动公开情况：全年共公开信息1210条，其中政策文件类200条、工作动态类1000条、其他类20条。'), [[5, '1210条']]);
});

test('two totals side by side: the count right before 其中 is judged against parts that fit the other, with transposed digits named', () => {
  const f = findingsOf(ID, report('共受理申请64件，办结46件，其中同意公开40件、部分公开11件、告知13件。'));
  assert.deepEqual(f.map((x) => x.text), ['46件']);
  assert.match(f[0].message, /分项之和正好等于前面的“64件”，46与64像是数字颠倒了；请核对“46件”/);
  assert.match(f[0].finding.message.en, /transposed digits/);
  // Parts that fit neither count: several readings, none judged (as before).
  assert.deepEqual(found('共受理申请64件，办结46件，其中同意公开30件、部分公开11件。'), []);
  // In another sentence the 其中 is not tied to the count before it.
  assert.deepEqual(found('共收到在线申请19件，纸质申请4件。其中同意公开10件、部分公开9件。'), []);
});

test('a list ends where its topic changes: 行政复议 and 行政诉讼 after the outcomes are not parts', () => {
  assert.deepEqual(found('共受理申请53件，其中予以公开50件、不予公开3件，行政复议2件、行政诉讼1件。'), []);
  assert.deepEqual(found('共受理申请53件，其中予以公开50件、不予公开13件，行政复议2件、行政诉讼1件。'), [[5, '53件']]);
  // A list about review itself keeps all its parts.
  assert.deepEqual(found('共发生行政复议、行政诉讼3件，其中行政复议2件、行政诉讼2件。'), [[5, '3件']]);
});

test('"N条，包括A a条、B b条": parts that add up to more than the total are a contradiction; fewer are a selection', () => {
  const f = findingsOf(ID, report('发布法定主动公开内容1条，包括机构概况1条，以及“三公”经费及预算、决算信息2条。'));
  assert.deepEqual(f.map((x) => x.text), ['1条']);
  assert.match(f[0].message, /“包括”之后的各项之和为 1 \+ 2 = 3条，比合计多 2条/);
  assert.deepEqual(found('全年主动公开信息382条，包括政府网站35条、媒体80条。'), []);
  assert.deepEqual(found('全年主动公开信息115条，包括政府网站35条、媒体80条。'), []);
  // "其中包括" is the 其中 breakdown; "主要包括" is a selection of the 其中 kind too: not read twice.
  assert.deepEqual(found('共公开信息100条，其中包括政策文件60条、工作动态50条。'), [[5, '100条']]);
});

test('a part that has a 其中 of its own stays a part of the outer list', () => {
  // The inner total (2443) is one of the channels: with it the channels exceed the total.
  const f = findingsOf(ID, report('全年主动公开政务信息382条，包括政府网站35条、媒体80条、微信公众号2443条，其中乡村振兴228条、党建58条。'));
  assert.deepEqual(f.map((x) => x.text), ['382条']);
  assert.match(f[0].message, /35 \+ 80 \+ 2443 = 2558条，比合计多 2176条/);
  // A sibling statement after a ；, with its own 其中, is not a part.
  assert.deepEqual(found('共收到申请30件，其中网上申请20件、当面申请10件；办结25件，其中同意公开20件、不予公开5件。'), []);
  // Nested and consistent: nothing to say.
  assert.deepEqual(found('全年主动公开信息400条，包括政府网站100条、微信公众号300条，其中政策解读50条。'), []);
});

test('a last part that sweeps up the other channels ("等方式") makes a list that claims to be complete', () => {
  const f = findingsOf(ID, report('主动公开政府信息2873条，其中通过政府网站公开1600条；利用微信公众号公开450条；利用宣传车、公开栏等方式公开各类政府信息453条。'));
  assert.deepEqual(f.map((x) => x.text), ['2873条']);
  assert.match(f[0].message, /比合计少 370条/);
  // Without the catch-all the list may leave channels out: not judged.
  assert.deepEqual(found('主动公开政府信息2873条，其中通过政府网站公开1600条；利用微信公众号公开450条。'), []);
  // The catch-all adds up: nothing to say.
  assert.deepEqual(found('主动公开政府信息2503条，其中通过政府网站公开1600条；利用微信公众号公开450条；利用宣传车等方式公开453条。'), []);
});
