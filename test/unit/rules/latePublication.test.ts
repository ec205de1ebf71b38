// late-publication: the signature date against the statutory deadline and the end of the report year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseShared, readShared, sharedTest } from '../fixtures';
import { EXAMPLE_2017, EXAMPLE_2024, findingsOf, readExample, sharedReports } from './dateFixtures';

const RULE = 'late-publication';

function signed(title: string, signature: string, issuer = '某县发展和改革局'): string {
  return `${title}\n2019年，我局……\n${issuer}\n${signature}\n`;
}

const DEPT_2019 = '某县发展和改革局2019年政府信息公开工作年度报告';
const GOV_2019 = '某县人民政府2019年政府信息公开工作年度报告';

test('from 2019: departments by 1月31日, governments by 3月31日', () => {
  const dept = findingsOf(RULE, signed(DEPT_2019, '2020年2月15日'));
  assert.deepEqual(dept.map((f) => [f.line, f.text, f.severity]), [[4, '2020年2月15日', 'warning']]);
  assert.match(dept[0].message, /晚于法定期限2020年1月31日.*第四十九条.*nianbao.deadlines/);
  assert.deepEqual(findingsOf(RULE, signed(DEPT_2019, '2020年1月31日')), []);
  assert.deepEqual(findingsOf(RULE, signed(GOV_2019, '2020年2月15日', '某县人民政府')), []);
  const gov = findingsOf(RULE, signed(GOV_2019, '2020年4月1日', '某县人民政府'));
  assert.match(gov[0].message, /晚于法定期限2020年3月31日/);
});

test('up to 2018: 3月31日 for everyone, townships included', () => {
  const found = findingsOf(RULE, signed('某镇2015年政府信息公开工作年度报告', '2016年4月1日', '某镇人民政府'));
  assert.deepEqual(found.map((f) => f.text), ['2016年4月1日']);
  assert.match(found[0].message, /第三十一条/);
  assert.deepEqual(findingsOf(RULE, signed('某局2015年政府信息公开工作年度报告', '2016年3月31日')), []);
});

test('only what is certain: townships after 2019, unknown issuers, a month without a day, doubtful years', () => {
  assert.deepEqual(findingsOf(RULE, signed('某镇人民政府2019年政府信息公开工作年度报告', '2020年6月1日', '某镇人民政府')), [], 'local rules');
  assert.deepEqual(findingsOf(RULE, signed('某镇人民政府办公室2019年政府信息公开工作年度报告', '2020年6月1日', '某镇人民政府办公室')), [], 'a township office');
  assert.deepEqual(findingsOf(RULE, signed('某街道办事处2019年政府信息公开工作年度报告', '2020年6月1日', '某街道办事处')), [], 'a street office');
  assert.equal(findingsOf(RULE, signed('某县城乡建设局2019年政府信息公开工作年度报告', '2020年6月1日', '某县城乡建设局')).length, 1, '城乡 is not a township');
  assert.deepEqual(findingsOf(RULE, '2019年政府信息公开工作年度报告\n2019年，……\n2020年6月1日\n'), [], 'who reports is unknown');
  assert.deepEqual(findingsOf(RULE, signed('某局2015年政府信息公开工作年度报告', '2016年3月')), [], '2016年3月 may be 3月31日');
  assert.deepEqual(findingsOf(RULE, '某局政府信息公开工作年度报告\n我局……\n某局\n2020年6月1日\n'), [], 'year only from the signature');
  assert.deepEqual(findingsOf(RULE, signed(DEPT_2019, '2022年6月1日')), [], 'two years off: year-mismatch');
  assert.deepEqual(findingsOf(RULE, '某局2019年政府信息公开工作年度报告\n没有落款。\n'), []);
});

test('a signature before the report year ended is a warning', () => {
  const found = findingsOf(RULE, signed('某局2024年政府信息公开工作年度报告', '2024年6月30日'));
  assert.deepEqual(found.map((f) => [f.line, f.text, f.severity]), [[4, '2024年6月30日', 'warning']]);
  assert.match(found[0].message, /早于报告年度结束（2024年12月31日）/);
  assert.deepEqual(findingsOf(RULE, signed('某局2024年政府信息公开工作年度报告', '2024年12月31日')), []);
  assert.deepEqual(findingsOf(RULE, signed('某局2024年政府信息公开工作年度报告', '2024年12月')), [], 'may be 12月31日');
  assert.deepEqual(findingsOf(RULE, signed('某局2024年上半年政府信息公开工作报告', '2024年7月5日')), [], 'a half-year report');
});

