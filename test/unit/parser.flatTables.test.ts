// Tables as text extraction leaves them: one cell per line, cells separated by runs of spaces, "|" rows
// without the leading "|". Rows are rebuilt from the known labels, checked like any table, and a row that
// cannot be rebuilt (or that the text stops inside) is never checked.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFindings, hoverAt, parseDocument, type Cell, type ReportDocument, type Table } from '../../server/src/core';
import { completionsAt } from '../../server/src/core/completion';
import { outlineOf } from '../../server/src/core/outline';
import { TABLE_B_ROWS } from '../../server/src/core/format/tableLabels';
import { SHARED } from './fixtures';
import { findingsOf } from './rules/helpers';

/** Warnings and errors about tables (the small texts here have no other parts, so missing-section is not asked). */
function seriousFindings(text: string): string[] {
  const doc = parseDocument(text);
  return [
    ...collectFindings(doc).filter((f) => (f.severity === 'error' || f.severity === 'warning') && /^table-|^blank-cell$|^prose-table/.test(f.ruleId)).map((f) => f.ruleId),
    ...doc.problems.filter((p) => p.severity !== 'information').map((p) => p.code),
  ];
}

const TITLE = '某县人民政府2022年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n';
const HEADER = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

/** The 2021 rows of Table B in printed order, group labels included, with seven figures for each data row. */
function bRows(values: Record<string, number[]>): Array<[string, number[] | undefined]> {
  const out: Array<[string, number[] | undefined]> = [];
  for (const r of TABLE_B_ROWS.filter((d) => d.era !== '2019')) {
    if (r.id === '三（一）') out.push(['三、本年度办理结果', undefined]);
    if (r.id === '三（三）1') out.push(['（三）不予公开', undefined]);
    if (r.id === '三（四）1') out.push(['（四）无法提供', undefined]);
    if (r.id === '三（五）1') out.push(['（五）不予处理', undefined]);
    if (r.id === '三（六）1') out.push(['（六）其他处理', undefined]);
    out.push([r.label, values[r.id] ?? [0, 0, 0, 0, 0, 0, 0]]);
  }
  return out;
}

// 一 10 + 二 1 = （七）总计 9 + 四 2; 予以公开 6 + 本机关不掌握 3 = 9.
const GOOD: Record<string, number[]> = {
  一: [10, 0, 0, 0, 0, 0, 10], 二: [1, 0, 0, 0, 0, 0, 1], '三（一）': [6, 0, 0, 0, 0, 0, 6],
  '三（四）1': [3, 0, 0, 0, 0, 0, 3], '三（七）': [9, 0, 0, 0, 0, 0, 9], 四: [2, 0, 0, 0, 0, 0, 2],
};

/** One cell per line, a blank line after each, as a copied web page gives it. */
function oneCellPerLine(values: Record<string, number[]>): string {
  const cells = [...HEADER];
  for (const [label, figures] of bRows(values)) cells.push(label, ...(figures ?? []).map(String));
  return TITLE + cells.map((c) => `${c}\n\n`).join('');
}

function cellText(doc: ReportDocument, c: Cell | undefined): string | undefined {
  return c && doc.text.slice(c.start, c.end);
}

function only(doc: ReportDocument): Table {
  assert.equal(doc.tables.length, 1);
  return doc.tables[0];
}

