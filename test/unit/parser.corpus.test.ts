// The parser on the corpus (shared/corpus, both formats; INDEX.md describes each file).
// Every expected value below was read from the files themselves (line numbers are 1-based, as an editor shows them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Cell, NationalTable, Report, ReportDocument, Table } from '../../server/src/core';
import { allHeadings, describeShared, headingByTitle, level1, lineNo, lineText, listShared, parseShared, sharedTest } from './fixtures';

function assertLevel1(report: Report, expected: Array<[number, string]>): void {
  assert.deepEqual(level1(report), expected);
  for (const h of report.headings) assert.equal(h.rank, 1, `${h.title.text} is a level-1 heading`);
}

function assertChild(report: Report, title: string, line: number, parentTitle: string, rank: number): void {
  const h = headingByTitle(report, title, line);
  assert.equal(h.rank, rank, `rank of ${title}`);
  assert.equal(h.parent?.title.text, parentTitle, `parent of ${title}`);
}

function nationals(doc: ReportDocument, id: 'A' | 'B' | 'C'): NationalTable[] {
  return doc.tables.map((t) => t.national).filter((n): n is NationalTable => n?.id === id);
}

function tableB(doc: ReportDocument): NationalTable {
  const bs = nationals(doc, 'B');
  assert.equal(bs.length, 1, 'one Table B');
  return bs[0];
}

function tableC(doc: ReportDocument): NationalTable {
  const cs = nationals(doc, 'C');
  assert.equal(cs.length, 1, 'one Table C');
  return cs[0];
}

/** The Table A part (第二十条 item) that has the row. */
function tableAWithRow(doc: ReportDocument, rowId: string): NationalTable {
  const a = nationals(doc, 'A').find((n) => n.rows.some((r) => r.id === rowId));
  assert.ok(a, `a Table A with row ${rowId}`);
  return a;
}

/** The cell exists, is a number with that value, and its offsets point at the printed value. */
function assertNumberCell(text: string, cell: Cell | undefined, value: number, where: string): void {
  assert.ok(cell, `cell ${where}`);
  assert.equal(cell.kind, 'number', `kind of ${where}`);
  assert.equal(cell.value, value, `value of ${where}`);
  assert.equal(text.slice(cell.start, cell.end).trim(), cell.text, `offsets of ${where}`);
  assert.equal(cell.text.replace(/\s/g, ''), String(value), `printed value of ${where}`);
}

function assertBlankCell(text: string, cell: Cell | undefined, where: string): void {
  assert.ok(cell, `cell ${where}`);
  assert.equal(cell.kind, 'blank', `kind of ${where}`);
  assert.equal(cell.value, undefined);
  assert.equal(text.slice(cell.start, cell.end).trim(), '', `offsets of ${where}`);
}

/** Every data cell of every recognized table sits where the text has it. */
function assertAllCellOffsets(text: string, doc: ReportDocument): void {
  let n = 0;
  for (const t of doc.tables) {
    if (!t.national) continue;
    for (const row of t.national.rows) {
      for (const [colId, cell] of row.cells) {
        assert.equal(text.slice(cell.start, cell.end), cell.raw.trim() || cell.raw, `raw of ${row.id}/${colId}`);
        assert.equal(text.slice(cell.start, cell.end).trim(), cell.text, `text of ${row.id}/${colId}`);
        assert.equal(cell.rowId, row.id);
        assert.equal(cell.colId, colId);
        assert.equal(lineNo(doc, cell.start), row.row.line + 1, `line of ${row.id}/${colId}`);
        n++;
      }
    }
  }
  assert.ok(n > 0);
}

const B_COLS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const B_ROWS_2021 = [
  '一', '二', '三（一）', '三（二）',
  '三（三）1', '三（三）2', '三（三）3', '三（三）4', '三（三）5', '三（三）6', '三（三）7', '三（三）8',
  '三（四）1', '三（四）2', '三（四）3',
  '三（五）1', '三（五）2', '三（五）3', '三（五）4', '三（五）5',
  '三（六）1', '三（六）2', '三（六）3', '三（七）', '四',
];
const B_ROWS_2019 = [...B_ROWS_2021.filter((id) => !id.startsWith('三（六）')).slice(0, 20), '三（六）', '三（七）', '四'];

/** 勾稽关系 (B1): 一 + 二 = （七）总计 + 四 in every column, blank cells read as 0. */
function assertBalance(b: NationalTable): void {
  const v = (row: string, col: string) => b.cell(row, col)?.value ?? 0;
  for (const col of B_COLS) {
    assert.equal(v('一', col) + v('二', col), v('三（七）', col) + v('四', col), `balance of ${col}`);
  }
}

sharedTest('the corpus holds the nine report files INDEX.md lists', () => {
  assert.deepEqual(listShared('corpus'), [
    '2009_shangyu_tangpuzhen_1.md',
    '2013_daoxian_wenguangxinju_1.md',
    '2013_shangyu_xietangzhen_1.md',
    '2014_ziyang_nanxunxiang_1.md',
    '2016_lucheng_fengmenjiedao_1.md',
    '2019_shanghai_bangongting_1.md',
    '2023_shuyang_fagaiju_1.md',
    '2024_hongze_quzhengfu_1.md',
    '2024_huaian_shizhengfu_1.md',
  ]);
});

