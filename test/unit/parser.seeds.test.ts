// The parser on the five seed reports (shared/seeds, legacy prose; 001 holds five reports).
// Every expected value below was read from the files themselves (line numbers are 1-based, as an editor shows them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Report, ReportDocument } from '../../server/src/core';
import { allHeadings, describeShared, headingByTitle, level1, lineNo, lineText, listShared, parseShared, sharedTest } from './fixtures';

function assertLevel1(report: Report, expected: Array<[number, string]>): void {
  assert.deepEqual(level1(report), expected);
  for (const h of report.headings) {
    assert.equal(h.rank, 1, `${h.title.text} is a level-1 heading`);
    assert.equal(h.depth, 1);
  }
  assert.deepEqual(
    report.sections.map((s) => s.heading.title.text),
    expected.map(([, t]) => t),
  );
}

/** The heading has the given parent (by title) and sits on the given line. */
function assertChild(report: Report, title: string, line: number, parentTitle: string, rank: number): void {
  const h = headingByTitle(report, title, line);
  assert.equal(h.rank, rank, `rank of ${title}`);
  assert.equal(h.parent?.title.text, parentTitle, `parent of ${title}`);
  assert.ok(h.parent!.children.includes(h));
}

function datesOnLine(doc: ReportDocument, line: number) {
  return doc.dates.filter((d) => lineNo(doc, d.start) === line);
}

function headingsOnLine(report: Report, line: number) {
  return allHeadings(report).filter((h) => h.line + 1 === line);
}

sharedTest('the seed directory holds the five seed files', () => {
  assert.deepEqual(listShared('seeds').map((f) => f.slice(0, 4)), ['000_', '001_', '002_', '003_', '004_']);
});

describeShared('seed 000 (北仑区环保局 2012)', () => {
  const { text, doc } = parseShared('seeds', '000');
  const r = doc.reports[0];

  test('one report with title, year, era and kind', () => {
    assert.equal(doc.reports.length, 1);
    assert.equal(r.title?.text, '北仑区环保局2012年度政府信息公开工作年度报告');
    assert.equal(lineNo(doc, r.title!.start), 1);
    assert.equal(r.year, 2012);
    assert.equal(r.era, 'legacy');
    assert.equal(r.kind, 'department');
    assert.equal(r.issuer?.text, '北仑区环保局');
    assert.equal(doc.problems.length, 0);
  });

  test('level-1 headings in order', () => {
    assertLevel1(r, [
      [4, '我局2012年政府信息公开工作概述'],
      [11, '主动公开政府信息情况'],
      [30, '依申请公开政府信息办理情况'],
      [33, '政府信息公开的收费及减免情况'],
      [36, '政府信息公开工作申请行政复议、提起行政诉讼或申诉的情况'],
      [39, '存在的主要问题及改进情况'],
    ]);
    assert.deepEqual(
      r.sections.map((s) => s.topics[0]),
      ['overview', 'proactive', 'onRequest', 'fees', 'review', 'problems'],
    );
  });

  test('run-in level-2 headings take the first clause as title', () => {
    // Indented with no-break spaces (U+00A0) and a space.
    assert.match(lineText(text, 5), /^\u00a0{3} （一）加强领导，明确责任。为认真贯彻落实/);
    const h = headingByTitle(r, '加强领导，明确责任', 5);
    assert.equal(h.runIn, true);
    assert.equal(h.marker.text, '（一）');
    assert.equal(h.marker.kind, 'paren-han');
    assert.equal(h.ordinal, 1);
    assert.equal(text.slice(h.title.start, h.title.end), '加强领导，明确责任');
    assertChild(r, '加强领导，明确责任', 5, '我局2012年政府信息公开工作概述', 2);
    assertChild(r, '健全机制，及时公开', 7, '我局2012年政府信息公开工作概述', 2);
    assertChild(r, '加强培训，长效管理', 9, '我局2012年政府信息公开工作概述', 2);
  });

  test('level-2 headings on lines of their own', () => {
    assertChild(r, '主动公开政府信息的数量', 12, '主动公开政府信息情况', 2);
    assertChild(r, '主动公开政府信息的主要类别情况', 16, '主动公开政府信息情况', 2);
    assertChild(r, '信息公开形式', 26, '主动公开政府信息情况', 2);
    assert.equal(headingByTitle(r, '主动公开政府信息的数量', 12).runIn, false);
  });

  test('"1、" items under 六 are level-3 headings, also without indentation (line 50)', () => {
    const six = headingByTitle(r, '存在的主要问题及改进情况', 39);
    assert.deepEqual(
      six.children.map((h) => [h.line + 1, h.marker.text, h.title.text]),
      [
        [44, '1、', '加大工作力度'],
        [46, '2、', '深化公开内容'],
        [48, '3、', '拓展公开形式'],
        [50, '4、', '建设长效工作机制'],
      ],
    );
    for (const h of six.children) {
      assert.equal(h.rank, 3);
      assert.equal(h.depth, 2);
      assert.equal(h.marker.canonical, false, '"1、" is not the canonical "1."');
    }
  });

  test('"一是…二是…三是…" inside a line is not a heading', () => {
    assert.match(lineText(text, 40), /一是信息发布的时效性.*二是.*三是/);
    assert.equal(headingsOnLine(r, 40).length, 0);
  });

  test('no 统计期限 sentence and no signature; "截止2012年12月31日" is a body date', () => {
    assert.equal(r.period, undefined);
    assert.equal(r.signature, undefined);
    const ds = datesOnLine(doc, 14);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].raw, '2012年12月31日');
    assert.equal(ds[0].role, 'body');
    assert.deepEqual([ds[0].year, ds[0].month, ds[0].day], [2012, 12, 31]);
  });

  test('"876条" on line 14 is a count of 条', () => {
    const n = doc.numbers.find((x) => lineNo(doc, x.start) === 14 && x.raw === '876');
    assert.ok(n, 'number 876 on line 14');
    assert.equal(n.value, 876);
    assert.equal(n.unit, '条');
    assert.equal(n.approximate, undefined);
    assert.equal(n.numeral, 'arabic');
    assert.equal(text.slice(n.unitSpan!.start, n.unitSpan!.end), '条');
  });
});

