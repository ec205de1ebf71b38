// Property-based test over random edit sequences on real reports (../shared seeds and corpus; the files
// in examples/ when ../shared is absent): inserts, deletions and replacements with CJK text, surrogate
// pairs, CRLF, full-width digits, pipes, table fragments, heading markers, dates and counts. After each
// edit, the incremental LSP document (TextDocument.update, as the server keeps it) equals the edited
// string and maps offsets like a fresh one; parsing, every rule, hover, completion, outline and the
// fixes never throw, give spans inside the text and the same result as a fresh parse; one parse + check
// of a document up to 60 KB never takes seconds (a hang, not a speed target).
// `npm test` runs a small budget with a fixed seed; `npm run fuzz [runs]` a larger one with a new seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  applyEdits, collectFindings, fixesFor, hoverAt, limitFindings, outlineOf, parseDocument, positionAt, previewModel, safeFixEdits,
  type Finding, type ReportDocument,
} from '../../server/src/core';
import { completionsAt } from '../../server/src/core/completion';
import { toDiagnostic, toDocumentSymbols, toFoldingRanges } from '../../server/src/lsp/convert';

const RUNS = Number(process.env.NIANBAO_FUZZ_RUNS) || 40;
const SEED = process.env.NIANBAO_FUZZ_SEED !== undefined ? Number(process.env.NIANBAO_FUZZ_SEED) : 20_140_501;
const MAX_BYTES = 60 * 1024;
/** Far above any real parse + check of 60 KB (tens of milliseconds): only a hang or a blow-up reaches it. */
const HANG_MS = 2000;

const root = path.join(__dirname, '..', '..');

/** The reports to edit: ../shared seeds and corpus (with corpus/more), or examples/ without ../shared. */
function reports(): Array<{ name: string; text: string }> {
  const shared = path.join(root, '..', 'shared');
  const dirs = fs.existsSync(path.join(shared, 'seeds'))
    ? [path.join(shared, 'seeds'), path.join(shared, 'corpus'), path.join(shared, 'corpus', 'more')]
    : [path.join(root, 'examples')];
  const out: Array<{ name: string; text: string }> = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!/\.(txt|md)$/.test(f) || /^(INDEX|README)\.md$/.test(f)) continue;
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      if (Buffer.byteLength(text) <= MAX_BYTES) out.push({ name: path.relative(root, path.join(dir, f)), text });
    }
  }
  return out;
}

const UNITS = [
  '政', '府', '信', '息', '公', '开', '申', '请', '件', '条', '共', '其中', '年', '月', '日', '，', '。', '、', '：', '；', '（', '）',
  '𠀀', '𪚥', '\uD840', '\r\n', '\n', '\r', '\t', ' ', '\u3000', '０', '１', '２', '９', '．', '0', '1', '2', '7', '.', '%', '％',
  '|', ' | ', '---', '一、', '二、', '（一）', '（三）', '1.', '3.', '（1）', '①', '第二篇', '#', '**', '<!--', '-->', '〔', '〕',
];
const FRAGMENTS = [
  '| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n',
  '| 一、本年新收政府信息公开申请数量 | 1 | 2 | 0 | 0 | 0 | 0 | 3 |\n',
  '\t行政许可\t12\t\n',
  '三、收到和处理政府信息公开申请情况\r\n',
  '（二）依申请公开\n',
  '本年度共收到申请12件，其中网上申请5件、信函申请8件。',
  '2024年2月30日', '二〇二五年一月十五日', '2024.1.5', '统计期限自2024年1月1日起至2024年12月31日止。',
  '占45.6%', '国办发[2020]5号',
];
const insertion = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 16 }) },
  { weight: 1, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const editArb = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 400 }),
  text: insertion,
});
type Edit = { kind: 'insert' | 'delete' | 'replace'; at: number; length: number; text: string };

/** An offset an editor can send: never between the \r and the \n of a line break. */
function snap(text: string, offset: number): number {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

/** The parse as a plain value, to compare two parses of the same text. */
function summary(doc: ReportDocument, findings: Finding[]) {
  return {
    reports: doc.reports.map((r) => [r.start, r.end, r.year, r.era, r.kind, r.title?.text, r.sections.length]),
    headings: doc.headings.map((h) => [h.start, h.end, h.rank, h.depth, h.ordinal, h.title.text, h.sectionEnd]),
    tables: doc.tables.map((t) => [t.start, t.end, t.format, t.rows.length, t.national?.id, t.national?.rows.length]),
    dates: doc.dates.map((d) => [d.start, d.end, d.year, d.month, d.day, d.valid, d.role]),
    numbers: doc.numbers.map((n) => [n.start, n.end, n.value, n.unit]),
    paragraphs: doc.paragraphs.length,
    problems: doc.problems.map((p) => [p.code, p.start, p.end]),
    findings: findings.map((f) => [f.ruleId, f.severity, f.start, f.end, f.message.zh, f.related?.map((r) => [r.start, r.end])]),
  };
}

function inside(text: string, start: number, end: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length, `${what}: ${start}..${end} of ${text.length}`);
}

