// Fixes: each one changes only the text it is meant to change, and checking again clears its finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applyEdits, collectFindings, documentFixes, fixesFor, parseDocument, positionAt, safeFixEdits,
  type Finding, type Fix, type ReportDocument,
} from '../../server/src/core';
import { listShared, readExamples, readShared, sharedTest } from './fixtures';
import { withoutTemplatePlaceholders } from './templatePlaceholders';

const root = path.join(__dirname, '..', '..');
const EXAMPLES = fs.readdirSync(path.join(root, 'examples')).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md');

function check(text: string): { doc: ReportDocument; findings: Finding[] } {
  const doc = parseDocument(text);
  return { doc, findings: collectFindings(doc) };
}

function line(doc: ReportDocument, f: { start: number }): number {
  return positionAt(doc.lineStarts, f.start).line + 1;
}

function serious(findings: Finding[]): string[] {
  return findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.ruleId}: ${f.message.zh.slice(0, 40)}`);
}

function only(findings: Finding[], ruleId: string, at?: { doc: ReportDocument; line: number }): Finding {
  const found = findings.filter((f) => f.ruleId === ruleId && (!at || line(at.doc, f) === at.line));
  assert.equal(found.length >= 1, true, `no ${ruleId}${at ? ` on line ${at.line}` : ''}`);
  return found[0];
}

function sharedTexts(): Array<[string, string]> {
  return [
    ...listShared('seeds').map((f): [string, string] => [`seeds/${f}`, readShared('seeds', f)]),
    ...listShared('corpus').map((f): [string, string] => [`corpus/${f}`, readShared('corpus', f)]),
  ];
}

function exampleTexts(): Array<[string, string]> {
  return readExamples().map(([f, text]) => [`examples/${f}`, text]);
}

/** Registers a test on the examples and the same test on the seeds and corpus (skipped without ../shared). */
function onExamplesAndShared(name: string, fn: (texts: Array<[string, string]>) => void): void {
  test(`${name} (examples)`, () => fn(exampleTexts()));
  sharedTest(`${name} (seeds and corpus)`, () => fn(sharedTexts()));
}

sharedTest('seed 003: inserting the 依申请公开 part puts it before 四、其他相关情况 as 四、, renumbers that to 五、, and the finding is gone', () => {
  const text = readShared('seeds', fs.readdirSync(path.join(root, '..', 'shared', 'seeds')).find((f) => f.startsWith('003'))!);
  const { findings } = check(text);
  const f = findings.find((x) => x.ruleId === 'missing-section' && x.message.zh.includes('依申请公开'))!;
  const fix = f.fixes![0];
  assert.equal(fix.safe, false, 'inserted sections are offered, never applied on their own');
  assert.match(fix.title.zh, /插入“依申请公开政府信息和不予公开政府信息的情况”部分/);
  const after = applyEdits(text, fix.edits);
  const lines = after.split('\n');
  const at = lines.findIndex((l) => l.includes('依申请公开政府信息和不予公开政府信息的情况'));
  assert.equal(lines[at], '    四、依申请公开政府信息和不予公开政府信息的情况', 'numbered and indented like its neighbours');
  // The report says 收到1件 (line 24): the inserted part repeats it; what it does not say is a flagged placeholder.
  assert.match(lines[at + 2], /^ {4}本年度共收到政府信息公开申请1件，其中予以公开××件、部分公开××件、不予公开××件。$/);
  assert.equal(lines[at + 4], '    五、其他相关情况');
  // Nothing else changed: the text before and after the insertion is the original's.
  assert.equal(after.replace(/ {4}四、依申请公开[^]*?(?= {4}五、其他相关情况)/, '').replace('五、其他相关情况', '四、其他相关情况'), text);
  const again = check(after);
  assert.ok(!again.findings.some((x) => x.ruleId === 'missing-section' && x.message.zh.includes('依申请公开')));
  const section = again.doc.reports[0].sections.find((s) => s.topics.includes('onRequest'));
  assert.ok(section, 'the parser sees the new section as the 依申请公开 part');
  assert.deepEqual(serious(withoutTemplatePlaceholders(again.findings, after)).filter((s) => !s.startsWith('missing-section')), serious(findings).filter((s) => !s.startsWith('missing-section')), 'no new problems but the placeholders');
  const flagged = again.findings.filter((x) => x.ruleId === 'unfilled-field');
  assert.equal(flagged.filter((x) => after.slice(x.start, x.end) === '××').length, 3, 'each unknown figure stays flagged until written');
});

test('the inserted legacy 依申请公开 part takes the count of applications only from a figure the report states one way', () => {
  const base = '某局2013年政府信息公开工作年度报告\n\n一、概述\n\n本局依法公开。%s\n\n二、主动公开政府信息情况\n\n本年度共主动公开政府信息5条。\n';
  const inserted = (sentence: string) => {
    const text = base.replace('%s', sentence);
    const f = check(text).findings.find((x) => x.ruleId === 'missing-section' && x.message.zh.includes('依申请公开'));
    assert.ok(f?.fixes?.length, sentence);
    return /本年度共收到政府信息公开申请(\S+?)件/.exec(applyEdits(text, f!.fixes![0].edits))?.[1];
  };
  assert.equal(inserted('全年共受理政府信息公开申请3件。'), '3');
  assert.equal(inserted('2013年度，收到2件依申请公开信息的要求。'), '2');
  assert.equal(inserted('本年度没有人申请。'), '××');
  assert.equal(inserted('受理申请3件，比上年收到申请5件少2件。'), '××', 'two figures, one of another year');
  assert.equal(inserted('收到在线申请19件，纸质申请4件。'), '××', 'parts are not the total');
});

onExamplesAndShared('"insert all missing parts" leaves no missing-section and no new warning or error (seed 003, lucheng, seed 001 第五篇, example 2017)', (texts) => {
  for (const [name, text] of texts) {
    const { findings } = check(text);
    const missing = findings.filter((f) => f.ruleId === 'missing-section' && f.fixes?.length);
    if (!missing.length) continue;
    const fix = missing[0].fixes!.find((x) => x.title.zh.startsWith('插入全部')) ?? missing[0].fixes![0];
    const fixed = applyEdits(text, fix.edits);
    const again = check(fixed).findings;
    const before = new Set(serious(findings));
    // The inserted parts' own placeholders ("（此处填写……）") are meant to be flagged until filled in.
    assert.deepEqual(serious(withoutTemplatePlaceholders(again, fixed)).filter((s) => !before.has(s) && !s.startsWith('part-count-mismatch')), [], name);
    // Every missing part of the report the fix belongs to is now there.
    assert.ok(again.filter((f) => f.ruleId === 'missing-section').length < findings.filter((f) => f.ruleId === 'missing-section').length, name);
  }
});

sharedTest('a 2021 report without its 三、 gets Table B back as 三、 between 二、 and 四、, numbers unchanged', () => {
  const text = readShared('corpus', '2024_huaian_shizhengfu_1.md');
  const lines = text.split('\n');
  const from = lines.indexOf('三、收到和处理政府信息公开申请情况');
  const to = lines.indexOf('四、政府信息公开行政复议、行政诉讼情况');
  const cut = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
  const { findings } = check(cut);
  const f = only(findings, 'missing-section');
  const fixed = applyEdits(cut, f.fixes![0].edits);
  const out = fixed.split('\n');
  const at = out.indexOf('三、收到和处理政府信息公开申请情况');
  assert.ok(at > 0 && at < out.indexOf('四、政府信息公开行政复议、行政诉讼情况'), 'between 二、 and 四、');
  assert.ok(out.includes('五、存在的主要问题及改进情况') && out.includes('六、其他需要报告的事项'), 'the headings after it keep their numbers');
  const again = check(fixed);
  const table = again.doc.tables.find((t) => t.national?.id === 'B');
  assert.ok(table && table.start > again.doc.text.indexOf('三、收到和处理'), 'a Table B the parser recognizes');
  assert.equal(table!.national!.cell('一', '总计')?.value, 0);
  assert.deepEqual(serious(again.findings), [], 'the clean report is clean again');
});

sharedTest('date-format: the safe fixes give the GB/T forms (seed 001 二O一O, 31 日; seed 004 201,7年)', () => {
  const seeds = Object.fromEntries(listShared('seeds').map((f) => [f.slice(0, 3), readShared('seeds', f)]));
  const cases: Array<[string, number, string, string]> = [
    ['001', 155, '二O一O年三月五日', '二〇一〇年三月五日'],
    ['001', 7, '31 日', ''],
    ['004', 34, '201,7年', '2017年'],
  ];
  for (const [seed, lineNo, written, right] of cases) {
    const text = seeds[seed];
    const { doc, findings } = check(text);
    const f = only(findings, 'date-format', { doc, line: lineNo });
    const fix = f.fixes![0];
    assert.equal(fix.safe, true, `${seed}:${lineNo}`);
    assert.equal(fix.edits.length, 1);
    assert.ok(text.slice(fix.edits[0].start, fix.edits[0].end).includes(written.trim().slice(0, 2)), `${seed}:${lineNo} edits the date itself`);
    if (right) assert.equal(fix.edits[0].newText, right);
    else assert.doesNotMatch(fix.edits[0].newText, / /);
    const again = check(applyEdits(text, fix.edits));
    assert.ok(!again.findings.some((x) => x.ruleId === 'date-format' && line(again.doc, x) === lineNo), `${seed}:${lineNo} cleared`);
  }
  const guessed = check('某局2019年政府信息公开工作年度报告\n一、总体情况\n19年1月1日起施行。\n').findings.find((f) => f.ruleId === 'date-format');
  assert.equal(guessed?.fixes?.[0]?.safe, false, 'a two-digit year is only offered: the century is a guess');
});

sharedTest('doc-number-brackets: 〔〕 in place of [] and „‟, safe, nothing else touched', () => {
  const text = readShared('seeds', listShared('seeds').find((f) => f.startsWith('001'))!);
  const { doc, findings } = check(text);
  const f = only(findings, 'doc-number-brackets', { doc, line: 6 });
  assert.deepEqual(f.fixes![0].edits.map((e) => [text.slice(e.start, e.end), e.newText]), [['[2010]', '〔2010〕']]);
  assert.equal(f.fixes![0].safe, true);
  const g = only(findings, 'doc-number-brackets', { doc, line: 158 });
  assert.equal(applyEdits(text, g.fixes![0].edits).split('\n')[157].includes('国办发〔2008〕36号'), true);
});

sharedTest('total-mismatch: set the total to the sum, offered only; checking again clears it (seed 000)', () => {
  const seed000 = readShared('seeds', listShared('seeds').find((f) => f.startsWith('000'))!);
  const { doc, findings } = check(seed000);
  const f = only(findings, 'total-mismatch', { doc, line: 14 });
  assert.deepEqual(f.fixes![0].edits.map((e) => [seed000.slice(e.start, e.end), e.newText]), [['876', '377']]);
  assert.equal(f.fixes![0].safe, false);
  assert.ok(!check(applyEdits(seed000, f.fixes![0].edits)).findings.some((x) => x.ruleId === 'total-mismatch'));
});

test('table-sum: set the total to the sum, offered only; checking again clears it (example 2024)', () => {
  const example = fs.readFileSync(path.join(root, 'examples', EXAMPLES.find((e) => e.endsWith('.md'))!), 'utf8');
  const ex = check(example);
  for (const t of ex.findings.filter((x) => x.ruleId === 'table-sum')) {
    const fix = t.fixes![0];
    assert.equal(fix.safe, false);
    assert.match(fix.title.zh, /将合计改为 \d+/);
    const after = check(applyEdits(example, fix.edits));
    // That identity now holds (another one through the same cell may now fail: the example is inconsistent on purpose).
    assert.ok(!after.findings.some((x) => x.message.zh === t.message.zh), `line ${line(ex.doc, t)}`);
  }
});

test('heading-sequence: renumbering closes the gap and keeps the author\'s marker style', () => {
  const text = '某局2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n四、收到和处理政府信息公开申请情况\n正文。\n五、存在的主要问题及改进情况\n（１）第一\n（３）第二\n';
  const { findings } = check(text);
  const gap = findings.find((f) => f.ruleId === 'heading-sequence' && f.message.zh.includes('四、'))!;
  const fixed = applyEdits(text, gap.fixes![0].edits);
  assert.match(fixed, /\n三、收到和处理政府信息公开申请情况\n正文。\n四、存在的主要问题及改进情况\n/);
  const sub = findings.find((f) => f.ruleId === 'heading-sequence' && f.message.zh.includes('（３）'))!;
  assert.deepEqual(sub.fixes![0].edits.map((e) => e.newText), ['（２）'], 'full-width digits stay full-width');
  assert.ok(!check(fixed).findings.some((f) => f.ruleId === 'heading-sequence' && f.message.zh.includes('四、收到')));
});

sharedTest('table-label: the official wording for a misspelt label (hongze), offered only', () => {
  const text = readShared('corpus', '2024_hongze_quzhengfu_1.md');
  const { findings } = check(text);
  const f = findings.find((x) => x.ruleId === 'table-label' && x.message.zh.includes('其他法律行政止公开'))!;
  assert.deepEqual(f.fixes![0].edits.map((e) => [text.slice(e.start, e.end), e.newText]), [['2.其他法律行政止公开', '2.其他法律行政法规禁止公开']]);
  assert.ok(!check(applyEdits(text, f.fixes![0].edits)).findings.some((x) => x.message.zh.includes('其他法律行政止公开')));
});

onExamplesAndShared('disable comments: for this line (not inside a table) and for the whole file; they switch the finding off', (texts) => {
  for (const [name, text] of texts) {
    const { doc, findings } = check(text);
    for (const f of findings.filter((x) => !['table-unreadable', 'table-incomplete', 'binary-content', 'document-truncated'].includes(x.ruleId)).slice(0, 12)) {
      const disables = fixesFor(doc, f).filter((x) => x.title.en.startsWith('Disable'));
      const inTable = doc.tables.some((t) => f.start >= t.start && f.start < t.end);
      assert.equal(disables.length, inTable ? 1 : 2, `${name}:${line(doc, f)} ${f.ruleId}`);
      for (const d of disables) {
        const again = check(applyEdits(text, d.edits)).findings;
        const shift = d.edits[0].newText.length;
        assert.ok(!again.some((x) => x.ruleId === f.ruleId && x.start === f.start + shift && x.end === f.end + shift), `${name}:${line(doc, f)} ${f.ruleId}: ${d.title.en}`);
      }
    }
  }
});

onExamplesAndShared('fix all applies only safe fixes, never overlapping, and converges: no safe fix is left after two passes', (texts) => {
  for (const [name, text] of texts) {
    const first = check(text);
    const edits = safeFixEdits(first.findings);
    for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].end <= edits[i].start, `${name}: edits overlap`);
    const allSafe = first.findings.flatMap((f) => f.fixes ?? []).filter((x: Fix) => x.safe);
    assert.ok(edits.every((e) => allSafe.some((x) => x.edits.includes(e))), `${name}: only edits of safe fixes`);
    let current = applyEdits(text, edits);
    current = applyEdits(current, safeFixEdits(check(current).findings));
    const left = check(current).findings.filter((f) => f.fixes?.some((x) => x.safe));
    assert.deepEqual(left.map((f) => f.ruleId), [], name);
    // Fixing never creates problems that were not there.
    const before = new Set(first.findings.map((f) => f.ruleId));
    assert.deepEqual(check(current).findings.filter((f) => !before.has(f.ruleId)).map((f) => f.ruleId), [], `${name}: new kinds of findings`);
  }
});

test('example 2017: inserting the 依申请公开 part fills the gap as 三、 before 四、; that finding and the numbering gap are gone', () => {
  const [, text] = exampleTexts().find(([name]) => name.includes('2017'))!;
  const { findings } = check(text);
  const f = findings.find((x) => x.ruleId === 'missing-section' && x.message.zh.includes('依申请公开'))!;
  const fix = f.fixes![0];
  assert.equal(fix.safe, false, 'inserted sections are offered, never applied on their own');
  const after = applyEdits(text, fix.edits);
  const lines = after.split('\n');
  const at = lines.indexOf('三、依申请公开政府信息和不予公开政府信息的情况');
  assert.ok(at > 0 && at < lines.indexOf('四、因政府信息公开申请行政复议、提起行政诉讼的情况'), 'numbered 三、, before 四、');
  const again = check(after);
  assert.ok(again.doc.reports[0].sections.some((s) => s.topics.includes('onRequest')), 'the parser sees the new 依申请公开 part');
  assert.ok(!again.findings.some((x) => x.ruleId === 'missing-section' && x.message.zh.includes('依申请公开')));
  assert.ok(!again.findings.some((x) => x.ruleId === 'heading-sequence'), 'the inserted 三、 closes the gap between 二、 and 四、');
  const before = new Set(serious(findings));
  assert.deepEqual(serious(withoutTemplatePlaceholders(again.findings, after)).filter((x) => !before.has(x)), [], 'no new problems but the placeholders to fill in');
});

test('examples: the safe fixes give GB/T dates and 〔〕, and checking again finds neither problem', () => {
  const expected: Record<string, Array<[string, string]>> = {
    2024: [['[2021]', '〔2021〕'], ['2024.3.15', '2024年3月15日'], ['2025年01月20日', '2025年1月20日']],
    2017: [['二O一八年三月十日', '2018年3月10日']],
  };
  for (const [name, text] of exampleTexts()) {
    const { findings } = check(text);
    const edits = safeFixEdits(findings);
    assert.deepEqual(edits.map((e) => [text.slice(e.start, e.end), e.newText]), expected[name.includes('2024') ? 2024 : 2017], name);
    const left = check(applyEdits(text, edits)).findings.filter((f) => f.ruleId === 'date-format' || f.ruleId === 'doc-number-brackets');
    assert.deepEqual(left.map((f) => f.ruleId), [], name);
  }
});

test('example 2024: the prose total and the misspelt table label are offered their fixes; applying one clears its finding', () => {
  const [, text] = exampleTexts().find(([name]) => name.includes('2024'))!;
  const { doc, findings } = check(text);
  for (const [ruleId, lineNo, edit] of [['total-mismatch', 11, ['2361', '2351']], ['table-label', 74, ['2.没有现成信息另行制作', '2.没有现成信息需要另行制作']]] as const) {
    const f = only(findings, ruleId, { doc, line: lineNo });
    assert.equal(f.fixes![0].safe, false, `${ruleId}: offered only`);
    assert.deepEqual(f.fixes![0].edits.map((e) => [text.slice(e.start, e.end), e.newText]), [edit]);
    const again = check(applyEdits(text, f.fixes![0].edits));
    assert.ok(!again.findings.some((x) => x.ruleId === ruleId && line(again.doc, x) === lineNo), `${ruleId} on line ${lineNo} cleared`);
  }
});

test('an empty document is offered the whole 2021 skeleton, for a government and a department; the result is clean', () => {
  const fixes = documentFixes(parseDocument('\n  \n'), new Date(2026, 10, 23));
  assert.deepEqual(fixes.map((f) => f.title.zh), ['插入2025年度报告的完整框架（2021年格式，人民政府）', '插入2025年度报告的完整框架（2021年格式，人民政府部门）']);
  for (const fix of fixes) {
    const after = check(applyEdits('\n  \n', fix.edits));
    assert.equal(after.doc.reports[0].year, 2025);
    assert.deepEqual(serious(withoutTemplatePlaceholders(after.findings, after.doc.text)), []);
  }
  assert.deepEqual(documentFixes(parseDocument('某局2024年报告')), []);
});