describeShared('seed 001 (five reports, 第一篇 … 第五篇)', () => {
  const { text, doc } = parseShared('seeds', '001');
  const [r0, r1, r2, r3, r4] = doc.reports;

  test('five reports split at the 第X篇 lines', () => {
    assert.equal(doc.reports.length, 5);
    assert.deepEqual(
      doc.reports.map((r) => [r.partMarker?.text, lineNo(doc, r.start)]),
      [
        ['第一篇', 1],
        ['第二篇', 59],
        ['第三篇', 106],
        ['第四篇', 156],
        ['第五篇', 181],
      ],
    );
    for (let i = 0; i + 1 < doc.reports.length; i++) {
      assert.ok(doc.reports[i].end <= doc.reports[i + 1].start, `report ${i} ends before report ${i + 1}`);
      assert.equal(doc.reports[i].index, i);
    }
  });

  test('titles, years, eras and kinds', () => {
    assert.deepEqual(
      doc.reports.map((r) => [r.title?.text, r.year, r.era, r.kind]),
      [
        ['绵阳市环境保护局2009年政府信息公开工作年度报告', 2009, 'legacy', 'department'],
        ['绵阳市环境保护局2009政府信息公开工作总结', 2009, 'legacy', 'department'],
        // The third part's title says 2012 although its body is the 2009 summary again.
        ['绵阳市环境保护局2012政府信息公开工作总结', 2012, 'legacy', 'department'],
        ['南宁市环境保护局2008政府信息公开工作报告', 2008, 'legacy', 'department'],
        // 第五篇 is by the 省法制办 ("我办"): a department, with no issuer in its title.
        ['2017政府信息公开工作报告', 2017, 'legacy', 'department'],
      ],
    );
    assert.equal(r0.issuer?.text, '绵阳市环境保护局');
    assert.equal(r3.issuer?.text, '南宁市环境保护局');
    assert.equal(r4.issuer, undefined);
  });

  test('第一篇: level-1 headings', () => {
    assertLevel1(r0, [
      [8, '概述'],
      [19, '主动公开政府信息的情况'],
      [37, '依申请公开政府信息的情况'],
      [39, '政府信息公开复议、诉讼和申诉情况'],
      [41, '政府信息公开的收费及减免情况'],
      [43, '抗震救灾、灾后恢复重建信息公开情况'],
      [45, '政府信息公开工作存在的主要问题及改进措施'],
    ]);
  });

  test('第一篇: half-width (一) headings, a run-in one, and 1. items three levels down', () => {
    assertChild(r0, '完善相关制度,健全工作机制', 10, '概述', 2);
    assertChild(r0, '拓展公开形式,增强公开效果', 13, '概述', 2);
    assertChild(r0, '落实政务公开措施,确保政府信息公开质量', 17, '概述', 2);
    assert.equal(headingByTitle(r0, '落实政务公开措施,确保政府信息公开质量', 17).runIn, true);
    assertChild(r0, '公开形式', 25, '主动公开政府信息的情况', 2);
    const web = headingByTitle(r0, '部门网站', 26);
    assert.equal(web.rank, 3);
    assert.equal(web.depth, 3);
    assert.equal(web.marker.text, '1.');
    assert.equal(web.parent?.title.text, '公开形式');
    assert.equal(web.parent?.parent?.title.text, '主动公开政府信息的情况');
    assertChild(r0, '政务公开栏', 31, '公开形式', 3);
    assertChild(r0, '主要问题', 46, '政府信息公开工作存在的主要问题及改进措施', 2);
    assertChild(r0, '改进措施', 53, '政府信息公开工作存在的主要问题及改进措施', 2);
    assertChild(r0, '充实公开内容', 54, '改进措施', 3);
  });

  test('第一篇: "一是…四是…" in running text (line 14) is not a heading', () => {
    assert.match(lineText(text, 14), /一是本单位主要职能.*四是定期/);
    assert.equal(headingsOnLine(r0, 14).length, 0);
  });

  test('第二篇: level-1 headings, incl. a run-in "二、… 严格按照…"', () => {
    assertLevel1(r1, [
      [64, '政府信息公开制度完善、机制创新'],
      [68, '主动公开政府信息的情况'],
      [83, '依申请公开政府信息的情况'],
      [85, '复议、诉讼和申诉情况'],
      [87, '政府信息公开的收费及减免情况'],
      [89, '政府信息公开工作规范、公开及时'],
      [92, '政府信息公开工作存在的主要问题及改进措施'],
    ]);
    assert.equal(headingByTitle(r1, '主动公开政府信息的情况', 68).runIn, true);
  });

  test('第二篇: "3、公开形式(1)部门网站" holds two headings, and (2)… hang below 公开形式', () => {
    const hs = headingsOnLine(r1, 73);
    assert.deepEqual(
      hs.map((h) => [h.marker.text, h.title.text, h.rank]),
      [
        ['3、', '公开形式', 3],
        ['(1)', '部门网站', 4],
      ],
    );
    assert.equal(hs[1].parent, hs[0]);
    assert.equal(hs[0].parent?.title.text, '主动公开政府信息的情况');
    assertChild(r1, '政务公开栏', 77, '公开形式', 4);
    assertChild(r1, '绵阳市政务网政府信息公开系统', 79, '公开形式', 4);
    assertChild(r1, '主动公开数量', 69, '主动公开政府信息的情况', 3);
  });

  test('第三篇: level-1 headings', () => {
    assertLevel1(r2, [
      [111, '政府信息公开制度完善、机制创新'],
      [115, '主动公开政府信息的情况'],
      [134, '依申请公开政府信息的情况'],
      [136, '复议、诉讼和申诉情况'],
      [138, '政府信息公开的收费及减免情况'],
      [140, '政府信息公开工作规范、公开及时'],
      [143, '政府信息公开工作存在的主要问题及改进措施'],
    ]);
    // "(一)主要问题 我局…" (line 144) is run in.
    const h = headingByTitle(r2, '主要问题', 144);
    assert.equal(h.runIn, true);
    assert.equal(h.parent?.title.text, '政府信息公开工作存在的主要问题及改进措施');
  });

  test('第三篇: lines starting with "一是"/"二是"/"三是" are not headings', () => {
    for (const line of [120, 121, 122]) {
      assert.match(lineText(text, line), /^[一二三]是/);
      assert.equal(headingsOnLine(r2, line).length, 0, `line ${line}`);
    }
  });

  test('第四篇: level-1 headings and run-in (一)…(五)', () => {
    assertLevel1(r3, [
      [159, '主动公开情况'],
      [163, '依申请公开及咨询情况'],
      [165, '主要做法'],
      [173, '存在问题'],
      [175, '下一步工作打算'],
    ]);
    assertChild(r3, '高度重视,明确责任', 166, '主要做法', 2);
    assertChild(r3, '建章立制,保障有力', 167, '主要做法', 2);
    assertChild(r3, '强化监督,确保效果', 171, '主要做法', 2);
    assert.equal(headingByTitle(r3, '高度重视,明确责任', 166).runIn, true);
  });

  test('第五篇: level-1 headings and run-in (一)…(三)', () => {
    assertLevel1(r4, [
      [184, '充分发挥门户网站信息公开第一平台作用'],
      [188, '积极开展政策解读工作'],
      [190, '认真做好依申请公开工作'],
      [192, '着力完善电子政务平台建设'],
    ]);
    assertChild(r4, '及时更新发布应主动公开的政务信息', 185, '充分发挥门户网站信息公开第一平台作用', 2);
    assertChild(r4, '严格落实工作责任', 186, '充分发挥门户网站信息公开第一平台作用', 2);
    assertChild(r4, '做好以案释法工作', 187, '充分发挥门户网站信息公开第一平台作用', 2);
  });

  test('第一篇: 统计期限 "自 1 2009年1月1日至2009年12月31 日止" (space inside the end date)', () => {
    assert.match(lineText(text, 7), /统计期限自 1 2009年1月1日至2009年12月31 日止/);
    const p = r0.period!;
    assert.ok(p);
    assert.equal(p.from?.raw, '2009年1月1日');
    assert.deepEqual([p.from?.year, p.from?.month, p.from?.day], [2009, 1, 1]);
    assert.equal(p.from?.role, 'period-start');
    assert.equal(p.to?.raw, '2009年12月31 日');
    assert.deepEqual([p.to?.year, p.to?.month, p.to?.day], [2009, 12, 31]);
    assert.equal(p.to?.role, 'period-end');
    assert.ok(p.to?.issues.includes('space-inside'));
    assert.ok(!p.from?.issues.includes('space-inside'));
    assert.equal(lineNo(doc, p.to!.start), 7);
  });

  test('第一篇: signature "2010年3月15日" on line 58', () => {
    const d = r0.signature?.date;
    assert.ok(d);
    assert.equal(d.raw, '2010年3月15日');
    assert.equal(lineNo(doc, d.start), 58);
    assert.equal(d.role, 'signature');
    assert.deepEqual([d.year, d.month, d.day], [2010, 3, 15]);
    assert.deepEqual(d.issues, []);
    assert.equal(d.form, 'arabic');
  });

  test('第二篇/第三篇: signature "二O一O年三月五日" (Latin O) on lines 105 and 155', () => {
    for (const [r, line] of [[r1, 105], [r2, 155]] as const) {
      assert.equal(lineText(text, line), '二O一O年三月五日');
      const d = r.signature?.date;
      assert.ok(d, `signature of report ending at line ${line}`);
      assert.equal(lineNo(doc, d.start), line);
      assert.equal(d.raw, '二O一O年三月五日');
      assert.equal(d.role, 'signature');
      assert.deepEqual([d.year, d.month, d.day], [2010, 3, 5]);
      assert.ok(d.issues.includes('latin-o'));
      assert.equal(d.form, 'chinese');
      assert.equal(d.valid, true);
    }
  });

  test('第四篇 and 第五篇 have no signature and no 统计期限', () => {
    assert.equal(r3.signature, undefined);
    assert.equal(r4.signature, undefined);
    assert.equal(r3.period, undefined);
    assert.equal(r4.period, undefined);
  });

  test('a year after an ASCII comma ("3627条,2009年度", line 22) is a date', () => {
    assert.match(lineText(text, 22), /3627条,2009年度主动公开/);
    const ds = datesOnLine(doc, 22);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].year, 2009);
    assert.equal(ds[0].raw, '2009年');
  });

  test('counts with 条, and "60余条" is approximate', () => {
    const on22 = doc.numbers.filter((n) => lineNo(doc, n.start) === 22);
    assert.deepEqual(
      on22.slice(0, 2).map((n) => [n.value, n.unit]),
      [
        [3627, '条'],
        [898, '条'],
      ],
    );
    const sixty = doc.numbers.find((n) => lineNo(doc, n.start) === 18 && n.value === 60);
    assert.ok(sixty);
    assert.equal(sixty.unit, '条');
    assert.equal(sixty.approximate?.text, '余');
  });
});