sharedTest('every corpus file: one report, its title, year, era and kind (INDEX.md agency level)', () => {
  const expected: Record<string, [string | undefined, number, string, string]> = {
    '2009_shangyu_tangpuzhen': ['汤浦镇2009年政府信息公开工作年报', 2009, 'legacy', 'government'], // 镇人民政府
    '2013_daoxian_wenguangxinju': ['道县文广新局2013年度信息公开工作年度报告', 2013, 'legacy', 'department'], // 局
    '2013_shangyu_xietangzhen': ['2013年度谢塘镇政府信息公开工作年度报告', 2013, 'legacy', 'government'], // 镇
    '2014_ziyang_nanxunxiang': [undefined, 2014, 'legacy', 'government'], // 乡; the page has no title line
    '2016_lucheng_fengmenjiedao': ['2016年度丰门街道政府信息公开工作年度报告', 2016, 'legacy', 'government'], // 街道办事处
    '2019_shanghai_bangongting': ['2019年上海市人民政府办公厅政府信息公开工作年度报告', 2019, '2019', 'department'], // 办公厅
    '2023_shuyang_fagaiju': ['沭阳县发展和改革局2023年政府信息公开年度报告', 2023, '2021', 'department'], // 局
    '2024_hongze_quzhengfu': ['淮安市洪泽区人民政府2024 年政府信息公开工作年度报告', 2024, '2021', 'government'], // 区人民政府
    '2024_huaian_shizhengfu': ['淮安市人民政府2024 年政府信息公开工作年度报告', 2024, '2021', 'government'], // 市人民政府
  };
  for (const [name, [title, year, era, kind]] of Object.entries(expected)) {
    const { doc } = parseShared('corpus', name);
    assert.equal(doc.reports.length, 1, `${name}: reports`);
    const r = doc.reports[0];
    assert.equal(r.title?.text, title, `${name}: title`);
    assert.equal(r.year, year, `${name}: year`);
    assert.equal(r.era, era, `${name}: era`);
    assert.equal(r.kind, kind, `${name}: kind`);
    assert.equal(doc.problems.length, 0, `${name}: problems`);
  }
});

describeShared('2009 shangyu tangpuzhen (inline headings in one paragraph)', () => {
  const { text, doc } = parseShared('corpus', '2009_shangyu_tangpuzhen');
  const r = doc.reports[0];

  test('the title comes from line 8 without the page chrome " |"', () => {
    assert.equal(lineText(text, 8), '汤浦镇2009年政府信息公开工作年报 |');
    assert.equal(lineNo(doc, r.title!.start), 8);
    assert.equal(text.slice(r.title!.start, r.title!.end), r.title!.text);
  });

  test('一、…五、 inside line 9 are inline level-1 headings', () => {
    assertLevel1(r, [
      [9, '政府信息主动公开情况'],
      [9, '政府依申请公开政府信息和不予公开信息情况'],
      [9, '政府信息公开收费和减免情况'],
      [9, '政府信息公开申请行政复议、行政诉讼情况'],
      [9, '政府信息公开工作存在的主要问题和改进措施'],
    ]);
    for (const [i, h] of r.headings.entries()) {
      assert.equal(h.inline, true);
      assert.equal(h.ordinal, i + 1);
      assert.equal(text.slice(h.marker.start, h.marker.end), h.marker.text);
      assert.equal(text.slice(h.title.start, h.title.end), h.title.text);
    }
    assert.deepEqual(r.sections.map((s) => s.topics[0]), ['proactive', 'onRequest', 'fees', 'review', 'problems']);
    // "1.信息公开的实效性…" inside the paragraph is not a heading.
    assert.equal(allHeadings(r).length, 5);
  });

  test('公开日期 "2015-08-03" is a publication date with a hyphen', () => {
    const d = doc.dates.find((x) => x.raw === '2015-08-03');
    assert.ok(d);
    assert.equal(lineNo(doc, d.start), 6);
    assert.equal(d.role, 'publication');
    assert.ok(d.issues.includes('hyphen'));
    assert.deepEqual([d.year, d.month, d.day], [2015, 8, 3]);
  });

  test('counts 60条 and 5条', () => {
    const on9 = doc.numbers.filter((n) => lineNo(doc, n.start) === 9 && n.unit === '条').map((n) => n.value);
    assert.deepEqual(on9, [60, 5]);
  });
});

describeShared('2013 daoxian wenguangxinju', () => {
  const { doc } = parseShared('corpus', '2013_daoxian_wenguangxinju');
  const r = doc.reports[0];

  test('the title is joined from lines 3 and 4', () => {
    assert.equal(lineNo(doc, r.title!.start), 3);
    assert.equal(lineNo(doc, r.title!.end), 4);
  });

  test('level-1 headings (the trailing colon of 一、 is not part of the title)', () => {
    assertLevel1(r, [
      [5, '主动公开政府信息的情况'],
      [7, '依申请公开信息的情况和不予公开信息的情况'],
      [9, '信息公开的收费及减免情况'],
      [11, '因信息公开申请行政复议、提起行政诉讼的情况'],
      [13, '信息公开工作存在的主要问题及改进情况'],
    ]);
  });

  test('signature "2014年3月25日" on line 15', () => {
    assert.equal(r.signature?.date?.raw, '2014年3月25日');
    assert.equal(lineNo(doc, r.signature!.date!.start), 15);
    assert.equal(r.period, undefined);
  });

  test('"不予公开信息有10条"', () => {
    const n = doc.numbers.find((x) => lineNo(doc, x.start) === 8 && x.unit === '条');
    assert.equal(n?.value, 10);
  });
});

