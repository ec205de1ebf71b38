// date-format: the wrong date forms of report-format.md §4.4, on small texts, the real reports and the examples.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readShared, sharedTest } from '../fixtures';
import { EXAMPLE_2017, EXAMPLE_2024, findingsOf, lineSeverity, readExample, sharedReports } from './dateFixtures';

const RULE = 'date-format';
const TITLE = '某县发展和改革局2019年政府信息公开工作年度报告\n';

function body(line: string, signature = '2020年1月15日'): string {
  return `${TITLE}本报告所列数据统计期限自2019年1月1日至2019年12月31日止。\n一、总体情况\n${line}\n某县发展和改革局\n${signature}\n`;
}

describe('date-format on small texts', () => {
  test('each wrong form is flagged on exactly the date, with its severity', () => {
    const text = body('二O一九年三月，201,7年，19年3月起，二〇一九年5月1日，2019年06月1日，2019/7/1，2019、8、1，2019.9.1；2019-10-1。');
    const found = findingsOf(RULE, text);
    assert.deepEqual(
      found.map((f) => [f.text, f.severity]),
      [
        ['二O一九年三月', 'error'],
        ['201,7年', 'warning'],
        ['19年3月', 'warning'],
        ['二〇一九年5月1日', 'warning'],
        ['2019年06月1日', 'warning'],
        ['2019/7/1', 'warning'],
        ['2019、8、1', 'warning'],
        ['2019.9.1', 'warning'],
        ['2019-10-1', 'information'],
      ],
    );
    assert.ok(found.every((f) => f.line === 4));
    assert.match(found[0].message, /“O”是拉丁字母.*应改为“二〇一九年三月”/);
    assert.match(found[4].message, /不编虚位，应写作“2019年6月1日”/);
    assert.match(found[7].message, /小数点.*应写作“2019年9月1日”/);
  });

  test('well-formed dates give nothing', () => {
    const text = body('2019年3月5日，二〇一九年三月五日，12月31日，2019年全年，2019年6月。');
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  test('a signature: zero padding and "-" are warnings; Chinese numerals only from 2012-07-01', () => {
    assert.deepEqual(lineSeverity(findingsOf(RULE, body('2019年，我局……', '2020年01月15日'))), [[6, 'warning']]);
    const hyphen = findingsOf(RULE, body('2019年，我局……', '2020-1-15'));
    assert.deepEqual(lineSeverity(hyphen), [[6, 'warning']]);
    assert.match(hyphen[0].message, /落款日期“2020-1-15”.*写作“2020年1月15日”/);
    const han2013 = findingsOf(RULE, body('2019年，我局……', '二〇一三年三月一日'));
    assert.deepEqual(han2013.map((f) => [f.text, f.severity]), [['二〇一三年三月一日', 'warning']]);
    assert.match(han2013[0].message, /阿拉伯数字.*“2013年3月1日”/);
    const old = '某局2010年政府信息公开工作年度报告\n2010年，我局……\n某局\n二〇一一年三月一日\n';
    assert.deepEqual(findingsOf(RULE, old), [], 'before GB/T 9704-2012 a Chinese-numeral date is right');
  });

  test('a look-alike zero in a signature after 2012 is one error that points to the Arabic form (the numeral warning is in it)', () => {
    const found = findingsOf(RULE, body('2019年，我局……', '二零二〇年一月十五日'));
    assert.deepEqual(found.map((f) => f.severity), ['error']);
    const error = found.find((f) => f.severity === 'error')!;
    assert.match(error.message, /“零”用在了年份里.*“二〇二〇年一月十五日”.*“2020年1月15日”/);
  });

  test('page chrome ("发布日期：2020-01-31") is not the report and is not checked', () => {
    const text = `${TITLE}发布日期：2020-01-31\n发布时间：2020.01.31\n2019年，我局……\n`;
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  test('a space inside one date among clean ones is a warning; spaces in most dates are an extraction artefact', () => {
    const isolated = body('2019年3月5日，2019年6月1日，2019年9月 1日，2019年10月8日。');
    const found = findingsOf(RULE, isolated);
    assert.deepEqual(found.map((f) => [f.line, f.text, f.severity]), [[4, '2019年9月 1日', 'warning']]);
    assert.match(found[0].message, /写作“2019年9月1日”/);
    const pdf = `某县人民政府2019 年政府信息公开工作年度报告\n本报告所列数据统计期限自 2019 年 1 月 1 日至 2019 年 12 月 31 日止。\n2019 年，我县……2019 年 6 月 1 日起……\n`;
    assert.deepEqual(findingsOf(RULE, pdf), []);
  });

  test('"2019-13-45" is not a date written with hyphens', () => {
    assert.deepEqual(findingsOf(RULE, body('编号2019-13-45。')), []);
  });
});

describe('date-format on the real reports', () => {
  sharedTest('seed 001: the space in "2009年12月31 日" (line 7) and 二O一O年三月五日 (lines 105 and 155)', () => {
    const found = findingsOf(RULE, readShared('seeds', '001'));
    assert.deepEqual(lineSeverity(found), [[7, 'warning'], [105, 'error'], [155, 'error']]);
    assert.deepEqual(found.map((f) => f.text), ['2009年12月31 日', '二O一O年三月五日', '二O一O年三月五日']);
  });

  sharedTest('seed 004: "201,7年" on line 34', () => {
    const found = findingsOf(RULE, readShared('seeds', '004'));
    assert.deepEqual(found.map((f) => [f.line, f.severity, f.text]), [[34, 'warning', '201,7年']]);
    assert.match(found[0].message, /应写作“2017年”/);
  });

  sharedTest('nothing else in the seeds and the corpus; the PDF-extracted reports with "2024 年 1 月 1 日" everywhere are clean', () => {
    for (const [name, text] of sharedReports()) {
      if (name.includes('001_') || name.includes('004_')) continue;
      assert.deepEqual(findingsOf(RULE, text), [], name);
    }
    // The suppression is what keeps them clean: the dates do have spaces inside.
    const huaian = readShared('corpus', '2024_huaian');
    assert.match(huaian, /2024 年 1 月 1 日/);
    const oneSpaced = huaian.replace(/(\d+) 年 (\d+) 月 (\d+) 日/g, '$1年$2月$3日').replace(/(\d{4}) 年/g, '$1年').replace('2024年1月1日', '2024 年 1 月 1 日');
    assert.deepEqual(findingsOf(RULE, oneSpaced).map((f) => [f.text, f.severity]), [['2024 年 1 月 1 日', 'warning']]);
  });
});

describe('date-format on the examples', () => {
  test('2024: "2024.3.15" (line 27) and the zero-padded signature "2025年01月20日" (line 114)', () => {
    const found = findingsOf(RULE, readExample(EXAMPLE_2024));
    assert.deepEqual(found.map((f) => [f.line, f.severity, f.text]), [[27, 'warning', '2024.3.15'], [114, 'warning', '2025年01月20日']]);
  });

  test('2017: the signature "二O一八年三月十日" (line 64): one error for the Latin O, whose message and first fix give the Arabic form (no second warning)', () => {
    const found = findingsOf(RULE, readExample(EXAMPLE_2017));
    assert.deepEqual(lineSeverity(found), [[64, 'error']]);
    assert.ok(found.every((f) => f.text === '二O一八年三月十日'));
    assert.match(found[0].message, /“2018年3月10日”/);
    assert.equal(found[0].finding.fixes?.[0].edits[0].newText, '2018年3月10日');
  });
});

describe('one date, one level', () => {
  test('a date never gets both an error and a warning: the error wins, an impossible date is invalid-date\'s alone', () => {
    const text = body('2019年02月30日起，二O一九年03月5日，2019年06月1日。', '二O二〇年一月十日');
    const all = ['date-format', 'invalid-date'].flatMap((id) => findingsOf(id, text).map((f) => ({ ...f, id })));
    const byDate = new Map<string, Set<string>>();
    for (const f of all) byDate.set(f.text, (byDate.get(f.text) ?? new Set()).add(f.severity));
    for (const [date, severities] of byDate) assert.ok(!(severities.has('error') && severities.has('warning')), `${date}: ${[...severities]}`);
    assert.deepEqual(all.filter((f) => f.text === '2019年02月30日').map((f) => [f.id, f.severity]), [['invalid-date', 'error']]);
    assert.deepEqual(all.filter((f) => f.text === '2019年06月1日').map((f) => [f.id, f.severity]), [['date-format', 'warning']]);
    assert.ok(all.some((f) => f.text === '二O二〇年一月十日' && f.severity === 'error'));
  });
});
