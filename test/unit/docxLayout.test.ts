// The exported Word file has the official layout: A4 with GB/T 9704 margins, the named fonts and sizes, page
// numbers "— N —", the signature right-aligned, and national tables whose merged cells (gridSpan, vMerge) are
// those of the blank national template, row by row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { exportDocx } from '../../server/src/export/docx';
import { readExamples, SHARED, sharedTest } from './fixtures';

const [[name, text]] = readExamples().filter(([n]) => n.endsWith('2024年政府信息公开工作年度报告.md'));
let exported: Record<string, string> | undefined;
async function parts(): Promise<Record<string, string>> {
  exported ??= Object.fromEntries(Object.entries(unzipSync(await exportDocx(text, { fileName: name }))).map(([k, v]) => [k, new TextDecoder().decode(v)]));
  return exported;
}

/** Each table as rows of "span" or "span↓" (starts a vertical merge) or "span|" (continues one). */
function tableShapes(xml: string): string[][][] {
  return xml.split('<w:tbl>').slice(1).map((t) => t.split('</w:tbl>')[0].split(/<w:tr[ >]/).slice(1).map((tr) =>
    tr.split('<w:tc>').slice(1).map((tc) => {
      const span = /<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? '1';
      const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc);
      return span + (merge ? (merge[1] === 'restart' ? '↓' : '|') : '');
    })));
}

test('A4, margins 37/35/28/26 mm, fonts named, 3号 body with 28.95 pt lines, page numbers — N — and a right-aligned signature', async () => {
  const { 'word/document.xml': doc, 'word/fontTable.xml': _fonts, ...rest } = await parts();
  const mm = (x: number) => String(Math.round((x * 1440) / 25.4));
  const has = (pattern: RegExp, what: string, xml = doc) => assert.ok(pattern.test(xml), what);
  has(/<w:pgSz w:w="11906" w:h="16838"/, 'A4');
  for (const [side, value] of [['top', 37], ['bottom', 35], ['left', 28], ['right', 26]] as const) has(new RegExp(`<w:pgMar[^>]* w:${side}="${mm(value)}"`), `${side} margin ${value} mm`);
  for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']) has(new RegExp(`w:eastAsia="${font}"`), font);
  has(/<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:rFonts [^>]*w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/><w:szCs w:val="44"\/><\/w:rPr><w:t[^>]*>青禾县人民政府2024年/, 'the title: centred, 小标宋, 2号');
  has(/<w:spacing w:line="579" w:lineRule="exact"\/><w:ind w:firstLine="640" w:firstLineChars="200"\/><w:jc w:val="both"\/><\/w:pPr><w:r><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/, 'body: 28.95 pt lines, 2-character indent, 仿宋_GB2312 3号');
  has(/w:eastAsia="黑体"[^>]*\/><w:sz w:val="32"\/><w:szCs w:val="32"\/><\/w:rPr><w:t[^>]*>一、总体情况/, 'level-1 heading 黑体');
  has(/w:eastAsia="楷体_GB2312"[^>]*\/><w:sz w:val="32"\/><w:szCs w:val="32"\/><\/w:rPr><w:t[^>]*>（一）主动公开/, 'level-2 heading 楷体_GB2312');
  has(/<w:jc w:val="right"\/><\/w:pPr><w:r>(?:(?!<\/w:p>).)*<w:t[^>]*>2025年01月20日<\/w:t>/, 'the date right-aligned');
  has(/<w:jc w:val="right"\/><\/w:pPr><w:r>(?:(?!<\/w:p>).)*<w:t[^>]*>青禾县人民政府<\/w:t>/, 'the issuer right-aligned');
  assert.doesNotMatch(JSON.stringify(Object.keys(rest)), /fonts\/|\.odttf/, 'no font is embedded');
  const footers = Object.entries(rest).filter(([k]) => /^word\/footer\d*\.xml$/.test(k)).map(([, v]) => v);
  assert.equal(footers.length, 2);
  for (const f of footers) has(/— <\/w:t>.*PAGE.*> —<\/w:t>/s, 'page number — N —', f);
});

sharedTest('表二, 表三 and 表四 are merged exactly as in the blank national template', async () => {
  const template = unzipSync(fs.readFileSync(path.join(SHARED, 'corpus', 'native', '2021_national_template_blank.docx')), { filter: (f) => f.name === 'word/document.xml' });
  const expected = tableShapes(new TextDecoder().decode(template['word/document.xml']));
  const actual = tableShapes((await parts())['word/document.xml']);
  assert.equal(expected.length, 3);
  assert.deepEqual(actual, expected);
});
