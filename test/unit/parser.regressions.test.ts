// Small regressions found while building the parser, each with the text that showed it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/core';
import { parseHanNumber } from '../../server/src/core/text/chars';

test('"一、二季度" inside running text is not an inline heading', () => {
  const text = '汤浦镇2024年政府信息公开工作年报\n2024年工作小结如下： 一、政府信息主动公开情况 全年主动公开信息60条。一、二季度 共发布信息30条，二、三类信息 另行统计。 二、政府依申请公开情况 全年未收到申请。\n';
  const doc = parseDocument(text);
  assert.deepEqual(doc.headings.map((h) => h.title.text), ['政府信息主动公开情况', '政府依申请公开情况']);
});

test('inline headings after a 、 that follows no numeral, and none in a line whose only 、 follows none', () => {
  const text = '某镇2024年政府信息公开工作年报\n本年度公开了规章、规范性文件和计划、总结，情况如下： 一、政府信息主动公开情况 全年主动公开信息60条。 二、政府依申请公开情况 全年未收到申请。\n我镇公开了规章、规范性文件、统计信息和年度计划，并及时更新了政务公开专栏。\n';
  const doc = parseDocument(text);
  assert.deepEqual(doc.headings.map((h) => [h.title.text, h.inline]), [['政府信息主动公开情况', true], ['政府依申请公开情况', true]]);
});

test('"（一）主动公开" is a heading although it is two characters from the row label "（一）予以公开"', () => {
  const doc = parseDocument('某县2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n全年主动公开信息12条。\n');
  assert.deepEqual(doc.headings.map((h) => h.title.text), ['总体情况', '主动公开']);
});

test('postal codes and phone numbers are not counts', () => {
  const doc = parseDocument('如有疑问，请联系（地址：某路1号，邮编：223001，电话：0517-83605210）。共受理申请12件。\n');
  assert.deepEqual(doc.numbers.map((n) => n.raw), ['12']);
});

test('a lone 万 is not a number', () => {
  assert.equal(parseHanNumber('万'), undefined);
  assert.equal(parseHanNumber('三万二千'), 32000);
  assert.equal(parseHanNumber('二十三'), 23);
});

test('a year right after a date and a full-width comma is still a date; 201,7年 is still a grouped year', () => {
  const doc = parseDocument('某局2019年政府信息公开工作年度报告\n自2019-9-1，2019年2月3日起施行。201,7年，我局……\n');
  assert.deepEqual(doc.dates.filter((d) => d.role === 'body').map((d) => [d.raw, d.issues.join()]), [
    ['2019-9-1', 'hyphen'], ['2019年2月3日', ''], ['201,7年', 'grouped-year'],
  ]);
});

test('a line holding 100 000 numbers or 60 000 dates of mixed forms parses without throwing', () => {
  const nums = parseDocument('某局2021年政府信息公开工作年度报告\n' + '共3件，'.repeat(100_000) + '\n');
  assert.equal(nums.numbers.length, 100_000);
  const dates = parseDocument('某局2021年政府信息公开工作年度报告\n' + '二〇二一年三月，2021年1月1日，'.repeat(30_000) + '\n');
  assert.equal(dates.dates.filter((d) => d.role === 'body').length, 60_000);
  assert.equal(dates.dates.filter((d) => d.form === 'chinese').length, 30_000);
});