describe('one cell per line', () => {
  test('Table B with blank lines between: rows rebuilt, every cell with its own span, checked like any table', () => {
    const text = oneCellPerLine(GOOD);
    const doc = parseDocument(text);
    const t = only(doc);
    assert.equal(t.format, 'lines');
    assert.equal(t.national?.id, 'B');
    assert.equal(t.national!.era, '2021');
    assert.equal(t.national!.rows.length, 25);
    assert.equal(t.national!.cell('一', '自然人')?.value, 10);
    assert.equal(t.national!.cell('四', '总计')?.value, 2);
    assert.equal(cellText(doc, t.national!.cell('三（四）1', '总计')), '3');
    // Each figure is its own line: the cell's span is that line's text.
    const c = t.national!.cell('三（七）', '自然人')!;
    assert.equal(doc.text.slice(c.start, c.end), '9');
    assert.equal(doc.text.slice(doc.lineStarts[positionLine(doc, c) - 1], c.end), '9');
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(seriousFindings(text), []);
    // The label lines are table cells, not headings.
    assert.deepEqual(doc.headings.map((h) => h.title.text), ['收到和处理政府信息公开申请情况']);
  });

  test('a wrong total is found as in a pipe table', () => {
    const text = oneCellPerLine({ ...GOOD, '三（一）': [6, 0, 0, 0, 0, 0, 7] });
    // The row 予以公开 (6 ≠ 7), and the 总计 column of （七）总计 (7 + 3 ≠ 9).
    assert.deepEqual(findingsOf('table-sum', text).map((f) => [f.text, f.severity]), [['7', 'error'], ['9', 'error']]);
  });

  test('cut in the middle of a row: the rows before it are read, the half row is not checked', () => {
    const full = oneCellPerLine(GOOD);
    // Stop after two figures of （一）予以公开, without a line break (a page cut at a size limit).
    const at = full.indexOf('（一）予以公开');
    const text = full.slice(0, at) + '（一）予以公开\n\n6\n\n0';
    const doc = parseDocument(text);
    const t = only(doc);
    assert.equal(t.national?.id, 'B');
    assert.deepEqual(t.national!.rows.map((r) => r.id), ['一', '二']);
    assert.equal(t.national!.cell('三（一）', '自然人'), undefined);
    for (const rule of ['table-sum', 'table-balance']) assert.deepEqual(findingsOf(rule, text), [], rule);
    assert.deepEqual(seriousFindings(text), []);
    const infos = doc.problems.filter((p) => p.code === 'table-unreadable');
    assert.equal(infos.length, 1);
    assert.equal(infos[0].severity, 'information');
    assert.equal(text.slice(infos[0].start, infos[0].end), '（一）予以公开');
    assert.match(infos[0].message.zh, /“（一）予以公开”后有 2 个数字（应为 7 个），表格在此中断/);
  });

  test('a row of the wrong width in the middle is left out, the others are checked', () => {
    const full = oneCellPerLine({ ...GOOD, '三（一）': [6, 0, 0, 0, 0, 0, 7] });
    // 二 loses one figure: it cannot be placed, so it is not checked, and the balance is not judged on it.
    const text = full.replace('二、上年结转政府信息公开申请数量\n\n1\n\n0\n\n', '二、上年结转政府信息公开申请数量\n\n1\n\n');
    const doc = parseDocument(text);
    const t = only(doc);
    assert.ok(!t.national!.rows.some((r) => r.id === '二'));
    assert.deepEqual(findingsOf('table-sum', text).map((f) => f.text), ['7', '9']);
    assert.deepEqual(findingsOf('table-balance', text), []);
    assert.equal(doc.problems.filter((p) => p.severity === 'information' && p.code === 'table-unreadable').length, 1);
  });

  test('Table A: caption, header and rows, with " |" left at each line end', () => {
    const text = '某街道2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n' + [
      '第二十条第(一)项', '|||', '信息内容', '本年新 制作数量', '本年新 公开数量', '对外公开 总数量', '规章', '0', '0', '0', '规范性文件', '2', '1', '1',
      '第二十条第(五)项', '|||', '信息内容', '上一年 项目数量', '本年增/减', '处理决定数量', '行政许可', '0', '0', '0', '其他对外管理服务事项', '0', '0', '0',
    ].map((c) => (c.startsWith('|') ? c : `${c} |`)).join('\n') + '\n三、收到和处理政府信息公开申请情况\n';
    const doc = parseDocument(text);
    const t = only(doc);
    assert.equal(t.format, 'lines');
    assert.equal(t.national?.id, 'A');
    assert.deepEqual(t.national!.parts, ['一', '五']);
    assert.equal(t.national!.cell('规范性文件', '本年新制作数量')?.value, 2);
    assert.equal(t.national!.cell('规范性文件', '对外公开总数量')?.value, 1);
    assert.equal(t.national!.cell('其他对外管理服务事项', '处理决定数量')?.value, 0);
    assert.deepEqual(doc.headings.map((h) => h.title.text), ['主动公开政府信息情况', '收到和处理政府信息公开申请情况']);
    assert.deepEqual(doc.problems, []);
  });
});