describeShared('seed 002 (环翠区 2012)', () => {
  const { text, doc } = parseShared('seeds', '002');
  const r = doc.reports[0];

  test('one report: title, year, era, kind (a district government)', () => {
    assert.equal(doc.reports.length, 1);
    assert.equal(r.title?.text, '2012年度环翠区信息公开工作报告');
    assert.equal(r.year, 2012);
    assert.equal(r.era, 'legacy');
    assert.equal(r.kind, 'government');
  });

  test('level-1 headings and their run-in children', () => {
    assertLevel1(r, [
      [8, '概述'],
      [24, '政府信息公开情况'],
      [35, '存在问题和改进措施'],
    ]);
    assertChild(r, '加强领导，组织有力', 12, '概述', 2);
    assertChild(r, '督查推进，定期考核', 22, '概述', 2);
    assert.equal(headingByTitle(r, '概述').children.length, 6);
    assertChild(r, '主动公开情况', 26, '政府信息公开情况', 2);
    // Line 29 starts with a space: " （二）依申请公开情况。…"
    assert.equal(lineText(text, 29).slice(0, 2), ' （');
    assertChild(r, '依申请公开情况', 29, '政府信息公开情况', 2);
    assertChild(r, '公共查阅场所建设情况', 33, '政府信息公开情况', 2);
  });

  test('paragraphs starting "一是"/"二是"/"三是" (lines 39–43) are not headings', () => {
    for (const line of [39, 41, 43]) {
      assert.match(lineText(text, line), /^[一二三]是/);
      assert.equal(headingsOnLine(r, line).length, 0);
    }
    assert.equal(headingByTitle(r, '存在问题和改进措施').children.length, 0);
  });

  test('统计期限 and signature', () => {
    assert.equal(r.period?.from?.raw, '2012年1月1日');
    assert.equal(r.period?.to?.raw, '2012年12月31日');
    assert.equal(lineNo(doc, r.period!.start), 6);
    const d = r.signature?.date;
    assert.equal(d?.raw, '2013年2月19日');
    assert.equal(lineNo(doc, d!.start), 47);
    assert.equal(r.signature?.issuer?.text, '威海市环翠区人民政府办公室');
    assert.equal(lineNo(doc, r.signature!.issuer!.start), 45);
    // "2013年3月底前" is neither the period nor the signature.
    const march = datesOnLine(doc, 6).find((x) => x.raw === '2013年3月');
    assert.equal(march?.role, 'body');
  });

  test('approximate counts ("23000余次", "320余人次") and exact ones ("19057条")', () => {
    const find = (v: number) => doc.numbers.find((n) => n.value === v);
    assert.equal(find(19057)?.unit, '条');
    assert.equal(find(19057)?.approximate, undefined);
    assert.equal(find(23000)?.unit, '次');
    assert.equal(find(23000)?.approximate?.text, '余');
    assert.equal(find(320)?.unit, '人次');
    assert.equal(find(320)?.approximate?.text, '余');
    assert.equal(lineNo(doc, find(320)!.start), 33);
  });
});

