// The checks across years from digests (what a CLI worker sends instead of the parsed document, so that the
// set is checked without parsing its files again) say exactly what they say from the parsed documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkReportSet, groupsSharingAKey, jobsOfGroups, parseDocument, setDigestOf, setDocumentOf, type ReportDocument } from '../../server/src/core';
import { ROWS_READ_ACROSS_YEARS } from '../../server/src/core/analysis/reportSet';
import { lastYearOf } from './crossYearFixtures';

const examples = path.join(__dirname, '..', '..', 'examples');
const example = fs.readFileSync(path.join(examples, '青禾县人民政府2024年政府信息公开工作年度报告.md'), 'utf8');

/** This year's report with its carry-over row and a sentence changed, last year's copied from it. */
function pairTexts(): { current: string; last: string } {
  const current = example.replace(/(二、上年结转政府信息公开申请数量[^\n]*?\|\s*)\d+/, '$19');
  return { current, last: lastYearOf(example, 2024) };
}

function findingsOf(docs: Array<{ uri: string; doc: ReportDocument }>, viaDigest: boolean) {
  const entries = docs.map(({ uri, doc }) => ({ uri, doc: viaDigest ? setDocumentOf(structuredClone(setDigestOf(doc))) : doc }));
  return [...checkReportSet(entries)].map(([uri, list]) => [uri, list.map((f) => ({ ...f }))]);
}

test('a pair of consecutive years: the same findings across years from the digests as from the documents', () => {
  const { current, last } = pairTexts();
  const docs = [
    { uri: 'a/2023.md', doc: parseDocument(last) },
    { uri: 'a/2024.md', doc: parseDocument(current) },
  ];
  const direct = findingsOf(docs, false);
  assert.ok(direct.length > 0, 'the pair has findings across years');
  const ids = new Set(direct.flatMap(([, list]) => (list as Array<{ ruleId: string }>).map((f) => f.ruleId)));
  assert.ok(ids.has('copied-from-last-year'), [...ids].join(', '));
  assert.deepEqual(findingsOf(docs, true), direct);
});

test('Table C against last year (pending cases): the same finding from the digests, which carry only the rows the checks read', () => {
  // Last year 7 reviews were pending; this year has only 5 in all.
  const last = lastYearOf(example, 2024).replace('| 2 | 1 | 0 | 1 | 5 |', '| 2 | 1 | 0 | 7 | 5 |');
  assert.notEqual(last, lastYearOf(example, 2024));
  const docs = [
    { uri: 'c/2023.md', doc: parseDocument(last) },
    { uri: 'c/2024.md', doc: parseDocument(example) },
  ];
  const direct = findingsOf(docs, false);
  assert.ok(direct.some(([, list]) => (list as Array<{ ruleId: string }>).some((f) => f.ruleId === 'pending-cases-last-year')), JSON.stringify(direct));
  assert.deepEqual(findingsOf(docs, true), direct);
  const tables = setDigestOf(docs[0].doc).reports.flatMap((r) => r.tables);
  assert.ok(tables.some((t) => t.id === 'B') && tables.some((t) => t.id === 'C'));
  for (const t of tables) {
    const rows = new Set(t.cells.map(([row]) => row));
    assert.deepEqual([...rows].sort(), [...ROWS_READ_ACROSS_YEARS[t.id]].sort(), `table ${t.id}`);
  }
});

test('two reports of one issuer and year: the same ambiguity from the digests as from the documents', () => {
  const docs = [
    { uri: 'b/one.md', doc: parseDocument(example) },
    { uri: 'b/two.md', doc: parseDocument(example) },
    { uri: 'b/last.md', doc: parseDocument(lastYearOf(example, 2024)) },
  ];
  const direct = findingsOf(docs, false);
  assert.ok(direct.some(([, list]) => (list as Array<{ ruleId: string }>).some((f) => f.ruleId === 'cross-year-ambiguity')));
  assert.deepEqual(findingsOf(docs, true), direct);
});

test('a digest is plain data: it survives structured cloning and holds no parse tree', () => {
  const digest = setDigestOf(parseDocument(example));
  assert.deepEqual(structuredClone(digest), digest);
  const doc = setDocumentOf(digest);
  assert.equal(doc.matchText, doc.text);
  assert.ok(doc.reports[0].tables.some((t) => t.national?.id === 'B' && t.national.cell('四', '总计')?.kind === 'number'));
  // Its cells are values, not objects (objects' keys made most of the time a worker spent serializing a digest),
  // and the cells rebuilt from them have the range, text, kind and value of the parsed ones.
  const cells = digest.reports.flatMap((r) => r.tables).flatMap((t) => t.cells);
  assert.ok(cells.length > 0 && cells.every((c) => c.every((v) => v === undefined || typeof v !== 'object')));
  const parsed = parseDocument(example).reports[0].tables.find((t) => t.national?.id === 'B')!.national!.cell('四', '总计')!;
  const rebuilt = doc.reports[0].tables.find((t) => t.national?.id === 'B')!.national!.cell('四', '总计')!;
  assert.deepEqual([rebuilt.start, rebuilt.end, rebuilt.text, rebuilt.kind, rebuilt.value, rebuilt.rowId, rebuilt.colId], [parsed.start, parsed.end, parsed.text, parsed.kind, parsed.value, parsed.rowId, parsed.colId]);
});

test('a digest carries the sentences copied text is compared by, normalized, instead of every paragraph', () => {
  const doc = parseDocument(example);
  const digest = setDigestOf(doc);
  assert.ok(!('paragraphs' in digest));
  const { spans, norms } = digest.comparable;
  assert.equal(spans.length, 4 * norms.length);
  const all = doc.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  assert.ok(norms.length > 10 && norms.length < all, `${norms.length} of ${all}`);
  for (let k = 0; k < norms.length; k++) {
    const [pStart, pEnd, start, end] = spans.slice(4 * k, 4 * k + 4);
    assert.ok(doc.paragraphs.some((p) => p.start === pStart && p.end === pEnd && p.sentences.some((s) => s.start === start && s.end === end)));
    // Figures and white space set aside; the statutory opening (boilerplate) is never among them.
    assert.doesNotMatch(norms[k], /\d|\s|政府信息公开条例/);
  }
  assert.equal(setDocumentOf(digest).comparable, digest.comparable);
});

test('groupsSharingAKey joins members through shared keys, keeps their order and leaves out the unpaired', () => {
  const members = [
    { id: 'a', keys: ['甲'] },
    { id: 'b', keys: ['乙'] },
    { id: 'c', keys: ['丙'] },
    { id: 'd', keys: ['乙', '甲'] }, // joins the groups of a and b
    { id: 'e', keys: ['丁', '丁'] }, // its key twice: still alone
    { id: 'f', keys: ['丙'] },
  ];
  const groups = groupsSharingAKey(members, (m) => m.keys).map((g) => g.map((m) => m.id));
  assert.deepEqual(groups, [['a', 'b', 'd'], ['c', 'f']]);
  assert.deepEqual(jobsOfGroups([[1, 2], [3, 4, 5], [6, 7], [8, 9, 10, 11, 12]], 4), [[1, 2], [3, 4, 5], [6, 7], [8, 9, 10, 11, 12]]);
  assert.deepEqual(jobsOfGroups([[1, 2], [3, 4], [5, 6, 7]], 4), [[1, 2, 3, 4], [5, 6, 7]]);
});