describe('cells separated by spaces (pdftotext -layout)', () => {
  const header = '                                           申请人情况\n（本列数据的勾稽关系为：第一项加第二项之和，    自然人    商业企业  科研机构  社会公益组织  法律服务机构  其他  总计\n';
  function spaced(values: Record<string, number[]>): string {
    const lines = bRows(values).map(([label, figures]) => (figures ? `${label}      ${figures.join('    ')}` : label));
    return TITLE + header + lines.join('\n') + '\n\n四、政府信息公开行政复议、行政诉讼情况\n';
  }

  test('rows of a label and seven figures are rebuilt and checked', () => {
    const text = spaced(GOOD);
    const doc = parseDocument(text);
    const b = doc.tables.find((t) => t.national?.id === 'B');
    assert.ok(b);
    assert.equal(b.format, 'spaced');
    assert.equal(b.national!.rows.length, 25);
    assert.equal(b.national!.cell('一', '总计')?.value, 10);
    assert.equal(cellText(doc, b.national!.cell('三（七）', '自然人')), '9');
    assert.deepEqual(seriousFindings(text), []);
    assert.deepEqual(doc.headings.map((h) => h.title.text), ['收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况']);
  });

  test('"一、本年新收政府信息公开申请数量   3   0   0   0   0   0   3" with a wrong 总计 is found', () => {
    const text = spaced({ ...GOOD, 一: [10, 0, 0, 0, 0, 0, 11] });
    assert.deepEqual(findingsOf('table-sum', text).map((f) => [f.text, f.line]), [['11', 7]]);
  });

  test('a row with a figure missing is not checked and is said', () => {
    const text = spaced(GOOD).replace(/（七）总计( +\d+){7}/, '（七）总计      9    0    0    0    0    9');
    const doc = parseDocument(text);
    assert.deepEqual(findingsOf('table-balance', text), []);
    assert.deepEqual(findingsOf('table-sum', text), []);
    const p = doc.problems.filter((x) => x.code === 'table-unreadable');
    assert.equal(p.length, 1);
    assert.match(p[0].message.zh, /“（七）总计”后有 6 个数字（应为 7 个）/);
  });
});

describe('blocks that cannot be rebuilt', () => {
  test('labels with no figures (the cells were lost): one information problem per table, nothing checked', () => {
    const cells = [...HEADER, ...bRows({}).map(([label]) => label)];
    const text = TITLE + cells.map((c) => `${c}\n\n`).join('');
    const doc = parseDocument(text);
    const problems = doc.problems.filter((p) => p.code === 'table-unreadable');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'information');
    assert.match(problems[0].message.zh, /“一、本年新收政府信息公开申请数量”后有 0 个数字（应为 7 个）/);
    assert.deepEqual(seriousFindings(text), []);
    assert.equal(doc.tables[0]?.national, undefined);
  });

  test('Table A rows without the header that names the columns are not placed', () => {
    const text = '某县2019年政府信息公开工作年度报告\n第二十条第（一）项\n规章\n0\n0\n0\n规范性文件\n2\n1\n1\n';
    const doc = parseDocument(text);
    assert.equal(doc.tables[0]?.national, undefined);
    assert.equal(doc.problems.filter((p) => p.code === 'table-unreadable' && p.severity === 'information').length, 1);
    assert.deepEqual(seriousFindings(text), []);
  });

  test('prose with short lines and numbers is not a table', () => {
    const text = '某县2019年政府信息公开工作年度报告\n一、总体情况\n规章\n全年制定规章0件。\n其他\n2\n总计\n3\n';
    const doc = parseDocument(text);
    assert.deepEqual(doc.tables, []);
    assert.deepEqual(doc.problems, []);
  });
});

