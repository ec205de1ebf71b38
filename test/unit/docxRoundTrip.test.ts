// Round trip: a report exported to Word and imported again gives the same document model (reports, headings,
// every number, every table cell) and the same findings. The exported file is also read by a second,
// independent reader (mammoth), which must not warn about anything it could not read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectFindings, parseDocument, type ReportDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/export/docx';
import { docxImporter } from '../../server/src/import/docx';
import { listShared, readExamples, readShared, sharedTest } from './fixtures';

/** The model without offsets: what a report says, not where in the text it says it. */
function summary(doc: ReportDocument) {
  return {
    reports: doc.reports.map((r) => ({ title: r.title?.text, year: r.year, era: r.era, kind: r.kind, issuer: r.issuer?.text, signature: r.signature?.date?.raw, period: [r.period?.from?.raw, r.period?.to?.raw] })),
    headings: doc.headings.map((h) => `${h.rank} ${h.marker.text}${h.title.text} ${h.topic ?? ''}`),
    numbers: doc.numbers.map((n) => `${n.raw}=${n.value}${n.unit ?? ''}`),
    dates: doc.dates.map((d) => `${d.raw} ${d.role}`),
    tables: doc.tables.map((t) => ({
      national: t.national?.id,
      caption: t.caption?.text,
      cells: t.rows.filter((r) => !r.isDelimiter).map((r) => r.cells.map((c) => `${c.rowId ?? ''}×${c.colId ?? ''}=${c.text}`)),
      unknownRows: t.national?.unknownRows.length,
    })),
    problems: doc.problems.map((p) => p.code),
  };
}

const findings = (doc: ReportDocument) => collectFindings(doc).map((f) => `${f.ruleId} ${f.message.zh}`).sort();

async function roundTrip(name: string, text: string) {
  const bytes = await exportDocx(text, { fileName: name });
  const back = await docxImporter.convert(bytes, name.replace(/\.\w+$/, '.docx'));
  assert.deepEqual(back.notes, []);
  const before = parseDocument(text, { fileName: name });
  const after = parseDocument(back.text, { fileName: name });
  assert.deepEqual(summary(after), summary(before), `${name}: the model changed`);
  assert.deepEqual(findings(after), findings(before), `${name}: the findings changed`);
  return { bytes, before };
}

for (const [name, text] of readExamples()) {
  test(`round trip through Word keeps the model and the findings: ${name}`, async () => {
    const { bytes, before } = await roundTrip(name, text);
    assert.ok(before.tables.length > 0 || before.numbers.length > 0, 'the example has figures to compare');
    // A second reader: mammoth reads the file and reports no problem.
    const mammoth = await import('mammoth');
    const read = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    assert.deepEqual(read.messages, []);
    const title = before.reports[0].title?.text;
    assert.ok(title && read.value.includes(title), 'mammoth reads the title');
    for (const t of before.tables.filter((x) => x.national)) {
      for (const row of t.national!.rows) for (const cell of row.cells.values()) if (cell.kind === 'number') assert.ok(read.value.includes(cell.text));
    }
  });
}

sharedTest('round trip through Word keeps the model and the findings: every report in ../shared/corpus', async () => {
  for (const name of listShared('corpus')) await roundTrip(name, readShared('corpus', name));
});
