// year-mismatch: the title year against the 统计期限, the body and the signature.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SHARED, parseShared, readShared, sharedTest } from '../fixtures';
import { EXAMPLE_2017, EXAMPLE_2024, findingsOf, readExample, sharedReports } from './dateFixtures';

const RULE = 'year-mismatch';

test('title year ≠ 统计期限 year: a warning on the year in the title', () => {
  const text = '某县人民政府2019年政府信息公开工作年度报告\n本报告所列数据统计期限为2018年1月1日至2018年12月31日。\n';
  const found = findingsOf(RULE, text);
  assert.deepEqual(found.map((f) => [f.line, f.text, f.severity]), [[1, '2019', 'warning']]);
  assert.match(found[0].message, /统计期限是2018年.*可能应为2018年/);
});

test('a body clearly about another year, with nothing backing the title, is flagged; comparisons and backed titles are not', () => {
  const about2009 = '某局2012年政府信息公开工作总结\n2009年，我局……2009年……对2009年政府信息公开工作总结如下。\n';
  assert.deepEqual(findingsOf(RULE, about2009).map((f) => f.text), ['2012']);
  // The signature backs the title (signed the year after): the body mentions may be history.
  assert.deepEqual(findingsOf(RULE, about2009 + '某局\n2013年1月5日\n'), []);
  // Only two mentions: not a clear majority.
  assert.deepEqual(findingsOf(RULE, '某局2012年政府信息公开工作总结\n2009年，我局……2009年……\n'), []);
  // Years named for comparison do not count.
  assert.deepEqual(findingsOf(RULE, '某局2019年政府信息公开工作年度报告\n与2018年相比，比2018年增加，较2018年同期……2019年\n'), []);
  // The title year mentioned twice in the body is not "rare".
  assert.deepEqual(findingsOf(RULE, '某局2012年政府信息公开工作总结\n2009年，2009年，2009年，2009年，2009年，2012年，2012年。\n'), []);
});

test('a signature outside the report year and the next is flagged on the signature', () => {
  const late = findingsOf(RULE, '某局2017年政府信息公开工作年度报告\n2017年，我局……\n某局\n2019年1月5日\n');
  assert.deepEqual(late.map((f) => [f.line, f.text, f.severity]), [[4, '2019年1月5日', 'warning']]);
  const before = findingsOf(RULE, '某局2017年政府信息公开工作年度报告\n2017年，我局……\n某局\n2016年1月5日\n');
  assert.match(before[0].message, /早于报告年度2017年/);
  for (const sig of ['2017年12月28日', '2018年3月1日']) {
    assert.deepEqual(findingsOf(RULE, `某局2017年政府信息公开工作年度报告\n2017年，我局……\n某局\n${sig}\n`), [], sig);
  }
});

sharedTest('seed 001 第三篇: titled 2012, written about 2009, signed 二O一O年三月五日 (line 106)', () => {
  const found = findingsOf(RULE, readShared('seeds', '001'));
  assert.deepEqual(found.map((f) => [f.line, f.severity, f.text]), [[106, 'warning', '2012']]);
  assert.match(found[0].message, /标题中的年份是2012年.*2009年.*二O一O年三月五日.*可能应为2009年/);
  const { doc } = parseShared('seeds', '001');
  assert.equal(doc.reports[2].partMarker?.text, '第三篇');
  assert.ok(found[0].finding.start >= doc.reports[2].start && found[0].finding.end <= doc.reports[2].end);
});

test('neither example disagrees with itself', () => {
  for (const name of [EXAMPLE_2024, EXAMPLE_2017]) assert.deepEqual(findingsOf(RULE, readExample(name)), [], name);
});

sharedTest('no other seed or corpus report disagrees with itself (shuyang\'s forward-looking "2023年" included)', () => {
  for (const [name, text] of sharedReports()) {
    if (name.includes('001_')) continue;
    assert.deepEqual(findingsOf(RULE, text), [], name);
  }
  // The shuyang report is checked, not skipped: with its title changed to 2022 it disagrees.
  const shuyang = readShared('corpus', '2023_shuyang');
  const retitled = shuyang.replaceAll('沭阳县发展和改革局2023年政府信息公开年度报告', '沭阳县发展和改革局2022年政府信息公开年度报告');
  assert.notEqual(retitled, shuyang);
  assert.equal(findingsOf(RULE, retitled).length, 1);
});

// ---- stale years: copied text that still carries an older report's year ----

const REPORT_2017 = '某市某局2017年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。\n';

function staleOf(body: string): Array<[number, string, string]> {
  return findingsOf(RULE, `${REPORT_2017}${body}\n`).map((f) => [f.line, f.text, f.severity]);
}