describe('"|" rows without the leading "|"', () => {
  test('a row the text stops inside is not checked', () => {
    const text = `${TITLE}（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | ||||||||\n自然人 | 法人或其他组织 | 总 计 | |||||||\n一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||\n二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n三、本年度办理结果 | (一) 予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 1`;
    const doc = parseDocument(text);
    const t = only(doc);
    assert.equal(t.format, 'unframed');
    assert.equal(t.openEnd, true);
    assert.deepEqual(t.national!.rows.map((r) => r.id), ['一', '二']);
    assert.equal(t.national!.cell('一', '总计')?.value, 3);
    assert.deepEqual(findingsOf('table-sum', text), [], '3 ≠ 1 would be a finding on half a row');
    assert.ok(doc.problems.some((p) => p.code === 'table-incomplete' && /中断/.test(p.message.zh)));
  });
});

// The real pages of ../shared/corpus/more whose tables are flattened: values as its INDEX.md states them.
const MORE = path.join(SHARED, 'corpus', 'more');
const readMore = (name: string) => fs.readFileSync(path.join(MORE, `${name}.md`), 'utf8');
const hasMore = fs.existsSync(MORE);

describe('corpus/more', { skip: !hasMore && 'no ../shared/corpus/more' }, () => {
  test('2019 利州 河西街道: every cell on its own line ending " |"', () => {
    const doc = parseDocument(readMore('2019_lizhou_hexijiedao_1'));
    const [a, b] = doc.tables;
    assert.deepEqual([a.format, a.national?.id, b.format, b.national?.id], ['lines', 'A', 'lines', 'B']);
    // 表二: 规范性文件 本年新制作 2, 本年新公开 1, 对外公开总数量 1 (L17–L20); everything else is 0.
    const n = a.national!;
    assert.deepEqual(['本年新制作数量', '本年新公开数量', '对外公开总数量'].map((c) => n.cell('规范性文件', c)?.value), [2, 1, 1]);
    assert.equal(positionLine(doc, n.cell('规范性文件', '本年新制作数量')!), 18);
    const others = n.rows.filter((r) => r.id !== '规范性文件').flatMap((r) => [...r.cells.values()]);
    assert.equal(others.length, 3 + 3 + 3 + 3 + 3 + 2 + 2);
    assert.ok(others.every((c) => c.value === 0));
    // 表三 rows 一 and 二 (L84–L100): all 0, seven cells each; the table is cut after them.
    for (const row of ['一', '二']) {
      const cells = [...b.national!.rows.find((r) => r.id === row)!.cells.values()];
      assert.deepEqual(cells.map((c) => c.value), [0, 0, 0, 0, 0, 0, 0], row);
    }
    assert.deepEqual(doc.headings.filter((h) => h.rank === 1).map((h) => h.line + 1), [4, 6, 69]);
    // Hover and outline work on the rebuilt tables unchanged; completion offers no Markdown rows in them.
    const cell = n.cell('规范性文件', '本年新制作数量')!;
    assert.match(hoverAt(doc, cell.start, { lang: 'zh' })!.markdown, /规范性文件 × 本年新制作数量 = 2[\s\S]*本行：本年新制作数量 2 · 本年新公开数量 1 · 对外公开总数量 1/);
    assert.match(hoverAt(doc, b.national!.cell('一', '总计')!.start, { lang: 'zh' })!.markdown, /0 \+ 0 \+ 0 \+ 0 \+ 0 \+ 0 = 0，总计 0 ✓/);
    const tables = JSON.stringify(outlineOf(doc));
    assert.match(tables, /每格一行/);
    const lineStart = doc.lineStarts[83];
    assert.ok(!completionsAt(doc, lineStart + 1).some((c) => c.kind === 'rowLabel'));
  });

  test('2022 佳县 螅镇: labels with no figures anywhere — one information problem per table, no check', () => {
    const text = readMore('2022_jiaxian_xizhen_1');
    const doc = parseDocument(text);
    assert.equal(doc.tables.length, 2);
    assert.ok(doc.tables.every((t) => t.format === 'lines' && !t.national));
    assert.deepEqual(doc.problems.map((p) => [p.code, p.severity, positionLine(doc, p)]), [['table-unreadable', 'information', 23], ['table-unreadable', 'information', 97]]);
  });

  test('2020 赤壁 蒲纺: "|" rows without the leading "|"; the half row at the cut is not checked', () => {
    const doc = parseDocument(readMore('2020_chibi_pufanggongyeyuanqu_1'));
    const a = doc.tables.find((t) => t.national?.id === 'A')!;
    const b = doc.tables.find((t) => t.national?.id === 'B')!;
    assert.equal(a.format, 'unframed');
    assert.deepEqual(['采购项目数量', '采购总金额'].map((c) => a.national!.cell('政府集中采购', c)?.value), [0, 0]);
    assert.deepEqual(['本年新制作数量', '本年新公开数量', '对外公开总数量'].map((c) => a.national!.cell('规范性文件', c)?.value), [33, 8, 8]);
    assert.deepEqual(b.national!.rows.map((r) => r.id), ['一', '二']);
    for (const r of b.national!.rows) assert.deepEqual([...r.cells.values()].map((c) => c.value), [0, 0, 0, 0, 0, 0, 0]);
    assert.equal(b.national!.partialRows?.length, 1, 'L33 三（一） has three figures of seven');
  });

  test('2019 荷塘 桂花街道 and 2020 孝感: the 2019 Table 2 read from unframed rows', () => {
    const hetang = readMore('2019_hetang_guihuajiedao_1');
    // [BLANK] L22 政府集中采购: both cells empty.
    const blank = findingsOf('blank-cell', hetang);
    assert.equal(blank.length, 1);
    assert.match(blank[0].message, /有 2 个空白格/);
    const xiaogan = parseDocument(readMore('2020_xiaogan_shizhengfubangongshi_1'));
    const n = xiaogan.tables[0].national!;
    assert.deepEqual(['本年新制作数量', '本年新公开数量', '对外公开总数量'].map((c) => n.cell('规章', c)?.value), [2, 2, 3]);
    assert.deepEqual(['本年新制作数量', '本年新公开数量', '对外公开总数量'].map((c) => n.cell('规范性文件', c)?.value), [11, 11, 119]);
  });

  test('no warning or error from a rebuilt or unframed table on any of these pages', () => {
    for (const f of fs.readdirSync(MORE).filter((x) => x.endsWith('.md') && x !== 'INDEX.md')) {
      const doc = parseDocument(fs.readFileSync(path.join(MORE, f), 'utf8'));
      const flat = doc.tables.filter((t) => t.format !== 'pipe' && t.format !== 'tsv');
      const inFlat = (x: { start: number }) => flat.some((t) => x.start >= t.start && x.start <= t.end);
      const serious = collectFindings(doc).filter((x) => (x.severity === 'error' || x.severity === 'warning') && inFlat(x));
      assert.deepEqual(serious.map((x) => x.ruleId), [], f);
      assert.ok(doc.problems.every((p) => p.severity === 'information'), f);
    }
  });
});

/** The 1-based line of an offset. */
function positionLine(doc: ReportDocument, span: { start: number }): number {
  let line = 0;
  while (line + 1 < doc.lineStarts.length && doc.lineStarts[line + 1] <= span.start) line++;
  return line + 1;
}
