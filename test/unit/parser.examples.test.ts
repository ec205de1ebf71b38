// The parser on text the project writes itself, so that a fresh clone (without ../shared) still tests it:
// the two example reports in examples/ (a 2021-format government report with all three national tables,
// a legacy department report) and a file holding two reports split at 第一篇/第二篇.
// Line numbers are 1-based, as an editor shows them; every expected value was read from the texts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, type NationalTable, type ReportDocument } from '../../server/src/core';
import { allHeadings, headingByTitle, level1, lineNo, readExamples } from './fixtures';

const [[, GOV_2024], [, DEPT_2017]] = readExamples();

function nationals(doc: ReportDocument, id: 'A' | 'B' | 'C'): NationalTable[] {
  return doc.tables.map((t) => t.national).filter((n): n is NationalTable => n?.id === id);
}

/** The value of each cell ("row/column" → value), undefined where the cell is blank or absent. */
function values(table: NationalTable, cells: string[]): Array<number | undefined> {
  return cells.map((rc) => {
    const [row, ...col] = rc.split('/');
    return table.cell(row, col.join('/'))?.value;
  });
}

describe('example: 青禾县人民政府 2024 (2021 format, Markdown)', () => {
  const doc = parseDocument(GOV_2024);
  const r = doc.reports[0];

  test('one report: title, year, era, kind and issuer, no parse problem', () => {
    assert.equal(doc.reports.length, 1);
    assert.equal(r.title?.text, '青禾县人民政府2024年政府信息公开工作年度报告');
    assert.deepEqual([r.year, r.era, r.kind, r.issuer?.text], [2024, '2021', 'government', '青禾县人民政府']);
    assert.deepEqual(doc.problems, []);
  });

  test('the six level-1 headings with their topics, and the level-2 headings under 一 and 六', () => {
    assert.deepEqual(level1(r), [
      [5, '总体情况'],
      [29, '主动公开政府信息情况'],
      [57, '收到和处理政府信息公开申请情况'],
      [87, '政府信息公开行政复议、行政诉讼情况'],
      [93, '存在的主要问题及改进情况'],
      [99, '其他需要报告的事项'],
    ]);
    assert.deepEqual(r.sections.map((s) => s.topics[0]), ['overview', 'proactive', 'onRequest', 'review', 'problems', 'other']);
    assert.deepEqual(headingByTitle(r, '总体情况').children.map((h) => [h.line + 1, h.rank, h.title.text]), [
      [9, 2, '主动公开'],
      [13, 2, '依申请公开'],
      [17, 2, '政府信息管理'],
      [21, 2, '政府信息公开平台建设'],
      [25, 2, '监督保障'],
    ]);
    assert.equal(headingByTitle(r, '其他需要报告的事项').children.length, 3);
    assert.equal(allHeadings(r).length, 14);
  });

  test('统计期限 on line 3 and the signature on lines 113–114', () => {
    assert.deepEqual([r.period?.from?.raw, r.period?.to?.raw], ['2024年1月1日', '2024年12月31日']);
    assert.equal(lineNo(doc, r.period!.from!.start), 3);
    assert.equal(r.signature?.issuer?.text, '青禾县人民政府');
    assert.equal(r.signature?.date?.raw, '2025年01月20日');
    assert.equal(lineNo(doc, r.signature!.date!.start), 114);
  });

  test('the national tables: four Table A parts, Table B (2021) and Table C, each in its section', () => {
    assert.deepEqual(doc.tables.map((t) => [t.national?.id, lineNo(doc, t.start)]), [
      ['A', 33], ['A', 40], ['A', 46], ['A', 53], ['B', 59], ['C', 89],
    ]);
    assert.deepEqual(nationals(doc, 'A').map((a) => a.parts), [['一'], ['五'], ['六'], ['八']]);
    const [b] = nationals(doc, 'B');
    assert.equal(b.era, '2021');
    assert.equal(b.rows.length, 25);
    const three = headingByTitle(r, '收到和处理政府信息公开申请情况');
    const table = doc.tables.find((t) => t.national?.id === 'B')!;
    assert.ok(table.start > three.start && table.end <= three.sectionEnd, 'Table B lies in 三、');
  });

  test('cells as printed: Table A, Table B (blank cells, the deliberate wrong totals) and Table C', () => {
    const [a1, a5, a6, a8] = nationals(doc, 'A');
    assert.deepEqual(values(a1, ['行政规范性文件/本年制发件数', '行政规范性文件/现行有效件数', '规章/本年制发件数']), [8, 57, 0]);
    assert.deepEqual(values(a5, ['行政许可/本年处理决定数量']), [4862]);
    assert.deepEqual(values(a6, ['行政处罚/本年处理决定数量', '行政强制/本年处理决定数量']), [1375, 62]);
    assert.deepEqual(values(a8, ['行政事业性收费/本年收费金额（单位：万元）']), [1863.42]);
    const [b] = nationals(doc, 'B');
    assert.deepEqual(values(b, ['一/自然人', '一/总计', '二/总计', '三（三）6/总计', '三（七）/总计', '四/商业企业', '四/总计']), [104, 128, 6, 5, 127, 2, 7]);
    assert.equal(b.cell('三（三）8', '科研机构')?.kind, 'blank');
    const typo = b.rows.find((x) => x.id === '三（四）2')!;
    assert.equal(typo.label.written.text, '2.没有现成信息另行制作');
    assert.equal(typo.label.canonical, '2.没有现成信息需要另行制作');
    assert.ok(typo.label.distance > 0);
    const [c] = nationals(doc, 'C');
    assert.deepEqual(values(c, ['数据/行政复议/结果维持', '数据/行政复议/总计', '数据/未经复议直接起诉/总计', '数据/复议后起诉/其他结果']), [2, 5, 1, 1]);
    assert.equal(c.columns.length, 15);
  });

  test('counts in the prose of line 11 with their units', () => {
    const on11 = doc.numbers.filter((n) => lineNo(doc, n.start) === 11 && n.unit === '条').map((n) => n.value);
    assert.deepEqual(on11.slice(0, 6), [2361, 96, 1275, 183, 62, 735]);
  });
});