describeShared('seed 003 (镇海城管局 2013)', () => {
  const { text, doc } = parseShared('seeds', '003');
  const r = doc.reports[0];

  test('one report: title on line 2 (line 1 is blank), year, era, kind', () => {
    assert.equal(doc.reports.length, 1);
    assert.equal(r.title?.text, '镇海城管局2013年政府信息公开工作总结');
    assert.equal(lineNo(doc, r.title!.start), 2);
    assert.equal(r.year, 2013);
    assert.equal(r.era, 'legacy');
    assert.equal(r.kind, 'department');
  });

  test('level-1 headings, level-2 and level-3 below them', () => {
    assertLevel1(r, [
      [6, '组织领导和规范化建设方面'],
      [17, '场所及配套设施建设情况'],
      [22, '政府信息公开工作情况'],
      [28, '其他相关情况'],
    ]);
    assertChild(r, '领导重视、组织有力', 8, '组织领导和规范化建设方面', 2);
    assertChild(r, '健全制度，强化考核', 10, '组织领导和规范化建设方面', 2);
    assertChild(r, '完善机制、规范运行', 15, '组织领导和规范化建设方面', 2);
    assertChild(r, '存在问题', 32, '其他相关情况', 2);
    assertChild(r, '改进措施', 34, '其他相关情况', 2);
    assertChild(r, '推进运行规范', 36, '改进措施', 3);
    assertChild(r, '强化业务学习', 40, '改进措施', 3);
  });

  test('"一是…" and "二是…" paragraphs (lines 19, 21) are not headings', () => {
    assert.equal(headingsOnLine(r, 19).length, 0);
    assert.equal(headingsOnLine(r, 21).length, 0);
    assert.equal(headingByTitle(r, '场所及配套设施建设情况').children.length, 0);
  });

  test('signature with issuer; no 统计期限', () => {
    assert.equal(r.signature?.date?.raw, '2014年2月19日');
    assert.equal(lineNo(doc, r.signature!.date!.start), 44);
    assert.equal(r.signature?.issuer?.text, '宁波市镇海区城市管理局');
    assert.equal(r.period, undefined);
    assert.match(lineText(text, 44), /^ +2014年2月19日$/);
  });
});