/** Everything the editor asks of one version of a document; throws (fails) on any broken property. */
function checkVersion(text: string, probes: number[]): void {
  const t0 = performance.now();
  const doc = parseDocument(text);
  const findings = collectFindings(doc);
  const ms = performance.now() - t0;
  assert.ok(ms < HANG_MS, `parse + check of ${text.length} characters took ${ms.toFixed(0)} ms`);
  for (const f of findings) {
    inside(text, f.start, f.end, `${f.ruleId} finding`);
    for (const r of f.related ?? []) inside(text, r.start, r.end, `${f.ruleId} related span`);
  }
  // A fresh parse of the same text, after all the work above (and its caches), gives the same result.
  assert.deepEqual(summary(parseDocument(text), collectFindings(parseDocument(text))), summary(doc, findings));

  const uri = 'untitled:fuzz.nianbao';
  for (const f of limitFindings(findings, 50, text)) toDiagnostic(doc, f, 'zh', uri);
  toDocumentSymbols(doc, 'zh');
  toDocumentSymbols(doc, 'en');
  toFoldingRanges(doc);
  outlineOf(doc);
  // The preview: every block, mark and finding within the text.
  for (const b of previewModel(doc, { lang: 'zh', findings }).blocks) {
    inside(text, b.start, b.end, `preview ${b.kind}`);
    for (const f of b.findings) inside(text, f.start, f.end, `preview finding ${f.ruleId}`);
  }
  for (const o of probes) {
    hoverAt(doc, o, { lang: 'zh' });
    hoverAt(doc, o, { lang: 'en' });
    for (const c of completionsAt(doc, o)) inside(text, c.range.start, c.range.end, `completion ${c.label}`);
  }
  // The fixes of the findings around the probes, and fix-all: edits inside the text, applicable.
  const near = findings.filter((f) => probes.some((o) => Math.abs(f.start - o) < 200)).slice(0, 5);
  for (const f of near) {
    for (const fix of fixesFor(doc, f)) {
      for (const e of fix.edits) inside(text, e.start, e.end, `fix "${fix.title.en}"`);
      applyEdits(text, fix.edits);
    }
  }
  applyEdits(text, safeFixEdits(findings));
}

test(`random edit sequences on real reports: no throw, incremental text = edited text, same as a fresh parse (${RUNS} runs, seed ${SEED})`, { timeout: 30 * 60_000 }, () => {
  const docs = reports();
  assert.ok(docs.length > 0, 'no report to edit');
  fc.assert(
    fc.property(
      fc.nat({ max: docs.length - 1 }),
      fc.array(editArb, { minLength: 1, maxLength: 6 }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 4 }),
      (index, edits: Edit[], probeAt) => {
        let text = docs[index].text;
        let version = 1;
        const server = TextDocument.create('untitled:fuzz.nianbao', 'nianbao', version, text);
        for (const edit of edits) {
          // The client's view: offsets in its text, sent as LSP positions.
          const client = TextDocument.create('untitled:fuzz.nianbao', 'nianbao', version, text);
          const start = snap(text, Math.min(text.length, Math.floor(edit.at * (text.length + 1))));
          const end = edit.kind === 'insert' ? start : snap(text, Math.min(text.length, start + edit.length));
          const inserted = edit.kind === 'delete' ? '' : edit.text;
          const range = { start: client.positionAt(start), end: client.positionAt(end) };
          text = text.slice(0, start) + inserted + text.slice(end);
          TextDocument.update(server, [{ range, text: inserted }], ++version);
          assert.equal(server.getText(), text, 'the incremental document holds the edited text');

          const fresh = TextDocument.create('untitled:fuzz.nianbao', 'nianbao', version, text);
          assert.equal(server.lineCount, fresh.lineCount);
          const probes = [start, start + inserted.length, ...probeAt.map((p) => Math.floor(p * text.length))].map((o) => snap(text, Math.min(o, text.length)));
          const lineStarts = parseDocument(text).lineStarts;
          for (const o of probes) {
            assert.deepEqual(server.positionAt(o), fresh.positionAt(o), `incremental positionAt(${o})`);
            assert.deepEqual(positionAt(lineStarts, o), fresh.positionAt(o), `the core's line model at ${o}`);
          }
          checkVersion(server.getText(), probes);
        }
      },
    ),
    { seed: SEED, numRuns: RUNS, endOnFailure: false },
  );
});
