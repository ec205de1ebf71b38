// Word import: the blank national template's merged cells (gridSpan, vMerge) become the flattened tables the
// parser recognizes, label by label; hostile files (zip bombs, entity declarations, not a zip) are refused
// with a message, never read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { parseDocument } from '../../server/src/core';
import { TABLE_A_PARTS, TABLE_B_COLUMNS, TABLE_B_ROWS, TABLE_C_COLUMNS } from '../../server/src/core/format/tableLabels';
import { importBytes, ImportError } from '../../server/src/import';
import { chineseNumber } from '../../server/src/import/docxNumbering';
import { SHARED, sharedTest } from './fixtures';

sharedTest('the blank 2021 template imports with every label of 表二, 表三 and 表四 in place', async () => {
  const bytes = fs.readFileSync(path.join(SHARED, 'corpus', 'native', '2021_national_template_blank.docx'));
  const xml = (await import('fflate')).unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
  const raw = new TextDecoder().decode(xml);
  assert.equal(raw.match(/<w:gridSpan /g)?.length, 26);
  assert.equal(raw.match(/<w:vMerge[ />]/g)?.length, 58);

  const result = await importBytes(bytes, '2021_national_template_blank.docx');
  assert.equal(result.format, 'docx');
  const doc = parseDocument(result.text);
  assert.deepEqual(doc.reports.map((r) => r.era), ['2021']);
  const tables = doc.tables.filter((t) => t.national);
  const b = tables.find((t) => t.national!.id === 'B')!.national!;
  assert.deepEqual(b.rows.map((r) => r.id), TABLE_B_ROWS.filter((r) => r.era !== '2019').map((r) => r.id));
  assert.ok(b.rows.every((r) => r.label.distance === 0), 'every 表三 row label is written as in the format');
  assert.deepEqual(b.columns.map((c) => c.id), TABLE_B_COLUMNS.map((c) => c.id));
  assert.deepEqual(b.unknownRows, []);
  // 表四 has no figures in the blank form, and the parser recognizes it by its figures: its header is compared
  // with the labels, then the table is recognized once its one row is filled in.
  const lines = result.text.split('\n');
  const header = lines.findIndex((l) => l.startsWith('| 行政复议 / '));
  assert.equal(lines[header], `| ${TABLE_C_COLUMNS.map((col) => col.label).join(' | ')} |`);
  assert.match(lines[header + 2], /^\|( +\|){15}$/);
  lines[header + 2] = `|${' 0 |'.repeat(15)}`;
  const filled = parseDocument(lines.join('\n')).tables.find((t) => t.national?.id === 'C')!.national!;
  assert.deepEqual(filled.columns.map((col) => col.id), TABLE_C_COLUMNS.map((col) => col.id));
  assert.equal(filled.rows.length, 1);
  const a = tables.filter((t) => t.national!.id === 'A');
  assert.deepEqual(a.map((t) => t.caption?.text), ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
  for (const t of a) {
    const part = TABLE_A_PARTS.find((p) => p.caption === t.caption!.text)!;
    assert.deepEqual(t.national!.rows.map((r) => r.id), part.rows.filter((r) => r.era !== '2019').map((r) => r.id));
    assert.deepEqual(t.national!.columns.map((col) => col.id), part.columns.filter((col) => col.era !== '2019').map((col) => col.id));
  }
  // Every body row of a table points back at its row in the Word table.
  assert.ok(result.anchors.some((x) => x.table === 2 && x.row === 4 && result.text.slice(x.start, x.end).startsWith('| 一、本年新收')));
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string, extra: Record<string, Uint8Array> = {}) =>
  zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`), ...extra });
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text)}</w:tc>`;

test('a table made in Word: vMerge and gridSpan expand into flattened labels; tracked deletions are left out', async () => {
  const table = `<w:tbl>
    <w:tr>${tc('行政复议', '<w:gridSpan w:val="2"/>')}${tc('行政诉讼', '<w:gridSpan w:val="2"/>')}</w:tr>
    <w:tr>${tc('结果维持')}${tc('总计')}${tc('结果维持')}${tc('总计')}</w:tr>
    <w:tr>${tc('1')}${tc('2')}${tc('3')}${tc('4')}</w:tr></w:tbl>`;
  const rowTable = `<w:tbl>
    <w:tr>${tc('项目', '<w:gridSpan w:val="2"/>')}${tc('数量')}</w:tr>
    <w:tr>${tc('三、办理结果', '<w:vMerge w:val="restart"/>')}${tc('（一）予以公开')}${tc('5')}</w:tr>
    <w:tr>${tc('', '<w:vMerge/>')}${tc('（二）部分公开')}${tc('6')}</w:tr></w:tbl>`;
  const body = p('一、总体情况', '<w:outlineLvl w:val="0"/>') + `<w:p><w:r><w:t>共</w:t></w:r><w:del><w:r><w:delText>9</w:delText></w:r></w:del><w:r><w:t>8件，A&amp;B。</w:t></w:r></w:p>` + table + rowTable;
  const result = await importBytes(docx(body), 'a.docx');
  assert.equal(result.text, [
    '一、总体情况', '共8件，A&B。',
    '| 行政复议 / 结果维持 | 行政复议 / 总计 | 行政诉讼 / 结果维持 | 行政诉讼 / 总计 |\n|---|---|---|---|\n| 1 | 2 | 3 | 4 |',
    '| 项目 | 数量 |\n|---|---|\n| 三、办理结果 / （一）予以公开 | 5 |\n| 三、办理结果 / （二）部分公开 | 6 |',
  ].join('\n\n') + '\n');
});

/** The zip with the uncompressed size in its central directory entries set to `size`. */
function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 28 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

async function refused(bytes: Uint8Array, pattern: RegExp) {
  await assert.rejects(importBytes(bytes, 'x.docx'), (e: unknown) => e instanceof ImportError && pattern.test(e.zh));
}

test('hostile Word files are refused with a message: not a zip, too many entries, a part too large, a DOCTYPE', async () => {
  await refused(strToU8('这不是 Word 文档'), /不是有效的 Word 文档/);
  await refused(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]), /不是有效的 Word 文档/);
  const many: Record<string, Uint8Array> = {};
  for (let i = 0; i < 2001; i++) many[`x/${i}.xml`] = new Uint8Array(0);
  await refused(docx(p('一、总体情况'), many), /文件过多/);
  // A part that says it inflates to 2 GB (a zip bomb's claim) is refused before anything is inflated.
  await refused(withDeclaredSize(docx(p('一、总体情况')), 0x7fffffff), /过大/);
  const entity = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:document ${W}><w:body>${p('&b;')}</w:body></w:document>`;
  await refused(zipSync({ 'word/document.xml': strToU8(entity) }), /DOCTYPE/);
  await refused(zipSync({ 'word/other.xml': strToU8('<a/>') }), /不是有效的 Word 文档/);
});

test('numbers Word generates for headings (w:numPr, directly or by style) are written out: 一、（一）（二）二、（一）', async () => {
  const lvl = (ilvl: number, fmt: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '•')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const styles = `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`;
  const numbered = (text: string, ilvl: number, numId = 1) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
  const body = p('总体情况', '<w:pStyle w:val="H1"/>') + numbered('主动公开', 1) + numbered('办理', 2) + numbered('依申请公开', 1) + p('正文。') +
    numbered('主动公开政府信息情况', 0) + numbered('规章', 1) + numbered('要点', 0, 2);
  const result = await importBytes(docx(body, { 'word/numbering.xml': strToU8(numbering), 'word/styles.xml': strToU8(styles) }), 'n.docx');
  assert.deepEqual(result.text.trim().split('\n\n'), ['一、总体情况', '（一）主动公开', '1.办理', '（二）依申请公开', '正文。', '二、主动公开政府信息情况', '（一）规章', '要点']);
  assert.deepEqual([1, 9, 10, 12, 20, 21, 99, 105, 110].map(chineseNumber), ['一', '九', '十', '十二', '二十', '二十一', '九十九', '一百零五', '一百一十']);
});
