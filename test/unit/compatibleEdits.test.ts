// compatibleEdits finds clashes through a position index; it must choose exactly what comparing every
// pair of edits chooses (the reference below), and stay fast with tens of thousands of fixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { compatibleEdits, type Fix, type TextEdit } from '../../server/src/core';

function reference(fixes: Fix[]): TextEdit[] {
  const overlaps = (a: TextEdit, b: TextEdit) => (a.start === a.end && b.start === b.end ? a.start === b.start : a.start < b.end && b.start < a.end);
  const same = (a: TextEdit, b: TextEdit) => a.start === b.start && a.end === b.end && a.newText === b.newText;
  const chosen: TextEdit[] = [];
  for (const fix of fixes) {
    const fresh = fix.edits.filter((e) => !chosen.some((c) => same(c, e)));
    if (fresh.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    chosen.push(...fresh);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

const edit = fc.record({ start: fc.nat({ max: 400 }), length: fc.oneof(fc.constant(0), fc.nat({ max: 5 }), fc.nat({ max: 300 })), newText: fc.constantFrom('', 'a', '〔', '2024年1月1日') })
  .map(({ start, length, newText }): TextEdit => ({ start, end: start + length, newText }));
const fix = fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits): Fix => ({ title: { zh: '', en: '' }, edits, safe: true }));

test('compatibleEdits chooses what comparing every pair chooses', () => {
  fc.assert(fc.property(fc.array(fix, { maxLength: 40 }), (fixes) => {
    assert.deepEqual(compatibleEdits(fixes), reference(fixes));
  }), { seed: 7, numRuns: 500 });
});

test('60 000 fixes are combined without comparing every pair (a generous bound that pairwise comparison exceeds)', () => {
  const fixes: Fix[] = [];
  for (let i = 0; i < 60_000; i++) fixes.push({ title: { zh: '', en: '' }, edits: [{ start: i * 10, end: i * 10 + 4, newText: 'x' }], safe: true });
  const t0 = performance.now();
  assert.equal(compatibleEdits(fixes).length, 60_000);
  const ms = performance.now() - t0;
  assert.ok(ms < 10_000, `${ms.toFixed(0)} ms`);
});