describeShared('seed 004 (市中区环保局 2017)', () => {
  const { text, doc } = parseShared('seeds', '004');
  const r = doc.reports[0];

  test('one report: the issuer line and the title line form the title', () => {
    assert.equal(doc.reports.length, 1);
    assert.equal(lineText(text, 1), '市中区环保局');
    assert.equal(r.title?.text, '市中区环保局2017年政府信息公开工作年度报告');
    assert.equal(r.year, 2017);
    assert.equal(r.era, 'legacy');
    assert.equal(r.kind, 'department');
  });

  test('twelve level-1 headings (十一、 and 十二、 included)', () => {
    assertLevel1(r, [
      [5, '概述'],
      [7, '政府信息公开的组织领导和制度建设情况'],
      [10, '发布解读、回应社会关切以及互动交流情况'],
      [13, '重点领域政府信息公开工作推进情况'],
      [20, '主动公开政府信息以及公开平台建设情况'],
      [23, '政府信息公开申请的办理情况'],
      [25, '政府信息公开的收费及减免情况'],
      [27, '因政府信息公开申请行政复议、提起行政诉讼的情况'],
      [29, '政府信息公开保密审查及监督检查情况'],
      [33, '信息公开工作推进情况'],
      [38, '政府信息公开工作存在的主要问题及改进情况'],
      [43, '其它需要说明的事项与附件'],
    ]);
    assert.deepEqual(r.headings.map((h) => h.ordinal), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  test('"1、" and "2." items under 四, (一) under 十一', () => {
    assertChild(r, '依法公开环境质量状况', 15, '重点领域政府信息公开工作推进情况', 3);
    assertChild(r, '依法公开建设项目环评审批、验收等信息', 17, '重点领域政府信息公开工作推进情况', 3);
    assertChild(r, '依法公开污染源环境监管信息', 19, '重点领域政府信息公开工作推进情况', 3);
    assertChild(r, '存在的主要问题及原因分析', 39, '政府信息公开工作存在的主要问题及改进情况', 2);
    assertChild(r, '信息公开范围不断拓宽', 35, '信息公开工作推进情况', 2);
  });

  test('"201,7年" (line 34) is a date with a grouped year', () => {
    assert.match(lineText(text, 34), /^201,7年，/);
    const ds = datesOnLine(doc, 34);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].raw, '201,7年');
    assert.equal(ds[0].year, 2017);
    assert.ok(ds[0].issues.includes('grouped-year'));
  });

  test('统计期限 in 十二（一） (line 44); no signature', () => {
    assert.equal(r.period?.from?.raw, '2017年1月1日');
    assert.equal(r.period?.to?.raw, '2017年12月31日');
    assert.equal(lineNo(doc, r.period!.from!.start), 44);
    assert.equal(r.signature, undefined);
  });

  test('"150余篇" is approximate', () => {
    const n = doc.numbers.find((x) => x.value === 150 && lineNo(doc, x.start) === 21);
    assert.ok(n);
    assert.equal(n.unit, '篇');
    assert.equal(n.approximate?.text, '余');
  });
});