describeShared('2013 shangyu xietangzhen (inline headings in one paragraph)', () => {
  const { text, doc } = parseShared('corpus', '2013_shangyu_xietangzhen');
  const r = doc.reports[0];

  test('一、…六、 inside line 9 are inline level-1 headings; "一是…二是…" are not', () => {
    assertLevel1(r, [
      [9, '政府信息主动公开情况'],
      [9, '政府依申请公开政府信息和不予公开信息情况'],
      [9, '政府信息公开收费和减免情况'],
      [9, '政府信息公开申请行政复议、行政诉讼情况'],
      [9, '政府信息公开工作存在的主要问题和改进措施'],
      [9, '其他需要报告的事项'],
    ]);
    assert.ok(r.headings.every((h) => h.inline && h.runIn));
    assert.match(lineText(text, 9), / 一是信息公开的载体/);
    assert.equal(allHeadings(r).length, 6);
    assert.deepEqual(r.headings.map((h) => text.slice(h.marker.start, h.marker.end)), ['一、', '二、', '三、', '四、', '五、', '六、']);
    assert.equal(r.sections[5].topics[0], 'other');
  });

  test('the title is on line 8 without the chrome " | ||"', () => {
    assert.equal(lineNo(doc, r.title!.start), 8);
    assert.equal(text.slice(r.title!.start, r.title!.end), r.title!.text);
  });

  test('公开日期 2015-07-27 and the counts 123件 and 36只', () => {
    const d = doc.dates.find((x) => x.raw === '2015-07-27');
    assert.equal(d?.role, 'publication');
    const n123 = doc.numbers.find((x) => x.value === 123);
    assert.equal(n123?.unit, '件');
    const n36 = doc.numbers.find((x) => x.value === 36);
    assert.equal(n36?.unit, '只');
  });
});

describeShared('2014 ziyang nanxunxiang (no title line)', () => {
  const { doc } = parseShared('corpus', '2014_ziyang_nanxunxiang');
  const r = doc.reports[0];

  test('the year comes from the opening sentence (as the 统计期限 has it) and the kind from "我乡"', () => {
    assert.equal(r.title, undefined);
    assert.equal(r.yearSource, 'opening');
    assert.equal(r.year, 2014);
    assert.equal(r.yearEvidence.period, 2014);
    assert.equal(r.kindSource, 'body');
    assert.equal(r.period?.from?.raw, '2014年1月1日');
    assert.equal(r.period?.to?.raw, '2014年12月31日');
    assert.equal(lineNo(doc, r.period!.start), 3);
  });

  test('level-1 headings and (一)…(三) under 概述', () => {
    assertLevel1(r, [
      [4, '概述'],
      [8, '主动公开政府信息情况'],
      [10, '依申请公开政府信息情况'],
      [12, '政府信息公开咨询处理情况'],
      [14, '政府信息公开复议、诉讼情况'],
      [16, '政府信息公开支出与收费'],
      [18, '存在的主要问题和改进措施'],
    ]);
    assertChild(r, '成立工作领导小组', 5, '概述', 2);
    assertChild(r, '召开政府公开专题会议', 6, '概述', 2);
    assertChild(r, '规范依申请公开政府信息工作', 7, '概述', 2);
    assert.deepEqual(r.sections.map((s) => s.topics[0]), ['overview', 'proactive', 'onRequest', 'consultation', 'review', 'fees', 'problems']);
  });

  test('counts 100条 and 0次', () => {
    assert.equal(doc.numbers.find((n) => lineNo(doc, n.start) === 9)?.value, 100);
    const zero = doc.numbers.find((n) => lineNo(doc, n.start) === 13 && n.unit === '次');
    assert.equal(zero?.value, 0);
  });
});

describeShared('2016 lucheng fengmenjiedao (three required parts missing)', () => {
  const { doc } = parseShared('corpus', '2016_lucheng_fengmenjiedao');
  const r = doc.reports[0];

  test('the title is the first of the two title lines', () => {
    assert.equal(lineNo(doc, r.title!.start), 3);
  });

  test('only 一、基本概况 with (一)…(三)', () => {
    assertLevel1(r, [[12, '基本概况']]);
    assertChild(r, '工作制度建设情况', 16, '基本概况', 2);
    assertChild(r, '主动公开政府信息情况', 18, '基本概况', 2);
    assertChild(r, '依申请公开政府信息情况', 20, '基本概况', 2);
    assert.equal(allHeadings(r).length, 4);
  });

  test('发布时间 2017-02-27 and the signature 2017年1月6日 by 丰门街道办事处', () => {
    const pub = doc.dates.find((x) => x.raw === '2017-02-27');
    assert.equal(pub?.role, 'publication');
    assert.equal(lineNo(doc, pub!.start), 4);
    assert.equal(r.signature?.date?.raw, '2017年1月6日');
    assert.equal(lineNo(doc, r.signature!.date!.start), 26);
    assert.deepEqual([r.signature?.date?.year, r.signature?.date?.month, r.signature?.date?.day], [2017, 1, 6]);
    assert.equal(r.signature?.issuer?.text, '丰门街道办事处');
    assert.equal(lineNo(doc, r.signature!.issuer!.start), 24);
  });

  test('"共主动公开信息55条，其中：…5条…25条…6条…19条"', () => {
    const on18 = doc.numbers.filter((n) => lineNo(doc, n.start) === 18 && n.unit === '条').map((n) => n.value);
    assert.deepEqual(on18, [55, 5, 25, 6, 19]);
  });
});

