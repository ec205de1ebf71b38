// The PDF importer on real bytes: the two published PDFs in ../shared/corpus/native convert to text whose
// national tables equal their hand-checked twins cell by cell and whose findings equal the twins' findings;
// a PDF without a text layer and broken or hostile PDFs give a clear ImportError, never a hang.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFindings, parseDocument, type ReportDocument } from '../../server/src/core';
import { importBytes, ImportError } from '../../server/src/import';
import { convertPdf } from '../../server/src/import/pdf';
import { SHARED, readShared, sharedTest } from './fixtures';
import { minimalPdf } from './pdfFixture';

/** Every cell of every recognized national table: "B 三（三）1 自然人 = 2". */
function nationalCells(doc: ReportDocument): string[] {
  const out: string[] = [];
  for (const t of doc.tables) {
    if (!t.national) continue;
    for (const row of t.national.rows) for (const [col, cell] of row.cells) out.push(`${t.national.id} ${row.id} ${col} = ${cell.text}`);
  }
  return out;
}

/** Findings without positions: rule id and message. */
function findingsOf(doc: ReportDocument): string[] {
  return collectFindings(doc).map((f) => `${f.ruleId}: ${JSON.stringify(f.message)}`);
}

async function convertNative(name: string): Promise<string> {
  const file = path.join(SHARED, 'corpus', 'native', name);
  const result = await importBytes(new Uint8Array(fs.readFileSync(file)), name);
  assert.equal(result.format, 'pdf');
  return result.text;
}

describe('PDF import: published reports against their text twins', () => {
  for (const name of ['2024_huaian_shizhengfu', '2024_hongze_quzhengfu']) {
    sharedTest(`${name}.pdf: national tables equal the twin's cell by cell, findings equal the twin's`, async () => {
      const converted = parseDocument(await convertNative(`${name}.pdf`));
      const twin = parseDocument(readShared('corpus', `${name}_1.md`));
      const cells = nationalCells(twin);
      assert.ok(cells.length > 150, `the twin has its national tables (${cells.length} cells)`);
      assert.deepEqual(
        converted.tables.filter((t) => t.national).map((t) => t.national!.id),
        twin.tables.filter((t) => t.national).map((t) => t.national!.id),
      );
      assert.deepEqual(nationalCells(converted), cells);
      assert.deepEqual(findingsOf(converted), findingsOf(twin));
    });
  }

  sharedTest('the tables are written like the twins\' pipe tables: merged header cells flattened, group labels carried to their rows', async () => {
    const tableLines = (text: string) => text.split('\n').filter((l) => l.startsWith('|'));
    // Huai'an: every table line as in the twin.
    const huaian = tableLines(await convertNative('2024_huaian_shizhengfu.pdf'));
    assert.deepEqual(huaian, tableLines(readShared('corpus', '2024_huaian_shizhengfu_1.md')));
    // Hongze: the headers as in the twin (the PDF's text layer holds only "三、本" of the group label 三、本年度办理结果).
    const hongze = tableLines(await convertNative('2024_hongze_quzhengfu.pdf'));
    const twin = tableLines(readShared('corpus', '2024_hongze_quzhengfu_1.md'));
    assert.equal(hongze.length, twin.length);
    for (const head of [/^\| （本列数据/, /^\| 行政复议 /]) assert.equal(hongze.find((l) => head.test(l)), twin.find((l) => head.test(l)));
    assert.deepEqual(
      hongze.map((l) => l.replace(/^\| 三、本 \//, '| 三、本年度办理结果 /')),
      twin,
    );
  });

  sharedTest('page numbers are dropped and paragraphs rejoined over line and page breaks', async () => {
    const text = await convertNative('2024_huaian_shizhengfu.pdf');
    assert.doesNotMatch(text, /^- ?\d+ ?-$/m);
    // A paragraph that runs from page 5 onto page 6 is one line.
    assert.match(text, /^对照上级新要求和公众新期待，还有一些需要加强和改进的地方。主要表现在：.*流动性过快的问题。$/m);
    assert.match(text, /^一、总体情况$/m);
  });
});

describe('PDF import: files that cannot be read', () => {
  test('a PDF without a text layer (a scan) is refused with a message saying so', async () => {
    await assert.rejects(importBytes(minimalPdf([]), 'scan.pdf'), (e: unknown) => {
      assert.ok(e instanceof ImportError);
      assert.match(e.zh, /没有文字层/);
      assert.match(e.en, /no text layer/);
      return true;
    });
  });

  test('bytes that are not a PDF give an ImportError naming the file', async () => {
    await assert.rejects(importBytes(new TextEncoder().encode('not a pdf at all'), 'broken.pdf'), (e: unknown) => {
      assert.ok(e instanceof ImportError);
      assert.match(e.zh, /broken\.pdf/);
      return true;
    });
  });

  test('hostile PDFs (a page tree that contains itself, a billion pages claimed, a cut-off file, no bytes) end with an ImportError, quickly', async () => {
    const catalog = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n';
    const files = {
      'loop.pdf': `${catalog}2 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1000000000 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
      'count.pdf': `${catalog}2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 999999999 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
      'cut.pdf': catalog.slice(0, 40),
      'empty.pdf': '',
    };
    for (const [name, body] of Object.entries(files)) {
      const began = Date.now();
      await assert.rejects(importBytes(new TextEncoder().encode(body), name), (e: unknown) => e instanceof ImportError && e.zh.includes(name), name);
      assert.ok(Date.now() - began < 15_000, `${name} took ${Date.now() - began} ms`);
    }
  });

  test('a small PDF with text converts', async () => {
    const r = await importBytes(minimalPdf(['Annual report 2024 of the county office', 'Second line of text here']), 'small.pdf');
    assert.match(r.text, /Annual report 2024/);
    assert.equal(r.notes.length, 0);
  });

  test('page limit: a PDF with more pages than allowed converts the first ones and says so, quickly', async () => {
    const pages = Array.from({ length: 40 }, (_, i) => [`Page ${i + 1} of a long document with text`]);
    const began = Date.now();
    const r = await convertPdf(minimalPdf(pages.flat(), 1), 'long.pdf', { pages: 5, items: 1000, millis: 10_000 });
    assert.ok(Date.now() - began < 10_000);
    assert.equal(r.notes.length, 1);
    assert.match(r.notes[0].zh, /只转换了前 5 页/);
    assert.match(r.text, /Page 5 of/);
    assert.doesNotMatch(r.text, /Page 6 of/);
  });
});
