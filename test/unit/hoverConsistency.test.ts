// The hover and the diagnostics judge table sums alike: a ✗ in the hover of a national-table cell means
// table-sum or table-balance reports something in that table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectFindings, hoverAt, parseDocument, type ReportDocument } from '../../server/src/core';
import { listShared, parseShared, readExamples, sharedTest } from './fixtures';

/** Checks every number cell of Tables B and C; returns how many cells, and how many hovers showed ✗. */
function assertCrossesFlagged(name: string, doc: ReportDocument): { cells: number; crosses: number } {
  let cells = 0;
  let crosses = 0;
  const findings = collectFindings(doc).filter((f) => f.ruleId === 'table-sum' || f.ruleId === 'table-balance');
  for (const table of doc.tables) {
    if (!table.national || table.national.id === 'A') continue;
    const flagged = findings.some((f) => f.start >= table.start && f.end <= table.end);
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.kind !== 'number') continue;
        cells++;
        const h = hoverAt(doc, cell.start, { lang: 'zh' });
        if (h && h.markdown.includes('✗')) {
          crosses++;
          assert.ok(flagged, `${name}: ✗ on ${doc.text.slice(cell.start, cell.end)} but no finding:\n${h.markdown}`);
        }
      }
    }
  }
  return { cells, crosses };
}

test('no ✗ in a table cell hover without a table-sum or table-balance finding in that table (the examples, whose tables have deliberate errors)', () => {
  let cells = 0;
  let crosses = 0;
  for (const [name, text] of readExamples()) {
    const got = assertCrossesFlagged(name, parseDocument(text));
    cells += got.cells;
    crosses += got.crosses;
  }
  assert.ok(cells > 150, `cells checked: ${cells}`);
  assert.ok(crosses > 0, 'the wrong totals of the example show ✗');
});

sharedTest('no ✗ in a table cell hover without a table-sum or table-balance finding in that table (every shared report)', () => {
  let cells = 0;
  for (const dir of ['seeds', 'corpus'] as const) {
    for (const name of listShared(dir)) cells += assertCrossesFlagged(name, parseShared(dir, name).doc).cells;
  }
  assert.ok(cells > 300, `cells checked: ${cells}`);
});
