// The hover and the diagnostics judge table sums alike: a ✗ in the hover of a national-table cell means
// table-sum or table-balance reports something in that table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectFindings, hoverAt } from '../../server/src/core';
import { listShared, parseShared } from './fixtures';

test('no ✗ in a table cell hover without a table-sum or table-balance finding in that table (every shared report)', () => {
  let cells = 0;
  for (const dir of ['seeds', 'corpus'] as const) {
    for (const name of listShared(dir)) {
      const { doc } = parseShared(dir, name);
      const findings = collectFindings(doc).filter((f) => f.ruleId === 'table-sum' || f.ruleId === 'table-balance');
      for (const table of doc.tables) {
        if (!table.national || table.national.id === 'A') continue;
        const flagged = findings.some((f) => f.start >= table.start && f.end <= table.end);
        for (const row of table.rows) {
          for (const cell of row.cells) {
            if (cell.kind !== 'number') continue;
            cells++;
            const h = hoverAt(doc, cell.start, { lang: 'zh' });
            if (h && h.markdown.includes('✗')) assert.ok(flagged, `${name}: ✗ on ${doc.text.slice(cell.start, cell.end)} but no finding:\n${h.markdown}`);
          }
        }
      }
    }
  }
  assert.ok(cells > 300, `cells checked: ${cells}`);
});
