import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './helpers';

const ID = 'no-rulemaking-power';
const tableA = (rules: string) =>
  `| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | ${rules} |\n| 行政规范性文件 | 2 | 0 | 2 |`;
const report = (issuer: string, rules: string) =>
  `${issuer}2022年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n${tableA(rules)}\n`;

test('规章 reported by a township, a county, a district or a street is flagged on the first non-zero cell', () => {
  const f = findingsOf(ID, report('桃江县松木塘镇人民政府', '2 | 0 | 2'));
  assert.deepEqual(f.map((x) => [x.text, x.severity]), [['2', 'warning']]);
  assert.match(f[0].message, /“规章”一行填了 2 \/ 0 \/ 2，但桃江县松木塘镇人民政府不是可以制定规章的机关/);
  for (const issuer of ['某县人民政府', '淮安市洪泽区人民政府', '某市某区某街道办事处', '某旗人民政府', '某县发展和改革局'])
    assert.equal(findingsOf(ID, report(issuer, '0 | 1 | 0')).length, 1, issuer);
});

test('zeros, provinces, autonomous regions, cities and 地区 are not flagged', () => {
  assert.deepEqual(findingsOf(ID, report('某县人民政府', '0 | 0 | 0')), []);
  for (const issuer of ['某省人民政府', '新疆维吾尔自治区人民政府', '淮安市人民政府', '阿里地区行政公署', '某自治州人民政府'])
    assert.deepEqual(findingsOf(ID, report(issuer, '3 | 1 | 12')), [], issuer);
});
