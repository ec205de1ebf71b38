// 由上年报告生成本年度报告: the draft made from last year's report (core nextYearDraft, `nianbao next-year`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkReportSet, collectFindings, nextYearDraft, parseDocument, type Finding } from '../../server/src/core';
import { PLACEHOLDER, REVIEW_MARKER } from '../../server/src/core/format/placeholders';
import { listShared, readExamples, readShared, SHARED, sharedTest } from './fixtures';

const root = path.join(__dirname, '..', '..');
const EXAMPLE = '青禾县人民政府2024年政府信息公开工作年度报告.md';
const example = fs.readFileSync(path.join(root, 'examples', EXAMPLE), 'utf8');

/**
 * The draft's findings are unfilled-field's, or of rules last year's text already gave findings of. Two
 * consequences are allowed and said: a change of format between the years (the draft's notes say so) brings
 * the new format's structure rules; date-format's "space inside" compares a date with most dates of the text,
 * and the dates that became placeholders no longer count.
 */
function unexpectedFindings(text: string, fileName: string): string[] {
  const doc = parseDocument(text, { fileName });
  const draft = nextYearDraft(doc);
  if (!draft) return [];
  const source = doc.reports.find((r) => r.year !== undefined)!;
  const before = new Set(collectFindings(parseDocument(text.slice(0, source.end))).map((f) => f.ruleId));
  const structural = draft.notes.length ? /^(missing-section|section-order|part-count-mismatch|heading-sequence|table-label|table-unreadable|table-incomplete)$/ : /^$/;
  return collectFindings(parseDocument(draft.text))
    .filter((f) => f.ruleId !== 'unfilled-field' && !before.has(f.ruleId) && !structural.test(f.ruleId))
    .filter((f) => !(f.ruleId === 'date-format' && /中间有空格/.test(f.message.zh)))
    .map((f) => `${fileName}: ${f.ruleId} ${draft.text.slice(f.start, f.end)} ${f.message.zh.slice(0, 80)}`);
}

function covered(findings: Finding[], at: number): boolean {
  return findings.some((f) => f.ruleId === 'unfilled-field' && f.start <= at && f.end > at);
}

test('the draft of the 2025 report from the 2024 example: years, period, placeholders, carry-over, markers', () => {
  const draft = nextYearDraft(parseDocument(example))!;
  assert.equal(draft.year, 2025);
  assert.deepEqual(draft.notes, []);
  const t = draft.text;
  const doc = parseDocument(t);
  assert.equal(doc.reports[0].year, 2025);
  assert.match(t, /^青禾县人民政府2025年政府信息公开工作年度报告\n/);
  assert.match(t, /统计期限自2025年1月1日起至2025年12月31日止/);
  // Table 3: 二 is last year's 四 (6, 2, …, 7); everything else a placeholder.
  assert.match(t, /\| 二、上年结转政府信息公开申请数量 \| 6 \| 2 \| 0 \| 0 \| 0 \| 0 \| 7 \|/);
  assert.match(t, /\| 一、本年新收政府信息公开申请数量 \| ×× \| ×× \| ×× \| ×× \| ×× \| ×× \| ×× \|/);
  // The prose: figures placeholders, the carry-over from last year, a marker before each such sentence.
  assert.match(t, /【请填写：按本年度情况核对本句】2025年，县政府本级共收到政府信息公开申请××件，上年结转7件。/);
  // Past years stay ("2019年以来"); citations keep their year (国办公开办函[2021]30号).
  assert.match(t, /2019年以来制发/);
  assert.match(t, /国办公开办函\[2021\]30号/);
  // The signature date: next year, month and day to fill in.
  assert.match(t, /\n2026年××月××日\n?$/);
  assert.ok(!/2024年/.test(t.replace(/2024年以来/g, '')), 'no 2024 is left as this year');
  // Every placeholder and marker is flagged by unfilled-field until filled.
  const findings = collectFindings(doc);
  for (const needle of [PLACEHOLDER, REVIEW_MARKER]) {
    for (let at = t.indexOf(needle); at >= 0; at = t.indexOf(needle, at + needle.length)) {
      assert.ok(covered(findings, at), `not flagged at ${at}: ${t.slice(at - 10, at + 20)}`);
    }
  }
  // Checked together with last year's report, the carry-over holds.
  const set = checkReportSet([{ uri: '2024.md', doc: parseDocument(example) }, { uri: '2025.md', doc }]);
  assert.deepEqual((set.get('2025.md') ?? []).filter((f) => f.ruleId === 'carryover-mismatch'), []);
});

test('the draft\'s findings are unfilled-field\'s or what last year\'s text already had: examples', () => {
  const problems = readExamples().flatMap(([name, text]) => unexpectedFindings(text, name));
  assert.deepEqual(problems, []);
});

sharedTest('the draft\'s findings are unfilled-field\'s or what last year\'s text already had: seeds and corpus', () => {
  const more = path.join(SHARED, 'corpus', 'more');
  const problems = [
    ...listShared('seeds').map((name) => unexpectedFindings(readShared('seeds', name), name)),
    ...listShared('corpus').map((name) => unexpectedFindings(readShared('corpus', name), name)),
    ...fs.readdirSync(more).filter((f) => f.endsWith('.md') && f !== 'INDEX.md').map((name) => unexpectedFindings(fs.readFileSync(path.join(more, name), 'utf8'), name)),
  ].flat();
  assert.deepEqual(problems, []);
});

test('a text without a report year gives no draft', () => {
  assert.equal(nextYearDraft(parseDocument('今天天气很好。')), undefined);
});

test('nianbao next-year writes the draft to -o, or to stdout', () => {
  const cli = path.join(root, 'dist', 'cli.js');
  assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-next-year-'));
  try {
    const out = path.join(dir, 'draft.md');
    const r = spawnSync(process.execPath, [cli, 'next-year', path.join(root, 'examples', EXAMPLE), '-o', out], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /已生成2025年度报告草稿/);
    assert.equal(fs.readFileSync(out, 'utf8'), nextYearDraft(parseDocument(example, { fileName: EXAMPLE }))!.text);
    const s = spawnSync(process.execPath, [cli, 'next-year', path.join(root, 'examples', EXAMPLE)], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(s.status, 0);
    assert.match(s.stdout, /^青禾县人民政府2025年政府信息公开工作年度报告/);
    const bad = spawnSync(process.execPath, [cli, 'next-year'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(bad.status, 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