describeShared('2019 shanghai bangongting (2019 format)', () => {
  const { text, doc } = parseShared('corpus', '2019_shanghai_bangongting');
  const r = doc.reports[0];

  test('the six canonical level-1 headings with their topics', () => {
    assertLevel1(r, [
      [9, '总体情况'],
      [55, '主动公开政府信息情况'],
      [90, '收到和处理政府信息公开申请情况'],
      [118, '政府信息公开行政复议、行政诉讼情况'],
      [124, '政府信息公开工作存在的主要问题及改进情况'],
      [134, '其他需要报告的事项'],
    ]);
    assert.deepEqual(r.sections.map((s) => s.topics[0]), ['overview', 'proactive', 'onRequest', 'review', 'problems', 'other']);
  });

  test('level-2 headings under 一 and 五', () => {
    assertChild(r, '主动公开方面', 13, '总体情况', 2);
    assertChild(r, '依申请公开方面', 25, '总体情况', 2);
    assertChild(r, '监督保障方面', 47, '总体情况', 2);
    assertChild(r, '主要问题', 126, '政府信息公开工作存在的主要问题及改进情况', 2);
    assertChild(r, '改进措施', 130, '政府信息公开工作存在的主要问题及改进情况', 2);
    assert.equal(headingByTitle(r, '总体情况').children.length, 5);
  });

  test('统计期限 "从2019年1月1日到12月31日止" (no year on the end date); 发布日期 2020-01-31', () => {
    assert.equal(r.period?.from?.raw, '2019年1月1日');
    assert.equal(r.period?.to?.raw, '12月31日');
    assert.deepEqual([r.period?.to?.year, r.period?.to?.month, r.period?.to?.day], [undefined, 12, 31]);
    const pub = doc.dates.find((d) => d.raw === '2020-01-31');
    assert.equal(pub?.role, 'publication');
    assert.equal(r.signature, undefined);
  });

  test('seven national tables: five Table A parts, Table B (2019), Table C', () => {
    assert.deepEqual(
      doc.tables.map((t) => [t.national?.id, lineNo(doc, t.start)]),
      [
        ['A', 59],
        ['A', 66],
        ['A', 73],
        ['A', 80],
        ['A', 86],
        ['B', 92],
        ['C', 120],
      ],
    );
    assert.deepEqual(nationals(doc, 'A').map((a) => a.parts), [['一'], ['五'], ['六'], ['八'], ['九']]);
    assert.ok(nationals(doc, 'A').every((a) => a.era === '2019'));
    const b = tableB(doc);
    assert.equal(b.era, '2019');
    assert.deepEqual(b.rows.map((x) => x.id), B_ROWS_2019);
    assert.deepEqual(b.columns.map((c) => c.id), B_COLS);
    assert.equal(b.unknownRows.length, 0);
    assert.equal(b.cell('三（六）1', '自然人'), undefined);
    // The tables sit in the sections that hold them.
    const two = headingByTitle(r, '主动公开政府信息情况');
    for (const t of doc.tables.filter((t) => t.national?.id === 'A')) assert.ok(t.start > two.start && t.end <= two.sectionEnd);
  });

  test('Table A cells, incl. "251000元" in 采购总金额', () => {
    assertNumberCell(text, tableAWithRow(doc, '规章').cell('规章', '本年新制作数量'), 13, '规章/本年新制作数量');
    assertNumberCell(text, tableAWithRow(doc, '规章').cell('规章', '对外公开总数量'), 524, '规章/对外公开总数量');
    assertNumberCell(text, tableAWithRow(doc, '规范性文件').cell('规范性文件', '对外公开总数量'), 368, '规范性文件/对外公开总数量');
    const buy = tableAWithRow(doc, '政府集中采购');
    assertNumberCell(text, buy.cell('政府集中采购', '采购项目数量'), 6, '采购项目数量');
    const total = buy.cell('政府集中采购', '采购总金额');
    assert.ok(total);
    assert.equal(total.kind, 'number');
    assert.equal(total.value, 251000);
    assert.equal(total.unit, '元');
    assert.equal(text.slice(total.start, total.end).trim(), '251000元');
  });

  test('Table B: numbers where printed, blank cells where the page left them empty', () => {
    const b = tableB(doc);
    assertNumberCell(text, b.cell('一', '自然人'), 821, '一/自然人');
    assertNumberCell(text, b.cell('一', '商业企业'), 35, '一/商业企业');
    assertNumberCell(text, b.cell('一', '总计'), 859, '一/总计');
    assertBlankCell(text, b.cell('一', '科研机构'), '一/科研机构');
    assertBlankCell(text, b.cell('一', '社会公益组织'), '一/社会公益组织');
    assertNumberCell(text, b.cell('二', '总计'), 18, '二/总计');
    assertNumberCell(text, b.cell('三（一）', '自然人'), 258, '三（一）/自然人');
    assertBlankCell(text, b.cell('三（一）', '总计'), '三（一）/总计');
    assertNumberCell(text, b.cell('三（四）1', '自然人'), 252, '三（四）1/自然人');
    assertNumberCell(text, b.cell('三（五）1', '自然人'), 148, '三（五）1/自然人');
    assertBlankCell(text, b.cell('三（六）', '自然人'), '三（六）/自然人');
    assertNumberCell(text, b.cell('三（七）', '自然人'), 767, '三（七）/自然人');
    assertNumberCell(text, b.cell('三（七）', '总计'), 805, '三（七）/总计');
    assertNumberCell(text, b.cell('四', '总计'), 72, '四/总计');
    assertBalance(b);
  });

  test('Table C: 复议后起诉 left empty', () => {
    const c = tableC(doc);
    assertNumberCell(text, c.cell('数据', '行政复议/结果维持'), 5, '行政复议/结果维持');
    assertNumberCell(text, c.cell('数据', '行政复议/尚未审结'), 2, '行政复议/尚未审结');
    assertNumberCell(text, c.cell('数据', '行政复议/总计'), 7, '行政复议/总计');
    assertNumberCell(text, c.cell('数据', '未经复议直接起诉/结果维持'), 8, '未经复议直接起诉/结果维持');
    assertNumberCell(text, c.cell('数据', '未经复议直接起诉/总计'), 9, '未经复议直接起诉/总计');
    assertBlankCell(text, c.cell('数据', '行政复议/结果纠正'), '行政复议/结果纠正');
    for (const o of ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']) {
      assertBlankCell(text, c.cell('数据', `复议后起诉/${o}`), `复议后起诉/${o}`);
    }
    assert.equal(c.columns.length, 15);
  });

  test('every cell of every national table points at its text', () => {
    assertAllCellOffsets(text, doc);
  });

  test('the prose counts of line 29', () => {
    const on29 = doc.numbers.filter((n) => lineNo(doc, n.start) === 29 && n.unit === '件').map((n) => n.value);
    assert.deepEqual(on29.slice(0, 4), [859, 805, 18, 72]);
    const pcts = doc.numbers.filter((n) => lineNo(doc, n.start) === 29 && n.unit === '%').map((n) => n.value);
    assert.deepEqual(pcts, [12.3, 33.9, 4.34, 32.9, 19.6]);
  });

  test('"180万次" and "2300万" (line 45) are read with their 万, and 万 alone is not a count', () => {
    assert.match(lineText(text, 45), /两条微信阅读量即达180万次/);
    const on45 = doc.numbers.filter((n) => lineNo(doc, n.start) === 45);
    const reads = on45.find((n) => n.unit === '次');
    assert.ok(reads);
    assert.equal(reads.value, 1_800_000);
    assert.equal(text.slice(reads.start, reads.end), '180万次');
    const plays = on45.find((n) => n.approximate?.text === '超');
    assert.equal(plays?.value, 23_000_000);
    assert.equal(plays?.unit, undefined);
    assert.ok(!on45.some((n) => n.raw === '万'), 'no number made of 万 alone');
    assert.ok(!on45.some((n) => n.value === 0), 'line 45 has no zero');
    // "0.34%" and "99.58%" on line 19 are percentages, not 万.
    assert.deepEqual(doc.numbers.filter((n) => lineNo(doc, n.start) === 19 && n.unit === '%').map((n) => n.value), [0.34, 99.58]);
  });
});