sharedTest('real reports are in time: seed 002 (2013年2月19日 for 2012), seed 003 (2014年2月19日 for 2013), shuyang (2024年1月17日, department, 2023)', () => {
  const cases: Array<['seeds' | 'corpus', string, string, number, string]> = [
    ['seeds', '002', '2013年2月19日', 2012, '2013年4月19日'],
    ['seeds', '003', '2014年2月19日', 2013, '2014年4月1日'],
    ['corpus', '2023_shuyang', '2024年1月17日', 2023, '2024年2月17日'],
  ];
  for (const [dir, name, signature, year, late] of cases) {
    const { doc } = parseShared(dir, name);
    assert.equal(doc.reports[0].signature?.date?.raw, signature, name);
    assert.equal(doc.reports[0].year, year, name);
    const text = readShared(dir, name);
    assert.deepEqual(findingsOf(RULE, text), [], name);
    // The same report signed after its deadline is reported: the rule does check it.
    const found = findingsOf(RULE, text.replace(new RegExp(`${signature}(\\s*)$`), `${late}$1`));
    assert.deepEqual(found.map((f) => f.text), [late], `${name} signed ${late}`);
  }
  assert.equal(parseShared('corpus', '2023_shuyang').doc.reports[0].kind, 'department');
});

sharedTest('nothing in any seed or corpus file', () => {
  for (const [name, text] of sharedReports()) assert.deepEqual(findingsOf(RULE, text), [], name);
});

test('nothing in either example', () => {
  for (const name of [EXAMPLE_2024, EXAMPLE_2017]) assert.deepEqual(findingsOf(RULE, readExample(name)), [], name);
});

test('local deadlines from the configuration replace the statutory ones (2019 and later)', () => {
  const deadlines = { department: { month: 1, day: 20 }, government: { month: 3, day: 10 }, township: { month: 2, day: 28 } };
  const dept = findingsOf(RULE, signed(DEPT_2019, '2020年1月25日'), {}, { deadlines });
  assert.deepEqual(dept.map((f) => f.text), ['2020年1月25日']);
  assert.match(dept[0].message, /晚于期限2020年1月20日：按本地配置/);
  assert.doesNotMatch(dept[0].message, /法定/);
  assert.deepEqual(findingsOf(RULE, signed(DEPT_2019, '2020年1月20日'), {}, { deadlines }), [], 'on the day is in time');
  assert.equal(findingsOf(RULE, signed(GOV_2019, '2020年3月15日', '某县人民政府'), {}, { deadlines }).length, 1);
  assert.deepEqual(findingsOf(RULE, signed(GOV_2019, '2020年3月15日', '某县人民政府')), [], 'statutory 3月31日 without configuration');
  const township = signed('某镇人民政府2019年政府信息公开工作年度报告', '2020年3月2日', '某镇人民政府');
  assert.deepEqual(findingsOf(RULE, township), [], 'townships are not checked without a township deadline');
  assert.match(findingsOf(RULE, township, {}, { deadlines })[0].message, /乡镇人民政府、街道办事处的年报应在次年2月28日前公布/);
  const onlyDept = { deadlines: { department: { month: 1, day: 20 } } };
  assert.equal(findingsOf(RULE, signed(GOV_2019, '2020年4月1日', '某县人民政府'), {}, onlyDept).length, 1, 'unset kinds keep the statutory date');
  assert.match(findingsOf(RULE, signed(GOV_2019, '2020年4月1日', '某县人民政府'), {}, onlyDept)[0].message, /法定期限2020年3月31日/);
  const legacy = signed('某局2015年政府信息公开工作年度报告', '2016年3月1日');
  assert.deepEqual(findingsOf(RULE, legacy, {}, { deadlines }), [], 'reports before 2019 keep 3月31日');
});

test('without a 落款 date, a page date before the report year ended is reported; a late page date is not', () => {
  const page = (date: string) => `永春县林业局2009年政府信息公开年度报告\n\n公文生成日期:${date}\n\n一、概述\n\n本局全年主动公开信息30条。\n`;
  const early = findingsOf(RULE, page('2009-12-28'));
  assert.deepEqual(early.map((f) => [f.severity, f.text]), [['warning', '2009-12-28']]);
  assert.match(early[0].message, /发布日期“2009-12-28”早于报告年度结束（2009年12月31日）/);
  assert.deepEqual(findingsOf(RULE, page('2010-06-28')), []);
});
