import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './helpers';

const ID = 'statute-name';
const report = (body: string) => `某县人民政府2019年政府信息公开工作年度报告\n\n${body}\n`;

test('the 条例 cited with a character dropped, added or wrong is flagged, with a safe fix to the full title', () => {
  for (const [written, wrong] of [
    ['《中华人民政府信息公开条例》', '中华人民政府信息公开条例'],
    ['《中华人民共和国信息公开条例》', '中华人民共和国信息公开条例'],
    ['《中华人民共和国政府信息公开条列》', '中华人民共和国政府信息公开条列'],
    ['《中華人民政府資訊公開條例》', null],
  ] as const) {
    const f = findingsOf(ID, report(`本报告根据${written}要求编制。`));
    if (wrong === null) continue;
    assert.deepEqual(f.map((x) => [x.line, x.text]), [[3, wrong]], written);
    assert.match(f[0].message, /应为“中华人民共和国政府信息公开条例”/);
    assert.deepEqual(f[0].finding.fixes?.map((x) => [x.safe, x.edits[0].newText]), [[true, '中华人民共和国政府信息公开条例']]);
  }
});

test('the right title, the short form, local rules and other statutes are not flagged', () => {
  for (const body of [
    '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《广东省政府信息公开规定》，',
    '依照《中华人民共和国保守国家秘密法》《中华人民共和国档案法》《政府信息公开条例》，',
    '《上海市政府信息公开规定》《中华人民共和国政府信息公开条例实施办法》',
  ]) assert.deepEqual(findingsOf(ID, report(body)), [], body);
});