test('the report describing itself with an older year: a warning on that year', () => {
  assert.deepEqual(staleOf('本报告是根据《条例》要求，由某市某局编制的2015年度政府信息公开年度报告。'), [[3, '2015', 'warning']]);
  assert.deepEqual(staleOf('根据《条例》要求，现公布本机关2015年度政府信息公开工作年度报告。'), [[3, '2015', 'warning']]);
  assert.deepEqual(staleOf('现将我局2016年度政府信息公开工作情况报告如下。'), [[3, '2016', 'warning']]);
  assert.deepEqual(staleOf('现将我局二〇一六年政府信息公开工作总结如下：'), [[3, '二〇一六', 'warning']]);
  const [f] = findingsOf(RULE, `${REPORT_2017}现公布本机关2015年度政府信息公开工作年度报告。\n`);
  assert.match(f.message, /本报告是2017年度报告，这里是报告对自身的描述，却写的是2015年.*是否应为2017年/);
  assert.deepEqual(f.finding.related?.map((r) => r.message.zh), ['报告年度：2017年']);
});

test('"2016年，我局……存在以下问题" in the 2017 report\'s problems part: a warning on 2016', () => {
  const problems = (s: string) => staleOf(`一、概述\n2017年，我局……\n五、存在的主要问题及改进情况\n${s}`);
  assert.deepEqual(problems('2016年，我局政府信息公开工作还存在以下问题：一是更新不及时。'), [[6, '2016', 'warning']]);
  assert.deepEqual(problems('（一）2016年，我局存在的问题主要是公开不够全面。'), [[6, '2016', 'warning']]);
  assert.deepEqual(problems('2016年我局政府信息公开工作仍存在一些不足。'), [[6, '2016', 'warning']]);
  assert.match(findingsOf(RULE, `${REPORT_2017}五、存在的主要问题及改进情况\n2016年，我局还存在以下问题。\n`)[0].message, /“存在的问题”部分/);
});

test('comparisons, history, last year\'s report, plans and the report year itself are not stale years', () => {
  for (const body of [
    '现公布本机关2017年度政府信息公开工作年度报告。',
    '按时公布2016年政府信息公开工作年度报告，比2016年增长12%，较上年有所提高，自2008年以来持续推进。',
    '2016年以来，我局不断完善制度。与2016年相比，公开数量增加。',
    '五、存在的主要问题及改进情况\n2016年以来，我局虽然取得了一定成效，但仍存在一些问题。',
    '五、存在的主要问题及改进情况\n与2016年相比，仍存在不足。截至2016年底存在的问题已整改。',
    '五、存在的主要问题及改进情况\n2018年，我局将进一步解决存在的问题。',
    '五、存在的主要问题及改进情况\n2017年，我局政府信息公开工作还存在以下问题。',
    '五、存在的主要问题及改进情况\n2016年出台的制度执行到位，公开及时。',
    '一、概述\n2016年，我局还存在一些问题，经整改已全部解决。',
  ]) assert.deepEqual(staleOf(body), [], body);
});

sharedTest('real self-descriptions keep their year; with an older year written in, they are flagged', () => {
  const more = (name: string) => {
    const dir = path.join(SHARED, 'corpus', 'more');
    return fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith(name))!), 'utf8');
  };
  for (const [name, written, stale] of [
    ['2017_xiamen', '编制的2017年度', '编制的2015年度'],
    ['2009_yongchun', '现将本单位2009年', '现将本单位2008年'],
    ['2015_yongjia', '现公布永嘉县统计局2015年', '现公布永嘉县统计局2013年'],
  ] as const) {
    const text = more(name);
    assert.ok(text.includes(written), name);
    assert.deepEqual(findingsOf(RULE, text), [], name);
    assert.deepEqual(findingsOf(RULE, text.replace(written, stale)).map((f) => f.text), [stale.match(/\d{4}/)![0]], name);
  }
  // shuyang's "2023年我局加大…" (INDEX: unsure) is the report year: never flagged.
  assert.deepEqual(findingsOf(RULE, readShared('corpus', '2023_shuyang')), []);
});

sharedTest('no report in ../shared/corpus/more gets a year-mismatch finding (its INDEX lists no stale year)', () => {
  const dir = path.join(SHARED, 'corpus', 'more');
  const files = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && f !== 'INDEX.md');
  assert.ok(files.length >= 35);
  for (const f of files) assert.deepEqual(findingsOf(RULE, fs.readFileSync(path.join(dir, f), 'utf8')), [], f);
});

test('an older year the rest of the report backs is not called stale: the report year itself is in doubt', () => {
  // Titled with the year of publication, signed in 2020: the 2019 in "现将我局2019年度……" is the year reported on.
  const published = '某局2020年政府信息公开工作年度报告\n现将我局2019年度政府信息公开工作情况报告如下。\n某局\n2020年1月15日\n';
  assert.deepEqual(findingsOf(RULE, published).map((f) => f.text).filter((t) => t === '2019'), []);
  // The same sentence in a report signed the year after its title year is flagged.
  assert.deepEqual(findingsOf(RULE, published.replace('2020年1月15日', '2021年1月15日')).map((f) => f.text), ['2019']);
});

test('an older year most of the body is about is not called stale', () => {
  const text = `${REPORT_2017}现将我局2015年度政府信息公开工作情况报告如下。\n2015年，我局……\n2015年，我局……\n2017年……\n`;
  assert.deepEqual(findingsOf(RULE, text).filter((f) => f.text === '2015'), []);
});
