import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listShared, readShared, sharedTest } from '../fixtures';
import { findingsOf } from './helpers';

test('文号 with [ ], „‟, 【】 or （） around the year are flagged; 〔〕 is not', () => {
  const text = '某局2010年政府信息公开工作年度报告\n根据《通知》（绵府函[2010]64号）、（国办发„2008‟36号）、（浙府法发〔2017〕26号）和（某府办【2015】7号）要求……\n';
  const found = findingsOf('doc-number-brackets', text);
  assert.deepEqual(found.map((f) => f.text), ['[2010]', '„2008‟', '【2015】']);
  assert.ok(found.every((f) => f.severity === 'warning' && f.line === 2));
  assert.match(found[0].message, /写作“绵府函〔2010〕64号”/);
});

test('years in brackets that are not document numbers are left alone', () => {
  const text = '某县2019年政府信息公开工作年度报告\n数据来源：统计年鉴（2019）。第（2019）号文件另行公布。[2020]年度计划。\n';
  assert.deepEqual(findingsOf('doc-number-brackets', text), []);
});

sharedTest('seed 001: lines 6, 12, 65, 112 and 158; nothing in the other real reports', () => {
  const found = findingsOf('doc-number-brackets', readShared('seeds', '001'));
  assert.deepEqual([...new Set(found.map((f) => f.line))], [6, 12, 65, 112, 158]);
  assert.equal(found.find((f) => f.line === 158)!.text, '„2008‟');
  for (const f of listShared('corpus')) assert.deepEqual(findingsOf('doc-number-brackets', readShared('corpus', f)), [], f);
  for (const f of listShared('seeds').filter((n) => !n.startsWith('001'))) assert.deepEqual(findingsOf('doc-number-brackets', readShared('seeds', f)), [], f);
});

test('a 文号 without its 号, before punctuation or at the line end, is still a 文号', () => {
  const text = '某县2019年政府信息公开工作年度报告\n根据《通知》（某府办[2019]12），以及《通知》（川办函【2018】7）和国办发[2017]3；另见某府办[2016]5\n';
  const found = findingsOf('doc-number-brackets', text);
  assert.deepEqual(found.map((f) => f.text), ['[2019]', '【2018】', '[2017]', '[2016]']);
  assert.match(found[0].message, /“某府办\[2019\]12”.*写作“某府办〔2019〕12”/);
  assert.equal(found[0].finding.fixes?.[0].edits[0].newText, '〔2019〕');
});

test('without 号: bracketed years, footnote marks, page numbers and non-issuers are not 文号', () => {
  const text = '某县2019年政府信息公开工作年度报告\n见参考文献[1]、[2019]年度计划、统计年鉴[2019]12，第[2019]12页，某府办[2019]12条规定，某府办[2019]123456，某府办〔2019〕12，\n';
  assert.deepEqual(findingsOf('doc-number-brackets', text), []);
});