describe('example: 青禾县自然资源局 2017 (legacy prose, plain text)', () => {
  const doc = parseDocument(DEPT_2017);
  const r = doc.reports[0];

  test('one report: title, year, era and kind', () => {
    assert.equal(doc.reports.length, 1);
    assert.deepEqual([r.title?.text, r.year, r.era, r.kind], ['青禾县自然资源局2017年政府信息公开工作年度报告', 2017, 'legacy', 'department']);
  });

  test('level-1 headings as written (三、 is missing on purpose), （一） below them and run-in "1." items below those', () => {
    assert.deepEqual(level1(r), [
      [5, '概述'],
      [21, '主动公开政府信息情况'],
      [41, '因政府信息公开申请行政复议、提起行政诉讼的情况'],
      [45, '政府信息公开工作存在的主要问题及改进措施'],
      [59, '其他需要报告的事项'],
    ]);
    const key = headingByTitle(r, '重点领域信息公开情况', 27);
    assert.equal(key.rank, 2);
    assert.equal(key.parent?.title.text, '主动公开政府信息情况');
    assert.deepEqual(key.children.map((h) => [h.line + 1, h.rank, h.runIn, h.title.text]), [
      [29, 3, true, '征地信息公开'],
      [31, 3, true, '土地出让信息公开'],
      [33, 3, true, '矿产资源信息公开'],
      [35, 3, true, '不动产登记信息公开'],
    ]);
  });

  test('"一是…二是…" inside a paragraph (line 49) is not a heading', () => {
    assert.deepEqual(allHeadings(r).filter((h) => h.line + 1 === 49), []);
  });

  test('the period ends on 2017年11月30日; the signature 二O一八年三月十日 is in Chinese numerals with a Latin O', () => {
    assert.deepEqual([r.period?.from?.raw, r.period?.to?.raw], ['2017年1月1日', '2017年11月30日']);
    assert.equal(r.signature?.date?.raw, '二O一八年三月十日');
    assert.equal(r.signature?.date?.form, 'chinese');
    assert.deepEqual([r.signature?.date?.year, r.signature?.date?.month, r.signature?.date?.day], [2018, 3, 10]);
    assert.equal(lineNo(doc, r.signature!.date!.start), 64);
  });
});

describe('several reports in one file', () => {
  const text = [
    '第一篇：某县人民政府2018年政府信息公开工作年度报告',
    '',
    '一、概述',
    '本年度，我县认真贯彻《条例》。一是加强领导；二是完善制度。',
    '二、主动公开政府信息情况',
    '（一）公开总体情况',
    '全年主动公开政府信息120条，其中政策文件20条、工作动态100条。',
    '三、依申请公开政府信息情况',
    '全年共收到申请3件，均已答复。',
    '',
    '某县人民政府',
    '2019年3月1日',
    '',
    '第二篇：某县教育局2018年政府信息公开工作年度报告',
    '',
    '一、概述',
    '本局2018年政府信息公开工作情况如下。',
    '二、主动公开政府信息情况',
    '本年度主动公开政府信息56条。',
    '',
  ].join('\n');
  const doc = parseDocument(text);

  test('split at the 第X篇 lines, each report with its own title, kind and headings', () => {
    assert.deepEqual(doc.reports.map((r) => [r.index, r.partMarker?.text, lineNo(doc, r.start), r.title?.text, r.year, r.kind]), [
      [0, '第一篇', 1, '某县人民政府2018年政府信息公开工作年度报告', 2018, 'government'],
      [1, '第二篇', 14, '某县教育局2018年政府信息公开工作年度报告', 2018, 'department'],
    ]);
    assert.ok(doc.reports[0].end <= doc.reports[1].start, 'the first report ends before the second starts');
    assert.deepEqual(level1(doc.reports[0]), [[3, '概述'], [5, '主动公开政府信息情况'], [8, '依申请公开政府信息情况']]);
    assert.deepEqual(level1(doc.reports[1]), [[16, '概述'], [18, '主动公开政府信息情况']]);
    assert.equal(headingByTitle(doc.reports[0], '公开总体情况').parent?.title.text, '主动公开政府信息情况');
  });

  test('the signature belongs to the report it closes', () => {
    assert.equal(doc.reports[0].signature?.date?.raw, '2019年3月1日');
    assert.equal(doc.reports[1].signature, undefined);
  });
});
