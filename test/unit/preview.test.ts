// The live preview (core/preview): the render model of real reports — titles, headings by level, paragraphs,
// national tables with the merged header cells of the official template rebuilt from flattened "A / B / C"
// labels, ✓/✗ on checked figures with the hover's explanation, findings by their block — its HTML (escaped,
// no script, no style attribute), and the webview page around it (Content Security Policy, nothing remote).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectFindings, parseDocument, previewHtml, previewModel, type PreviewModel, type ReportDocument } from '../../server/src/core';
import { mergePaths, splitPath } from '../../server/src/core/preview/mergedHeaders';
import type { Block, Inline, TableCellModel } from '../../server/src/core/preview';
import { previewPage } from '../../client/src/previewPage';
import { parseShared, readExamples, sharedTest } from './fixtures';

function modelOf(doc: ReportDocument): PreviewModel {
  return previewModel(doc, { lang: 'zh', findings: collectFindings(doc, {}) });
}

type TableBlock = Extract<Block, { kind: 'table' }>;
type ParagraphBlock = Extract<Block, { kind: 'paragraph' }>;

function tables(m: PreviewModel): TableBlock[] {
  return m.blocks.filter((b): b is TableBlock => b.kind === 'table');
}

function nationalTable(m: PreviewModel, zhName: string): TableBlock {
  const t = tables(m).find((b) => b.name?.startsWith(zhName));
  assert.ok(t, `${zhName} in the preview`);
  return t;
}

function headCell(t: TableBlock, text: string): TableCellModel {
  const c = t.head.flatMap((r) => r.cells).find((x) => x.text === text);
  assert.ok(c, `header cell “${text}”`);
  return c;
}

function labelCell(t: TableBlock, text: string): TableCellModel {
  const c = t.body.flatMap((r) => r.cells).find((x) => x.header && x.text === text);
  assert.ok(c, `row label “${text}”`);
  return c;
}

/** The data cell of the body row whose labels include `label`, `column` data cells after the labels. */
function dataCell(t: TableBlock, label: string, column: number): TableCellModel {
  const i = t.body.findIndex((r) => r.cells.some((c) => c.header && c.text === label));
  assert.ok(i >= 0, `row “${label}”`);
  return t.body[i].cells.filter((c) => !c.header)[column];
}

function inlines(m: PreviewModel): Inline[] {
  return m.blocks.flatMap((b) => (b.kind === 'paragraph' ? [...(b.runIn?.content ?? []), ...b.content] : b.kind === 'heading' ? b.content : []));
}

/** The marked figure written as `text` (the first one). */
function figure(m: PreviewModel, text: string): Inline {
  const r = inlines(m).find((x) => x.mark && x.text === text);
  assert.ok(r, `a marked figure “${text}”`);
  return r;
}

describe('merged header cells from flattened labels', () => {
  test('" / " separates levels; a slash without spaces does not', () => {
    assert.deepEqual(splitPath('申请人情况 / 法人或其他组织 / 商业企业'), ['申请人情况', '法人或其他组织', '商业企业']);
    assert.deepEqual(splitPath('本年增/减'), ['本年增/减']);
  });

  test('shared groups span their leaves, short paths reach down to the deepest level, leaves never merge', () => {
    const levels = mergePaths([['申请人情况', '自然人'], ['申请人情况', '法人', '商业企业'], ['申请人情况', '法人', '其他'], ['申请人情况', '总计'], ['总计']]);
    assert.deepEqual(levels[0].map((c) => [c.text, c.across, c.deep]), [['申请人情况', 4, 1], ['总计', 1, 3]]);
    assert.deepEqual(levels[1].map((c) => [c.text, c.across, c.deep]), [['自然人', 1, 2], ['法人', 2, 1], ['总计', 1, 2]]);
    assert.deepEqual(levels[2].map((c) => [c.text, c.first]), [['商业企业', 1], ['其他', 2]]);
    assert.deepEqual(mergePaths([['其他'], ['其他']])[0].map((c) => c.across), [1, 1]);
  });
});

