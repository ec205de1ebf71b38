// The hover and the diagnostics judge prose figures alike, over every shared report and the examples with
// their deliberate errors: a total total-mismatch flags shows ✗ and one it accepts does not (every breakdown
// of rules/prose.ts breakdownsOf); a percentage percent-mismatch flags shows ✗ and no other one does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectFindings, hoverAt, parseDocument, type Finding, type ReportDocument } from '../../server/src/core';
import { breakdownsOf, type Breakdown } from '../../server/src/core/analysis/breakdowns';
import { listShared, parseShared, readExamples, sharedTest } from './fixtures';

/** The finding of total-mismatch on this breakdown: at its total, naming exactly its parts. */
function findingOf(findings: Finding[], b: Breakdown): Finding | undefined {
  const parts = b.parts.map((p) => `${p.n.start}-${p.n.end}`).join(',');
  return findings.find((f) => {
    if (f.start !== b.total.start || f.end !== b.total.end) return false;
    const related = (f.related ?? []).filter((r) => r.start !== b.marker.start || r.end !== b.marker.end);
    return related.map((r) => `${r.start}-${r.end}`).join(',') === parts;
  });
}

/** The hover lines about statements this number is the total of ("合计，…"), and the ones about its group as a part. */
function statementLines(doc: ReportDocument, offset: number): { asTotal: string[]; asPart: string[] } {
  const h = hoverAt(doc, offset, { lang: 'zh' });
  const lines = h ? h.markdown.split('\n\n').slice(1) : [];
  return { asTotal: lines.filter((l) => l.startsWith('合计，')), asPart: lines.filter((l) => l.startsWith('同组 ')) };
}

const crosses = (lines: string[]) => lines.filter((l) => l.includes('✗')).length;

type Named = { name: string; doc: ReportDocument };

function examples(): Named[] {
  return readExamples().map(([name, text]) => ({ name, doc: parseDocument(text) }));
}

function* sharedReports(): Generator<Named> {
  for (const dir of ['seeds', 'corpus'] as const) for (const name of listShared(dir)) yield { name, doc: parseShared(dir, name).doc };
}

/** Checks every breakdown of the reports; returns how many there were and how many total-mismatch flags. */
function assertTotalsAgree(reports: Iterable<Named>): { breakdowns: number; flagged: number } {
  let breakdowns = 0;
  let flagged = 0;
  for (const { name, doc } of reports) {
    const findings = collectFindings(doc).filter((f) => f.ruleId === 'total-mismatch');
    const all = doc.reports.flatMap((r) => breakdownsOf(doc, r));
    const isFlagged = new Map(all.map((b) => [b, !!findingOf(findings, b)]));
    for (const b of all) {
      breakdowns++;
      const where = `${name}: ${doc.text.slice(b.total.start, b.total.end)} at ${b.total.start}`;
      if (isFlagged.get(b)) flagged++;
      // The same number may be the total (or a part) of several statements: count the ✗ lines.
      const sameTotal = all.filter((x) => x.total === b.total && isFlagged.get(x)).length;
      const { asTotal } = statementLines(doc, b.total.start);
      assert.equal(crosses(asTotal), sameTotal, `${where}: ${sameTotal} flagged, hover:\n${asTotal.join('\n')}`);
      for (const part of b.parts) {
        const groups = all.filter((x) => x.parts.some((p) => p.n === part.n) && isFlagged.get(x)).length;
        const { asPart } = statementLines(doc, part.n.start);
        assert.equal(crosses(asPart), groups, `${where}, part ${doc.text.slice(part.n.start, part.n.end)}: hover:\n${asPart.join('\n')}`);
      }
    }
    assert.equal(findings.length, [...isFlagged.values()].filter(Boolean).length, `${name}: every total-mismatch finding is one breakdown`);
  }
  return { breakdowns, flagged };
}

test('a prose total total-mismatch flags gets ✗ in the hover, one it accepts does not (the examples)', () => {
  const { breakdowns, flagged } = assertTotalsAgree(examples());
  assert.ok(breakdowns >= 5, `breakdowns checked: ${breakdowns}`);
  assert.ok(flagged >= 2, `flagged breakdowns: ${flagged}`);
});

sharedTest('a prose total total-mismatch flags gets ✗ in the hover, one it accepts does not (every shared report, the examples)', () => {
  const { breakdowns, flagged } = assertTotalsAgree([...sharedReports(), ...examples()]);
  assert.ok(breakdowns >= 15, `breakdowns checked: ${breakdowns}`);
  assert.ok(flagged >= 3, `flagged breakdowns: ${flagged}`);
});

/** Checks every share in the prose of the reports; returns how many, how many flagged and how many that fit. */
function assertPercentagesAgree(reports: Iterable<Named>): { percentages: number; flagged: number; fits: number } {
  let percentages = 0;
  let flagged = 0;
  let fits = 0;
  for (const { name, doc } of reports) {
    const findings = collectFindings(doc).filter((f) => f.ruleId === 'percent-mismatch');
    for (const n of doc.numbers) {
      if (n.unit !== '%' || doc.tables.some((t) => n.start >= t.start && n.start < t.end)) continue;
      percentages++;
      const h = hoverAt(doc, n.start, { lang: 'zh' });
      assert.ok(h, `${name}: no hover on ${n.raw}% at ${n.start}`);
      const isFlagged = findings.some((f) => f.start === n.start && f.end === n.end);
      if (isFlagged) flagged++;
      if (h.markdown.includes('✓')) fits++;
      assert.equal(h.markdown.includes('✗'), isFlagged, `${name}: ${n.raw}% at ${n.start}:\n${h.markdown}`);
    }
  }
  return { percentages, flagged, fits };
}

test('a percentage percent-mismatch flags gets ✗ in the hover, and only such a percentage (the examples)', () => {
  const { percentages, flagged, fits } = assertPercentagesAgree(examples());
  assert.ok(percentages >= 4, `percentages checked: ${percentages}`);
  assert.ok(flagged >= 1, `flagged percentages: ${flagged}`);
  assert.ok(fits >= 3, `percentages that fit: ${fits}`);
});

sharedTest('a percentage percent-mismatch flags gets ✗ in the hover, and only such a percentage (every shared report, the examples)', () => {
  const { percentages, flagged, fits } = assertPercentagesAgree([...sharedReports(), ...examples()]);
  assert.ok(percentages >= 15, `percentages checked: ${percentages}`);
  assert.ok(flagged >= 3, `flagged percentages: ${flagged}`);
  assert.ok(fits >= 5, `percentages that fit: ${fits}`);
});