describeShared('2023 shuyang fagaiju (2021 format, 局)', () => {
  const { text, doc } = parseShared('corpus', '2023_shuyang_fagaiju');
  const r = doc.reports[0];

  test('level-1 headings (五 misnamed 整改措施 as printed)', () => {
    assertLevel1(r, [
      [9, '总体情况'],
      [33, '主动公开政府信息情况'],
      [61, '收到和处理政府信息公开申请情况'],
      [91, '政府信息公开行政复议、行政诉讼情况'],
      [97, '存在的主要问题及整改措施'],
      [103, '其他需要报告的事项'],
    ]);
    assertChild(r, '完善公开制度规范，加强政府信息管理', 21, '总体情况', 2);
    assertChild(r, '存在的主要问题', 99, '存在的主要问题及整改措施', 2);
    assert.equal(headingByTitle(r, '存在的主要问题', 99).runIn, true);
    assertChild(r, '整改措施', 101, '存在的主要问题及整改措施', 2);
  });

  test('统计时限, 公开日期 and signature', () => {
    assert.equal(r.period?.from?.raw, '2023年1月1日');
    assert.equal(r.period?.to?.raw, '2023年12月31日');
    assert.equal(lineNo(doc, r.period!.start), 7);
    assert.equal(doc.dates.find((d) => d.raw === '2024-01-17')?.role, 'publication');
    assert.equal(r.signature?.date?.raw, '2024年1月17日');
    assert.equal(lineNo(doc, r.signature!.date!.start), 109);
    assert.equal(r.signature?.issuer?.text, '沭阳县发展和改革局');
  });

  test('"，2023年我局加大…" in 五（二） (line 101) is a body date', () => {
    assert.match(lineText(text, 101), /工作，2023年我局加大贯彻落实/);
    const ds = doc.dates.filter((d) => lineNo(doc, d.start) === 101);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].raw, '2023年');
    assert.equal(ds[0].role, 'body');
  });

  test('tables: A (row written 规范性文件), B (2021), C', () => {
    assert.deepEqual(doc.tables.map((t) => t.national?.id), ['A', 'A', 'A', 'A', 'B', 'C']);
    const a1 = tableAWithRow(doc, '规范性文件');
    assertNumberCell(text, a1.cell('规范性文件', '本年制发件数'), 8, '规范性文件/本年制发件数');
    assertNumberCell(text, a1.cell('规范性文件', '现行有效件数'), 18, '规范性文件/现行有效件数');
    const b = tableB(doc);
    assert.equal(b.era, '2021');
    assert.deepEqual(b.rows.map((x) => x.id), B_ROWS_2021);
    assertNumberCell(text, b.cell('一', '自然人'), 26, '一/自然人');
    assertBlankCell(text, b.cell('一', '商业企业'), '一/商业企业');
    assertNumberCell(text, b.cell('一', '总计'), 26, '一/总计');
    assertNumberCell(text, b.cell('三（一）', '总计'), 26, '三（一）/总计');
    assertNumberCell(text, b.cell('三（六）1', '总计'), 0, '三（六）1/总计');
    assertNumberCell(text, b.cell('三（七）', '总计'), 26, '三（七）/总计');
    assertNumberCell(text, b.cell('四', '总计'), 0, '四/总计');
    assertBalance(b);
    const c = tableC(doc);
    assertNumberCell(text, c.cell('数据', '行政复议/尚未审结'), 1, '行政复议/尚未审结');
    assertNumberCell(text, c.cell('数据', '行政复议/总计'), 1, '行政复议/总计');
    assertNumberCell(text, c.cell('数据', '复议后起诉/总计'), 0, '复议后起诉/总计');
    assertAllCellOffsets(text, doc);
  });

  test('"全年共审核发布…249条，其中：…" counts', () => {
    const on15 = doc.numbers.filter((n) => lineNo(doc, n.start) === 15 && n.unit === '条').map((n) => n.value);
    assert.deepEqual(on15, [249, 9, 7, 39, 6, 1, 1, 185, 1]);
  });
});