describe('the example 2024 report (examples/)', () => {
  const [, text] = readExamples().find(([name]) => name.includes('2024'))!;
  const doc = parseDocument(text);
  const m = modelOf(doc);

  test('title, level-1 and level-2 headings, paragraphs and the signature, each with its lines', () => {
    const title = m.blocks.find((b) => b.kind === 'title');
    assert.equal(title?.kind === 'title' && title.text, '青禾县人民政府2024年政府信息公开工作年度报告');
    const headings = m.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
    const byText = (t: string) => headings.find((h) => h.content.map((c) => c.text).join('') === t);
    assert.equal(byText('一、总体情况')?.rank, 1);
    assert.equal(byText('（一）主动公开')?.rank, 2);
    assert.equal(byText('三、收到和处理政府信息公开申请情况')?.line, 56);
    const signature = m.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph' && b.align === 'right').map((b) => b.content.map((c) => c.text).join(''));
    assert.deepEqual(signature, ['青禾县人民政府', '2025年01月20日']);
    for (let i = 1; i < m.blocks.length; i++) assert.ok(m.blocks[i].line > m.blocks[i - 1].endLine, `blocks in line order at ${m.blocks[i].line}`);
  });

  test('表三: the header of the official template, rebuilt from the flattened labels', () => {
    const t = nationalTable(m, '表三');
    assert.equal(t.head.length, 3, 'three header rows');
    const corner = t.head[0].cells[0];
    assert.match(corner.text, /勾稽关系/);
    assert.deepEqual([corner.rowSpan, corner.colSpan], [3, 3], 'the corner spans the header rows and the three label columns');
    assert.deepEqual([headCell(t, '申请人情况').colSpan, headCell(t, '申请人情况').rowSpan], [7, 1]);
    assert.deepEqual([headCell(t, '自然人').rowSpan, headCell(t, '自然人').colSpan], [2, 1]);
    assert.equal(headCell(t, '法人或其他组织').colSpan, 5);
    assert.equal(headCell(t, '总计').rowSpan, 2);
    assert.deepEqual(t.head[2].cells.map((c) => c.text), ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
  });

  test('表三: row labels merged as in the official template', () => {
    const t = nationalTable(m, '表三');
    assert.equal(labelCell(t, '一、本年新收政府信息公开申请数量').colSpan, 3);
    assert.equal(labelCell(t, '三、本年度办理结果').rowSpan, 22, '（一）（二）, 8 + 3 + 5 + 3 leaves and （七）');
    assert.equal(labelCell(t, '（三）不予公开').rowSpan, 8);
    assert.equal(labelCell(t, '（一）予以公开').colSpan, 2);
    assert.equal(labelCell(t, '1.属于国家秘密').colSpan, 1);
    for (const row of t.body) assert.equal(row.cells.filter((c) => !c.header).length, 7, `seven figures on line ${row.line}`);
  });

  test('表四: 行政复议 over five columns, 行政诉讼 over two groups of five', () => {
    const t = nationalTable(m, '表四');
    assert.equal(headCell(t, '行政复议').colSpan, 5);
    assert.equal(headCell(t, '行政诉讼').colSpan, 10);
    assert.equal(headCell(t, '未经复议直接起诉').colSpan, 5);
    assert.equal(t.head[1].cells[0].text, '结果维持');
    assert.equal(t.head[1].cells[0].rowSpan, 2, 'a 行政复议 outcome reaches the bottom of the header');
    assert.ok(t.body[0].cells.every((c) => !c.header), 'no row labels in 表四');
    assert.equal(t.body[0].cells[4].mark?.verdict, 'bad', '行政复议 总计 5 ≠ 2 + 1 + 0 + 1');
  });

  test('table cells: ✗ on a wrong total, ✓ where every sum holds, with the hover’s explanation', () => {
    const t = nationalTable(m, '表三');
    const wrongRow = dataCell(t, '6.属于四类过程性信息', 6);
    assert.equal(wrongRow.text, '5');
    assert.equal(wrongRow.mark?.verdict, 'bad');
    assert.ok(wrongRow.mark!.explanation.some((l) => l.includes('✗')), wrongRow.mark!.explanation.join('\n'));
    assert.equal(dataCell(t, '（七）总计', 6).mark?.verdict, 'bad', '（七）总计 127 but the rows add up to 128');
    const fine = dataCell(t, '一、本年新收政府信息公开申请数量', 0);
    assert.equal(fine.text, '104');
    assert.equal(fine.mark?.verdict, 'ok');
    assert.match(fine.mark!.explanation[0], /一、本年新收政府信息公开申请数量 × 自然人 = 104/, 'the hover title comes first');
    const blank = dataCell(t, '8.属于行政查询事项', 2);
    assert.ok(blank.blank && blank.mark?.verdict !== 'ok', 'a blank cell is shown blank, not ✓');
    assert.ok(blank.mark?.explanation.some((l) => l.includes('空白格')), 'blank-cell points at it');
  });

  test('prose figures: ✗ where the text contradicts itself or the tables, ✓ where a share or a sum fits', () => {
    assert.equal(figure(m, '2361条').mark?.verdict, 'bad');
    assert.equal(figure(m, '132件').mark?.verdict, 'bad');
    assert.ok(figure(m, '132件').mark!.explanation.some((l) => /表三/.test(l)), 'with the prose-table-mismatch message');
    assert.equal(figure(m, '12.6%').mark?.verdict, 'bad');
    assert.equal(figure(m, '48.0%').mark?.verdict, 'ok');
    assert.equal(inlines(m).find((x) => x.text === '96条')?.mark, undefined, 'a part of a wrong sum is not itself known to be wrong');
  });

  test('every finding is listed with the block it starts in, with its range', () => {
    const findings = collectFindings(doc, {});
    const listed = m.blocks.flatMap((b) => b.findings);
    assert.equal(listed.length, findings.length);
    const sum = nationalTable(m, '表三').findings.find((f) => f.ruleId === 'table-sum');
    assert.ok(sum && sum.start >= nationalTable(m, '表三').start && sum.end <= nationalTable(m, '表三').end, 'the table-sum finding goes with 表三');
  });

  test('the HTML: rowspan and colspan, marks with data ranges and explanations, blocks with their lines', () => {
    const html = previewHtml(m, 'zh');
    assert.match(html, /<th rowspan="3" colspan="3">（本列数据的勾稽关系为/);
    assert.match(html, /<th colspan="7">申请人情况<\/th>/);
    assert.match(html, /<th rowspan="22">三、本年度办理结果<\/th>/);
    assert.match(html, /<td class="nb-num nb-bad" data-start="\d+" data-end="\d+" title="[^"]*✗[^"]*">5<span class="nb-mark" aria-hidden="true">✗<\/span><\/td>/);
    assert.match(html, /<h2 class="nb-h nb-h1" data-line="4" data-end-line="4">一、总体情况<\/h2>/);
    assert.match(html, /<h3 class="nb-h nb-h2" data-line="8" data-end-line="8">（一）主动公开<\/h3>/);
    assert.match(html, /<li class="nb-finding nb-sev-error" data-start="\d+" data-end="\d+" data-line="\d+" title="规则 table-sum">/);
  });
});

describe('what the report says is escaped', () => {
  const text = [
    '某某局2024年政府信息公开工作年度报告<script>alert(1)</script>',
    '',
    '一、总体情况<img src=x onerror=alert(1)>',
    '',
    '本年度共收到申请3件，其中予以公开1件、<b onmouseover="alert(1)">其他处理</b>1件。"\'&amp;',
    '',
    '| 信息内容 <svg onload=alert(1)> / 甲 | 乙 " onclick="x |',
    '|---|---|',
    '| <iframe src=javascript:alert(1)> | 1 |',
    '',
  ].join('\n');
  const doc = parseDocument(text);
  const html = previewHtml(previewModel(doc, { lang: 'zh', findings: collectFindings(doc, {}) }), 'zh');

  test('only the preview’s own tags and attributes appear; the report’s markup is text', () => {
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((x) => x[1].toLowerCase()));
    const allowed = new Set(['article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'span', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li']);
    assert.deepEqual([...tags].filter((t) => !allowed.has(t)), [], html);
    const attributes = new Set([...html.matchAll(/\s([a-zA-Z-]+)="/g)].map((x) => x[1]));
    const allowedAttrs = new Set(['class', 'lang', 'data-line', 'data-end-line', 'data-start', 'data-end', 'title', 'rowspan', 'colspan', 'aria-hidden', 'aria-label']);
    assert.deepEqual([...attributes].filter((a) => !allowedAttrs.has(a)), [], html);
    // The report's text is all there, as text.
    const shown = html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    for (const written of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<b onmouseover="alert(1)">', '"\'&amp;', '<iframe src=javascript:alert(1)>', '乙 " onclick="x']) {
      assert.ok(shown.includes(written), `${written} is shown as text`);
    }
  });
});

describe('the webview page', () => {
  const page = previewPage({ nonce: 'n0nce123', waiting: '正在生成预览<……>' });

  test('a Content Security Policy that runs only this page’s style and script and loads nothing', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    assert.ok(csp, 'a CSP meta element');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-n0nce123'(;|$)/);
    assert.match(csp, /style-src 'nonce-n0nce123'(;|$)/);
    assert.doesNotMatch(csp, /unsafe|https?:|\*/);
    const scripts = [...page.matchAll(/<script([^>]*)>/g)].map((x) => x[1]);
    assert.deepEqual(scripts, [' nonce="n0nce123"'], 'one script, with the nonce');
    assert.match(page, /<style nonce="n0nce123">/);
    assert.doesNotMatch(page, /\b(src|href)=|url\(|@import|https?:\/\//, 'nothing loaded from anywhere');
    assert.match(page, /正在生成预览&#60;……&#62;/, 'the waiting text is escaped');
  });

  test('the GB/T 9704 fonts with fallbacks, and the theme’s colours', () => {
    assert.match(page, /\.nb-h1 \{ font-family: "黑体", "SimHei"/);
    assert.match(page, /\.nb-h2 \{ font-family: "楷体_GB2312", "楷体", "KaiTi"/);
    assert.match(page, /\.nb-doc \{[^}]*font-family: "仿宋_GB2312", "仿宋", "FangSong"/);
    assert.match(page, /background: var\(--vscode-editor-background/);
    assert.match(page, /color: var\(--vscode-editor-foreground/);
  });
});

describe('real reports', () => {
  sharedTest('seed 001: every 第X篇 with its title, headings by level, run-in headings, the signature date', () => {
    const { doc } = parseShared('seeds', '001');
    const m = modelOf(doc);
    const parts = m.blocks.filter((b): b is Extract<Block, { kind: 'part' }> => b.kind === 'part');
    assert.equal(parts.length, doc.reports.filter((r) => r.partMarker).length);
    assert.equal(parts[0].text, '第一篇');
    assert.equal(parts[0].title, '绵阳市环境保护局2009年政府信息公开工作年度报告');
    const heading = (t: string) => m.blocks.find((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.content.map((c) => c.text).join('') === t);
    assert.equal(heading('一、概述')?.rank, 1);
    assert.equal(heading('(一)完善相关制度,健全工作机制')?.rank, 2);
    assert.equal(heading('1.部门网站')?.rank, 3);
    const runIn = m.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && !!b.runIn && b.runIn.content.map((c) => c.text).join('').startsWith('(三)落实政务公开措施'));
    assert.ok(runIn && runIn.runIn!.rank === 2 && runIn.content[0].text.startsWith('政府信息公开工作涉及面广'), 'the run-in heading and its paragraph');
    assert.ok(m.blocks.some((b) => b.kind === 'paragraph' && b.align === 'right' && b.content.map((c) => c.text).join('') === '2010年3月15日'), 'the signature date on the right');
  });

  sharedTest('2024 淮安: a clean report — its tables rendered with merged headers and every checked cell ✓', () => {
    const { doc } = parseShared('corpus', '2024_huaian_shizhengfu_1');
    const m = modelOf(doc);
    const title = m.blocks.filter((x) => x.kind === 'title');
    assert.deepEqual(title.map((x) => [x.kind === 'title' && x.text, x.line, x.endLine]), [['淮安市人民政府2024 年政府信息公开工作年度报告', 2, 3]], 'the title over two lines, once');
    const b = nationalTable(m, '表三');
    assert.equal(headCell(b, '申请人情况').colSpan, 7);
    assert.equal(labelCell(b, '三、本年度办理结果').rowSpan, 22);
    const cells = tables(m).flatMap((t) => t.body.flatMap((r) => r.cells));
    assert.deepEqual(cells.filter((c) => c.mark?.verdict === 'bad').map((c) => c.text), []);
    const figures = b.body.flatMap((r) => r.cells.filter((c) => !c.header && c.numeric));
    assert.equal(figures.length, 25 * 7, '25 rows of seven figures');
    assert.ok(figures.every((c) => c.mark?.verdict === 'ok'), 'every figure of 表三 takes part in a sum that holds');
    assert.equal(dataCell(b, '（七）总计', 6).text, '3050');
    const c = nationalTable(m, '表四');
    assert.deepEqual(c.body[0].cells.filter((x) => x.mark?.verdict === 'ok').length, 15);
    assert.ok(!inlines(m).some((x) => x.mark?.verdict === 'bad'), 'no ✗ in the text');
  });

  sharedTest('2019 上海市政府办公厅: the errors of corpus/INDEX.md are marked ✗, blank cells stay blank', () => {
    const { doc } = parseShared('corpus', '2019_shanghai_bangongting_1');
    const m = modelOf(doc);
    for (const [text, why] of [
      ['258件', '予以公开及部分公开 is 275 in 表三'],
      ['33.9%', '258 / 805 is 32.0%'],
      ['4.34%', '35 / 805 is 4.35%'],
      ['265件', '（四）无法提供 is 337 in 表三'],
    ]) {
      assert.equal(figure(m, text).mark?.verdict, 'bad', `${text}: ${why}`);
    }
    const maintained = m.blocks.flatMap((b) => b.findings).find((f) => f.ruleId === 'prose-table-mismatch' && f.message.includes('均获维持'));
    assert.ok(maintained, '“均获维持” against 表四 is listed');
    const flagged = inlines(m).find((x) => x.finding && doc.text.slice(x.start, x.end).includes('维持'));
    assert.ok(flagged, '“均获维持” is underlined where it is written');
    const b = nationalTable(m, '表三');
    const blanks = b.body.flatMap((r) => r.cells.filter((c) => !c.header && c.blank));
    assert.ok(blanks.length >= 100 && blanks.every((c) => c.mark?.verdict !== 'ok'), `${blanks.length} blank cells, none ✓`);
    assert.equal(dataCell(b, '（七）总计', 0).mark?.verdict, 'ok', '自然人 rows add up to 767');
  });
});
