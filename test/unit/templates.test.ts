// The templates (quick fixes, snippets) must be read back by our own parser as what they claim to be,
// and must be clean: a skeleton with every count 0 gets no finding at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  collectFindings, nationalTableLines, parseDocument, reportSkeletonLines, sectionBodyLines, sectionTitle,
  type Era, type ReportKind, type SectionTopic, type Table,
} from '../../server/src/core';
import { topicsOf } from '../../server/src/core/format/topics';
import { requiredParts } from '../../server/src/core/format/parts';
import { TABLE_A_PARTS, TABLE_B_ROWS, TABLE_C_COLUMNS, TABLE_C_ROW_ID } from '../../server/src/core/format/tableLabels';
import { readShared, sharedTest } from './fixtures';
import { isTemplatePlaceholder, withoutTemplatePlaceholders } from './templatePlaceholders';

const ERAS: Era[] = ['legacy', '2019', '2021'];
const KINDS: ReportKind[] = ['government', 'department'];
const STYLES = ['markdown', 'tsv'] as const;
const YEAR_OF: Record<Era, number> = { legacy: 2016, '2019': 2020, '2021': 2023 };
const TOPICS: SectionTopic[] = ['overview', 'proactive', 'onRequest', 'fees', 'review', 'problems', 'other', 'consultation', 'interpretation', 'staffing'];

/** Every data cell of a recognized national table, with its value, or a failure naming the table. */
function dataCells(table: Table): Array<{ rowId: string; colId: string; value?: number }> {
  const n = table.national!;
  return n.rows.flatMap((r) => [...r.cells.entries()].map(([colId, c]) => ({ rowId: r.id, colId, value: c.value })));
}

/** How many data cells a national table of an era has, counted from the label definitions. */
function expectedCellCount(id: 'A' | 'B' | 'C', era: '2019' | '2021'): number {
  const inEra = (d: { era?: string }) => !d.era || d.era === era;
  if (id === 'B') return TABLE_B_ROWS.filter(inEra).length * 7;
  if (id === 'C') return TABLE_C_COLUMNS.length;
  return TABLE_A_PARTS.reduce((sum, p) => sum + p.rows.filter(inEra).length * p.columns.filter(inEra).length, 0);
}

for (const era of ERAS) {
  for (const kind of KINDS) {
    for (const style of STYLES) {
      test(`the ${era} ${kind} skeleton (${style}) parses as such and has no finding`, () => {
        const year = YEAR_OF[era];
        const text = reportSkeletonLines({ era, kind, year, style }).join('\n') + '\n';
        const doc = parseDocument(text);
        assert.equal(doc.reports.length, 1);
        const report = doc.reports[0];
        assert.deepEqual([report.era, report.kind, report.year], [era, kind, year]);
        assert.equal(report.period?.from?.year, year);
        assert.deepEqual([report.period?.to?.month, report.period?.to?.day], [12, 31]);
        assert.ok(report.signature?.date, 'a signature date');
        // The required parts, in order, as level-1 sections with their numbers.
        const parts = requiredParts(era);
        assert.deepEqual(report.sections.map((s) => s.heading.topic), parts.map((p) => p.topic));
        assert.deepEqual(report.sections.map((s) => s.heading.ordinal), parts.map((_, i) => i + 1));

        const tables = doc.tables.map((t) => t.national?.id ?? '?');
        if (era === 'legacy') assert.deepEqual(tables, []);
        else {
          assert.deepEqual(tables, ['A', 'B', 'C']);
          for (const t of doc.tables) {
            const id = t.national!.id;
            if (id !== 'C') assert.equal(t.national!.era, era, `Table ${id} reads as the ${era} format`);
            assert.deepEqual(t.national!.unknownRows.map((r) => r.line), [], `Table ${id}: every row recognized`);
            const cells = dataCells(t);
            assert.equal(cells.length, expectedCellCount(id, era), `Table ${id}: every data cell addressable`);
            assert.ok(cells.every((c) => c.value === 0), `Table ${id}: every cell 0`);
          }
          const c = doc.tables[2].national!;
          assert.equal(c.cell(TABLE_C_ROW_ID, '复议后起诉/总计')?.value, 0);
        }
        // Not even information: a template that needs a note would teach users the wrong thing. Only its own
        // placeholders are flagged (unfilled-field), the issuer's ×× among them.
        const findings = collectFindings(doc);
        assert.ok(findings.some((f) => isTemplatePlaceholder(f, text) && text.slice(f.start, f.end) === '××'), 'the issuer placeholder is flagged');
        assert.deepEqual(withoutTemplatePlaceholders(findings, text).map((f) => `${f.ruleId} ${f.severity} ${f.message.zh}`), []);
      });
    }
  }
}

