import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listShared, readShared, sharedTest } from '../fixtures';
import { findingsOf } from './helpers';

const ID = 'percent-mismatch';
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

function found(body: string): Array<[string, string]> {
  return findingsOf(ID, `某局2016年政府信息公开工作年度报告\n\n一、依申请公开情况\n\n${body}\n`).map((f) => [f.severity, f.text]);
}

test('a percentage of the 其中 total that is off is flagged on the percentage', () => {
  const f = findingsOf(ID, `某局2016年政府信息公开工作年度报告\n\n全年共办结100件，其中予以公开50件，占50%；部分公开20件，占25%。\n`);
  assert.deepEqual(f.map((x) => [x.line, x.severity, x.text]), [[3, 'warning', '25%']]);
  assert.match(f[0].message, /^“部分公开20件，占25%”与合计不符：20 ÷ 100 = 20.00%，应约为 20%，所印比它高 5.0 个百分点。/);
  assert.deepEqual(f[0].finding.related!.map((r) => r.message.zh), ['数字 20件', '合计 100件']);
});

test('within half a unit of the last printed decimal is right', () => {
  assert.deepEqual(found('全年共办结3件，其中予以公开1件，占33.3%；部分公开1件，占33%；不予处理1件，占33.33%。'), []);
  assert.deepEqual(found('全年共办结3件，其中予以公开1件，占33.4%。'), [['warning', '33.4%']]);
  assert.deepEqual(found('全年共办结107条，其中政策法规类66条，占61.7%；业务类41条，占38.3%。'), []);
});

test('a truncated percentage (4.348 written 4.34) is an information note', () => {
  const f = findingsOf(ID, '某局2019年报告\n\n共答复申请805件，其中不予公开35件，占4.34%；不予处理158件，占19.6%。\n');
  assert.deepEqual(f.map((x) => [x.severity, x.text]), [['information', '4.34%']]);
  assert.match(f[0].message, /截尾.*35 ÷ 805 = 4.3478%，按四舍五入应写作 4.35%/);
});

test('without 其中, the total must be established by at least two percentages of the paragraph', () => {
  // Two counts in the paragraph; 200 fits two of the three percentages, so it is the total. The third fits
  // the other count (100): the writer may have meant that base, so it is left alone.
  assert.deepEqual(found('共收到申请200件，办结100件。予以公开50件，占25%；部分公开20件，占10%；不予处理30件，占30%。'), []);
  assert.deepEqual(found('共收到申请200件，办结100件。予以公开50件，占25%；部分公开20件，占10%；不予处理30件，占40%。'), [['warning', '40%']]);
  // A single percentage, or one that fits no count: no total, nothing judged.
  assert.deepEqual(found('部分公开14件，占12.6%。'), []);
  assert.deepEqual(found('共收到申请200件。予以公开50件，占30%；部分公开20件，占12%。'), []);
  // Two counts fit equally well (two percentages each): not judged.
  assert.deepEqual(found('共收到申请200件，办结100件。予以公开50件，占25%；部分公开40件，占20%；不予处理20件，占20%；其他处理30件，占30%；无法提供10件，占7%。'), []);
  // The same total written twice is one total.
  assert.deepEqual(found('共收到申请100件，办结100件。予以公开50件，占50%；部分公开20件，占20%；不予处理30件，占40%。'), [['warning', '40%']]);
});

test('only "占p%" after a count is a share: growth rates and other percentages are not', () => {
  assert.deepEqual(found('共受理申请859件，申请数量较去年回落12.3%；办结805件，办结率达93.7%。'), []);
  assert.deepEqual(found('全年共办结100件，其中予以公开约50件，占30%；部分公开20件，占20%。'), []);
});

sharedTest('corpus: shanghai 258件 占33.9% (of 805 it is 32.0 %) and the truncated 4.34 %; nothing else', () => {
  const sh = findingsOf(ID, readShared('corpus', '2019_shanghai'));
  assert.deepEqual(sh.map((f) => [f.line, f.severity, f.text]), [[29, 'warning', '33.9%'], [29, 'information', '4.34%']]);
  assert.match(sh[0].message, /“予以公开及部分公开258件，占33.9%”与合计不符：258 ÷ 805 = 32.050%，应约为 32.0%/);
  // 265件 占32.9% and 158件 占19.6% fit 805, which is how the total is known.
  for (const name of listShared('corpus').filter((n) => !/shanghai/.test(n))) assert.deepEqual(findingsOf(ID, readShared('corpus', name)), [], name);
  // seed 001: 66条 占61.7% and 41条 占38.3% of the 107 in the paragraph before.
  for (const name of listShared('seeds')) assert.deepEqual(findingsOf(ID, readShared('seeds', name)), [], name);
});

test('example: 部分公开14件，占12.6% (line 15); 48.0, 18.1 and 6.3 are right', () => {
  const f = findingsOf(ID, fs.readFileSync(path.join(EXAMPLES, '青禾县人民政府2024年政府信息公开工作年度报告.md'), 'utf8'));
  assert.deepEqual(f.map((x) => [x.line, x.severity, x.text]), [[15, 'warning', '12.6%']]);
  assert.match(f[0].message, /14 ÷ 127 = 11.024%，应约为 11.0%/);
  assert.deepEqual(findingsOf(ID, fs.readFileSync(path.join(EXAMPLES, '青禾县自然资源局2017年政府信息公开工作年度报告.txt'), 'utf8')), []);
});

test('shares written "、占", "占比", "所占比例为", "比例为" are checked against their total', () => {
  assert.deepEqual(found('共受理申请130件，其中予以公开59件、占45.4%，不予公开71件、占比54.6%。'), []);
  // 59 ÷ 130 = 45.38%: 45.3 is cut off, an information note as for any truncated share.
  assert.deepEqual(found('共受理申请130件，其中予以公开59件、占45.3%，不予公开71件、占比54.6%。'), [['information', '45.3%']]);
  // 梅河口 2010: 20 ÷ 65 = 30.77% (30 is truncated), 45 ÷ 65 = 69.23% (75 is wrong).
  assert.deepEqual(
    found('全乡累计主动公开政府信息65条。其中,网上公开信息20条,所占比例为30%,揭示板上公开45条,所占比例75%'),
    [['information', '30%'], ['warning', '75%']],
  );
  assert.deepEqual(found('共受理申请130件，其中予以公开59件，比例为45.4%；不予公开71件，比例为54.6%。'), []);
});

test('shares in "在…中" sentences are of the total stated before', () => {
  const text = '全年主动公开政府信息318条。\n\n在主动公开的信息中，机构职能类52条，占16.4%；政策法规类100条，占31.4%；其他类166条，占52.2%。';
  assert.deepEqual(found(text), []);
  assert.deepEqual(found(text.replace('占31.4%', '占35.4%')), [['warning', '35.4%']]);
});