describeShared('2024 hongze quzhengfu (2021 format, Table B with the 2019 （六） row)', () => {
  const { text, doc } = parseShared('corpus', '2024_hongze_quzhengfu');
  const r = doc.reports[0];

  test('the title joins the issuer line 3 and line 4', () => {
    assert.equal(lineText(text, 3), '淮安市洪泽区人民政府');
    assert.equal(lineNo(doc, r.title!.start), 3);
    assert.equal(lineNo(doc, r.title!.end), 4);
    assert.equal(r.issuer?.text, '淮安市洪泽区人民政府');
  });

  test('level-1 headings and run-in (一)…(五)', () => {
    assertLevel1(r, [
      [8, '总体情况'],
      [22, '主动公开政府信息情况'],
      [50, '收到和处理政府信息公开申请情况'],
      [78, '政府信息公开行政复议、行政诉讼情况'],
      [84, '存在的主要问题及改进情况'],
      [90, '其他需要报告的事项'],
    ]);
    assertChild(r, '主动公开情况', 12, '总体情况', 2);
    assertChild(r, '政府信息公开监督保障情况', 20, '总体情况', 2);
    assert.equal(headingByTitle(r, '主动公开情况', 12).runIn, true);
    // "一是…二是…三是…" on line 88 are not headings.
    assert.equal(allHeadings(r).filter((h) => h.line + 1 === 88).length, 0);
  });

  test('统计期限 written with spaces inside the dates; no signature', () => {
    const p = r.period!;
    assert.equal(p.from?.raw, '2024 年 1 月 1 日');
    assert.equal(p.to?.raw, '2024 年 12 月 31 日');
    assert.deepEqual([p.to?.year, p.to?.month, p.to?.day], [2024, 12, 31]);
    assert.ok(p.from?.issues.includes('space-inside'));
    assert.equal(r.signature, undefined);
  });

  test('"，2025 年我们将…" (line 88) is a body date', () => {
    const ds = doc.dates.filter((d) => lineNo(doc, d.start) === 88);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].year, 2025);
    assert.equal(ds[0].role, 'body');
  });

  test('Table B uses the 2019 single （六）其他处理 row', () => {
    const b = tableB(doc);
    assert.equal(b.era, '2019');
    assert.deepEqual(b.rows.map((x) => x.id), B_ROWS_2019);
    assertNumberCell(text, b.cell('三（六）', '总计'), 0, '三（六）/总计');
    assert.equal(b.cell('三（六）1', '总计'), undefined);
    assertNumberCell(text, b.cell('一', '自然人'), 95, '一/自然人');
    assertNumberCell(text, b.cell('一', '总计'), 95, '一/总计');
    assertNumberCell(text, b.cell('三（一）', '总计'), 50, '三（一）/总计');
    assertNumberCell(text, b.cell('三（二）', '总计'), 9, '三（二）/总计');
    assertNumberCell(text, b.cell('三（四）1', '自然人'), 31, '三（四）1/自然人');
    assertNumberCell(text, b.cell('三（七）', '总计'), 95, '三（七）/总计');
    assertNumberCell(text, b.cell('四', '总计'), 0, '四/总计');
    assertBalance(b);
  });

  test('the label typo "2.其他法律行政止公开" is matched to 三（三）2 with a distance', () => {
    const b = tableB(doc);
    const row = b.rows.find((x) => x.id === '三（三）2');
    assert.ok(row);
    assert.equal(row.label.written.text, '2.其他法律行政止公开');
    assert.equal(text.slice(row.label.written.start, row.label.written.end), '2.其他法律行政止公开');
    assert.equal(row.label.canonical, '2.其他法律行政法规禁止公开');
    assert.ok(row.label.distance > 0);
    assert.equal(lineNo(doc, row.row.start), 59);
    // The labels split by PDF spaces ("只计这一情 形") still match exactly.
    assert.equal(b.rows.find((x) => x.id === '三（二）')?.label.distance, 0);
    assert.equal(b.rows.find((x) => x.id === '三（五）4')?.label.distance, 0);
  });

  test('Table A and Table C cells', () => {
    assertNumberCell(text, tableAWithRow(doc, '行政许可').cell('行政许可', '本年处理决定数量'), 9487, '行政许可');
    assertNumberCell(text, tableAWithRow(doc, '行政处罚').cell('行政处罚', '本年处理决定数量'), 2776, '行政处罚');
    assertNumberCell(text, tableAWithRow(doc, '行政强制').cell('行政强制', '本年处理决定数量'), 84, '行政强制');
    assertNumberCell(text, tableAWithRow(doc, '行政事业性收费').cell('行政事业性收费', '本年收费金额（单位：万元）'), 7545, '行政事业性收费');
    assertNumberCell(text, tableAWithRow(doc, '行政规范性文件').cell('行政规范性文件', '现行有效件数'), 8, '行政规范性文件/现行有效件数');
    const c = tableC(doc);
    assertNumberCell(text, c.cell('数据', '行政复议/总计'), 2, '行政复议/总计');
    assertNumberCell(text, c.cell('数据', '未经复议直接起诉/总计'), 1, '未经复议直接起诉/总计');
    assertNumberCell(text, c.cell('数据', '复议后起诉/结果维持'), 2, '复议后起诉/结果维持');
    assertNumberCell(text, c.cell('数据', '复议后起诉/其他结果'), 1, '复议后起诉/其他结果');
    assertNumberCell(text, c.cell('数据', '复议后起诉/总计'), 3, '复议后起诉/总计');
    assertAllCellOffsets(text, doc);
  });

  test('counts with a space before the unit ("2428 条", "17 件", "0 元")', () => {
    const n2428 = doc.numbers.find((n) => n.value === 2428);
    assert.equal(n2428?.unit, '条');
    assert.equal(lineNo(doc, n2428!.start), 12);
    const n17 = doc.numbers.find((n) => n.value === 17 && n.unit === '件');
    assert.equal(lineNo(doc, n17!.start), 14);
    const fee = doc.numbers.find((n) => lineNo(doc, n.start) === 92 && n.unit === '元');
    assert.equal(fee?.value, 0);
  });
});