test('each national table on its own is recognized with its labels from labels.ts', () => {
  for (const era of ['2019', '2021'] as const) {
    for (const style of STYLES) {
      for (const id of ['A', 'B', 'C'] as const) {
        const lines = nationalTableLines(id, era, style);
        assert.ok(lines.every((l) => !l.includes('\n')), 'one line per element');
        const doc = parseDocument(lines.join('\n'));
        assert.equal(doc.tables.length, 1, `${id} ${era} ${style}: one table`);
        assert.equal(doc.tables[0].national?.id, id);
        assert.equal(dataCells(doc.tables[0]).length, expectedCellCount(id, era));
      }
      const b = parseDocument(nationalTableLines('B', era, style).join('\n')).tables[0].national!;
      const ids = TABLE_B_ROWS.filter((r) => !r.era || r.era === era).map((r) => r.id);
      assert.deepEqual(b.rows.map((r) => r.id), ids, `${era} ${style}: the rows of Table B in order`);
      assert.ok(b.rows.every((r) => r.label.distance === 0), 'labels written exactly');
      const a = nationalTableLines('A', era, style).join('\n');
      assert.equal(a.includes('政府集中采购'), era === '2019');
      assert.equal(a.includes('本年收费金额（单位：万元）'), era === '2021');
    }
  }
  assert.match(nationalTableLines('C', '2021', 'markdown')[1], /^\|---(\|---){14}\|$/);
  assert.ok(nationalTableLines('B', '2021', 'tsv').every((l) => l.split('\t').length === 10));
});

test('section titles have no number and read back as their topic in every era', () => {
  assert.equal(sectionTitle('onRequest', '2021'), '收到和处理政府信息公开申请情况');
  assert.equal(sectionTitle('onRequest', 'legacy'), '依申请公开政府信息和不予公开政府信息的情况');
  assert.equal(sectionTitle('review', '2019'), '政府信息公开行政复议、行政诉讼情况');
  for (const era of ERAS) {
    for (const topic of TOPICS) {
      const title = sectionTitle(topic, era);
      assert.doesNotMatch(title, /^[一二三四五六七八九十]+、/);
      assert.equal(topicsOf(title)[0], topic, `${era} ${topic}: "${title}"`);
    }
  }
});

test('section bodies: tables for 二三四, subheadings for 一, sentences with placeholders (never 0) for legacy parts', () => {
  assert.deepEqual(sectionBodyLines('onRequest', '2021', 'markdown').slice(1, -1), nationalTableLines('B', '2021', 'markdown'));
  assert.deepEqual(sectionBodyLines('review', '2019', 'tsv').slice(1, -1), nationalTableLines('C', '2019', 'tsv'));
  assert.deepEqual(sectionBodyLines('overview', '2021', 'markdown').filter((l) => l).length, 5);
  assert.match(sectionBodyLines('onRequest', 'legacy', 'markdown').join(''), /^本年度共收到政府信息公开申请××件，其中予以公开××件/);
  assert.match(sectionBodyLines('onRequest', 'legacy', 'markdown', { applications: 3 }).join(''), /^本年度共收到政府信息公开申请3件，其中予以公开××件/);
  for (const topic of ['proactive', 'onRequest', 'fees', 'review'] as const) {
    const body = sectionBodyLines(topic, 'legacy', 'markdown').join('');
    assert.doesNotMatch(body, /\d|未收取|未发生|均已/, `${topic}: no figure or fact the report did not state`);
    assert.match(body, /××/, `${topic}: a visible placeholder`);
  }
  for (const era of ERAS) {
    for (const topic of TOPICS) {
      const body = sectionBodyLines(topic, era, 'markdown');
      assert.ok(body.some((l) => l.trim()), `${era} ${topic}: not empty`);
      assert.ok(body.every((l) => !/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/.test(l)), `${era} ${topic}: no space between Han and digits`);
    }
  }
});

sharedTest('seed 003 with the legacy 依申请公开 part inserted by hand has an onRequest section and no longer misses it', () => {
  const seed = readShared('seeds', '003');
  const missesOnRequest = (text: string) =>
    collectFindings(parseDocument(text)).some((f) => f.ruleId === 'missing-section' && f.message.zh.includes('“依申请公开”'));
  assert.ok(missesOnRequest(seed), 'the seed misses the part to begin with');
  const anchor = '    四、其他相关情况';
  assert.ok(seed.includes(anchor));
  const inserted = [`四、${sectionTitle('onRequest', 'legacy')}`, ...sectionBodyLines('onRequest', 'legacy', 'markdown'), '五、其他相关情况'].join('\n');
  const text = seed.replace(anchor, inserted);
  const report = parseDocument(text).reports[0];
  const section = report.sections.find((s) => s.heading.topic === 'onRequest');
  assert.ok(section, `an onRequest section among ${report.sections.map((s) => s.heading.title.text).join(' | ')}`);
  assert.equal(section.heading.title.text, '依申请公开政府信息和不予公开政府信息的情况');
  assert.equal(section.heading.ordinal, 4);
  assert.ok(!missesOnRequest(text));
});

test('the issuer given is used in the title and the signature', () => {
  const lines = reportSkeletonLines({ era: '2021', kind: 'department', year: 2024, issuer: '淮安市财政局', style: 'markdown' });
  assert.equal(lines[0], '淮安市财政局2024年政府信息公开工作年度报告');
  assert.deepEqual(lines.slice(-2), ['淮安市财政局', '2025年1月20日']);
  const report = parseDocument(lines.join('\n')).reports[0];
  assert.equal(report.issuer?.text, '淮安市财政局');
});
