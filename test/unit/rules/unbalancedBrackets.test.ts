import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './helpers';

const ID = 'unbalanced-brackets';
const report = (body: string) => `某县人民政府2019年政府信息公开工作年度报告\n\n一、总体情况\n\n${body}\n\n二、其他需要报告的事项\n\n无。\n`;
const found = (body: string) => findingsOf(ID, report(body)).map((f) => [f.line, f.text]);

test('a title mark or a parenthesis without its partner is reported on the unpaired mark', () => {
  const f = findingsOf(ID, report('按照广东省政府信息公开规定》以及《关于印发中山市政府信息公开规定的通知》的要求，做好工作。'));
  assert.deepEqual(f.map((x) => [x.line, x.text, x.severity]), [[5, '》', 'warning']]);
  assert.match(f[0].message, /书名号不成对：这个“》”前面没有对应的“《”/);
  const extra = findingsOf(ID, report('请与区政府办公室联系(地址:扬子江路101号,电子邮箱:(office@example.org)。'));
  assert.deepEqual(extra.map((x) => x.text), ['(']);
  assert.match(extra[0].message, /这个“\(”在本段中没有对应的“\)”/);
  assert.deepEqual(found('按照《四川省人民政府办公厅的通知》(川府办发电〔2009〕74号和《绵阳市的通知》（绵府办函〔2009〕304号）要求，'), [[5, '(']]);
  assert.deepEqual(found('根据《中华人民共和国政府信息公开条例（以下简称《条例》）的规定，'), [[5, '《']]);
});

test('paired marks, mixed widths, enumerators, tables and a text cut mid-sentence are not flagged', () => {
  for (const body of [
    '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《四川省贯彻〈条例〉实施办法（试行)》，',
    '1)主动公开情况良好。2)依申请公开情况良好。',
    '主要有：a) 网站；b) 公开栏。一）继续做好工作。',
    '| 规章 (件 | 0 | 0 | 0 |\n|---|---|---|---|\n| 行政规范性文件 | 0 | 0 | 0 |',
    '按照《\n中华人民共和国政府信息公开条例》（国务院令第492号）的要求，',
  ]) assert.deepEqual(found(body), [], body);
  // The text stops mid-sentence: the closing mark may have been cut off with the rest.
  const cut = '某县人民政府2019年政府信息公开工作年度报告\n\n一、总体情况\n\n如有疑问请联系(地址:某路1号,邮编:';
  assert.deepEqual(findingsOf(ID, cut), []);
  assert.equal(findingsOf(ID, cut + '100000)。\n(多余').length, 0, 'the last block is cut again');
  assert.equal(findingsOf(ID, cut + '100000。\n其他内容。\n').length, 1, 'the paragraph is complete: its ( is unpaired');
});

test('each paragraph is read from its start, after one that stopped at a mark without its partner', () => {
  // The first paragraph stops early at its stray 》 and at its mismatched （…》; the next ones are read in full.
  const body = '依据规定》开展工作（见附件）。\n\n落实《条例（试行》要求。\n\n按照《通知》（2019年）执行（具体见下文。\n\n另（附表1）已公开。';
  assert.deepEqual(found(body), [[5, '》'], [7, '（'], [9, '（']]);
});