describeShared('2024 huaian shizhengfu (2021 format, clean)', () => {
  const { text, doc } = parseShared('corpus', '2024_huaian_shizhengfu');
  const r = doc.reports[0];

  test('level-1 headings, run-in level-2 headings, 统计期限', () => {
    assertLevel1(r, [
      [8, '总体情况'],
      [22, '主动公开政府信息情况'],
      [50, '收到和处理政府信息公开申请情况'],
      [80, '政府信息公开行政复议、行政诉讼情况'],
      [86, '存在的主要问题及改进情况'],
      [92, '其他需要报告的事项'],
    ]);
    assertChild(r, '依申请公开情况', 14, '总体情况', 2);
    assertChild(r, '政府信息公开平台建设情况', 18, '总体情况', 2);
    assert.equal(r.period?.from?.raw, '2024 年 1 月 1 日');
    assert.equal(r.period?.to?.raw, '2024 年 12 月 31 日');
    assert.equal(lineNo(doc, r.period!.start), 6);
  });

  test('Table B (2021): cells as printed', () => {
    const b = tableB(doc);
    assert.equal(b.era, '2021');
    assert.deepEqual(b.rows.map((x) => x.id), B_ROWS_2021);
    assertNumberCell(text, b.cell('一', '自然人'), 3001, '一/自然人');
    assertNumberCell(text, b.cell('一', '法律服务机构'), 61, '一/法律服务机构');
    assertNumberCell(text, b.cell('一', '总计'), 3119, '一/总计');
    assertNumberCell(text, b.cell('二', '总计'), 34, '二/总计');
    assertNumberCell(text, b.cell('三（二）', '总计'), 454, '三（二）/总计');
    assertNumberCell(text, b.cell('三（三）8', '自然人'), 105, '三（三）8/自然人');
    assertNumberCell(text, b.cell('三（四）1', '总计'), 769, '三（四）1/总计');
    // The （六） labels here are numbered "1、" "2、" "3、".
    assertNumberCell(text, b.cell('三（六）1', '总计'), 71, '三（六）1/总计');
    assertNumberCell(text, b.cell('三（六）3', '自然人'), 108, '三（六）3/自然人');
    assertNumberCell(text, b.cell('三（七）', '自然人'), 2932, '三（七）/自然人');
    assertNumberCell(text, b.cell('三（七）', '总计'), 3050, '三（七）/总计');
    assertNumberCell(text, b.cell('四', '总计'), 103, '四/总计');
    assert.equal(lineNo(doc, b.cell('三（七）', '自然人')!.start), 77);
    assertBalance(b);
    // （七）总计 is the sum of the detail rows (INDEX.md: every column sums).
    const detail = B_ROWS_2021.filter((id) => id.startsWith('三') && id !== '三（七）');
    for (const col of B_COLS) {
      const sum = detail.reduce((s, id) => s + (b.cell(id, col)?.value ?? NaN), 0);
      assert.equal(sum, b.cell('三（七）', col)?.value, `sum of ${col}`);
    }
  });

  test('Table C: 351 = 72 + 64 + 178 + 37', () => {
    const c = tableC(doc);
    assertNumberCell(text, c.cell('数据', '行政复议/结果维持'), 72, '行政复议/结果维持');
    assertNumberCell(text, c.cell('数据', '行政复议/结果纠正'), 64, '行政复议/结果纠正');
    assertNumberCell(text, c.cell('数据', '行政复议/其他结果'), 178, '行政复议/其他结果');
    assertNumberCell(text, c.cell('数据', '行政复议/尚未审结'), 37, '行政复议/尚未审结');
    assertNumberCell(text, c.cell('数据', '行政复议/总计'), 351, '行政复议/总计');
    assertNumberCell(text, c.cell('数据', '未经复议直接起诉/结果维持'), 13, '未经复议直接起诉/结果维持');
    assertNumberCell(text, c.cell('数据', '未经复议直接起诉/总计'), 26, '未经复议直接起诉/总计');
    assertNumberCell(text, c.cell('数据', '复议后起诉/尚未审结'), 6, '复议后起诉/尚未审结');
    assertNumberCell(text, c.cell('数据', '复议后起诉/总计'), 20, '复议后起诉/总计');
  });

  test('Table A: captions with a space ("第二十条 第（一）项") and large counts', () => {
    const parts = nationals(doc, 'A');
    assert.equal(parts.length, 4);
    assert.deepEqual(parts.map((a) => a.parts), [['一'], ['五'], ['六'], ['八']]);
    assert.deepEqual(parts.map((a) => a.era), ['2021', '2021', '2021', '2021']);
    assertNumberCell(text, tableAWithRow(doc, '规章').cell('规章', '现行有效件数'), 11, '规章/现行有效件数');
    assertNumberCell(text, tableAWithRow(doc, '行政规范性文件').cell('行政规范性文件', '本年废止件数'), 26, '行政规范性文件/本年废止件数');
    assertNumberCell(text, tableAWithRow(doc, '行政许可').cell('行政许可', '本年处理决定数量'), 447228, '行政许可');
    assertNumberCell(text, tableAWithRow(doc, '行政处罚').cell('行政处罚', '本年处理决定数量'), 3985758, '行政处罚');
    assertNumberCell(text, tableAWithRow(doc, '行政强制').cell('行政强制', '本年处理决定数量'), 88283, '行政强制');
    const fee = tableAWithRow(doc, '行政事业性收费').cell('行政事业性收费', '本年收费金额（单位：万元）');
    assert.equal(fee?.kind, 'number');
    assert.equal(fee?.value, 96171.6);
    assert.equal(text.slice(fee!.start, fee!.end).trim(), '96171.6');
    assertAllCellOffsets(text, doc);
  });

  test('"5500 余条" is approximate; "3119 件" is exact', () => {
    const n = doc.numbers.find((x) => x.value === 5500);
    assert.ok(n);
    assert.equal(lineNo(doc, n.start), 12);
    assert.equal(n.unit, '条');
    assert.equal(n.approximate?.text, '余');
    assert.equal(text.slice(n.approximate!.start, n.approximate!.end), '余');
    const n3119 = doc.numbers.find((x) => x.value === 3119);
    assert.equal(n3119?.unit, '件');
    assert.equal(n3119?.approximate, undefined);
    const fee = doc.numbers.find((x) => lineNo(doc, x.start) === 94 && x.unit === '元');
    assert.equal(fee?.value, 3940);
  });
});

sharedTest('in every report file, heading, date and number offsets map back to their text', () => {
  for (const dir of ['seeds', 'corpus'] as const) {
    for (const f of listShared(dir)) {
      const { text, doc } = parseShared(dir, f);
      for (const h of doc.headings) {
        assert.equal(text.slice(h.title.start, h.title.end), h.title.text, `${f}: heading on line ${h.line + 1}`);
        assert.equal(text.slice(h.marker.start, h.marker.end), h.marker.text, `${f}: marker on line ${h.line + 1}`);
        assert.equal(lineNo(doc, h.marker.start), h.line + 1);
        assert.ok(h.sectionEnd >= h.end || h.sectionEnd >= h.title.end);
      }
      for (const d of doc.dates) assert.equal(text.slice(d.start, d.end), d.raw, `${f}: date ${d.raw}`);
      for (const n of doc.numbers) assert.ok(text.slice(n.start, n.end).includes(n.raw), `${f}: number ${n.raw}`);
      for (const t of doc.tables as Table[]) for (const row of t.rows) for (const c of row.cells) assert.equal(text.slice(c.start, c.end), c.raw.trim() || c.raw);
    }
  }
});
