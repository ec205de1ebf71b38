import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFindings, parseDocument, positionAt } from '../../../server/src/core';
import { listShared, readShared, sharedTest } from '../fixtures';
import { findingsOf } from './helpers';

const ID = 'missing-section';
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

/** A legacy (2008–2018) report with the five parts of 2007 Art. 32; `drop` leaves parts out, `extra` adds body text. */
function legacy(opts: { drop?: string[]; extra?: string; title?: string } = {}): string {
  const parts: Array<[string, string, string]> = [
    ['proactive', '主动公开政府信息的情况', '全年主动公开政府信息120条。'],
    ['onRequest', '依申请公开政府信息和不予公开政府信息的情况', '全年收到政府信息公开申请3件，均已按期答复。'],
    ['fees', '政府信息公开的收费及减免情况', '全年未收取任何费用。'],
    ['review', '因政府信息公开申请行政复议、提起行政诉讼的情况', '全年未发生因政府信息公开申请行政复议、提起行政诉讼的情况。'],
    ['problems', '政府信息公开工作存在的主要问题及改进情况', '公开内容还不够全面，下一步将加强培训。'],
  ];
  const han = '一二三四五六七八九';
  const kept = parts.filter(([t]) => !opts.drop?.includes(t));
  const body = kept.map(([, h, p], i) => `${han[i]}、${h}\n\n${p}\n`).join('\n');
  return `${opts.title ?? '某县环保局2015年政府信息公开工作年度报告'}\n\n根据《中华人民共和国政府信息公开条例》，现将本局2015年政府信息公开工作情况报告如下。\n\n${body}${opts.extra ?? ''}`;
}

test('a complete legacy report has no finding', () => {
  assert.deepEqual(findingsOf(ID, legacy()), []);
});

test('a legacy part that appears nowhere is an error on the title line', () => {
  const found = findingsOf(ID, legacy({ drop: ['fees'] }));
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  assert.equal(found[0].line, 1);
  assert.equal(found[0].text, '某县环保局2015年政府信息公开工作年度报告');
  assert.match(found[0].message, /缺少“收费及减免”部分/);
  assert.match(found[0].message, /第三十二条第（三）项/);
  assert.match(found[0].finding.message.en, /fees and fee waivers/);
  assert.equal(found[0].finding.related, undefined);
});

test('a part only mentioned in a paragraph, incompletely, is a warning pointing at the sentence', () => {
  // How many applications came in, but not how they were answered: the content the law asks for is not there.
  const text = legacy({ drop: ['onRequest'] }).replace('全年主动公开政府信息120条。', '全年主动公开政府信息120条。另外，全年收到政府信息公开申请2件。');
  const found = findingsOf(ID, text);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].line, 1);
  assert.match(found[0].message, /没有“依申请公开”部分，只在第 7 行的段落中顺带提到：“另外，全年收到政府信息公开申请2件”/);
  const [rel] = found[0].finding.related!;
  assert.equal(text.slice(rel.start, rel.end), '另外，全年收到政府信息公开申请2件。');
  assert.match(rel.message.zh, /应当有自己的一个部分/);
});

test('legacy content stated in full under another heading is information only: the 2007 条例 asks for the content, not a heading', () => {
  const statements: Array<[string, string]> = [
    ['onRequest', '另外，全年收到政府信息公开申请2件，已全部答复。'],
    ['onRequest', '本年度未收到政府信息公开申请。'],
    ['fees', '本年度未收取任何费用。'],
    ['review', '全年未发生因政府信息公开申请提起行政复议、行政诉讼的情况。'],
  ];
  for (const [topic, sentence] of statements) {
    const text = legacy({ drop: [topic] }).replace('下一步将加强培训。', `下一步将加强培训。${sentence}`);
    const found = findingsOf(ID, text);
    assert.deepEqual(found.map((f) => f.severity), ['information'], sentence);
    assert.match(found[0].message, /没有单列一个部分，但第 \d+ 行已经说明/);
    assert.match(found[0].message, /建议单列一个部分/);
    assert.equal(text.slice(found[0].finding.related![0].start, found[0].finding.related![0].end), sentence);
  }
  // Not in the 2019/2021 formats, whose parts hold the national tables.
  const modern = '某县人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n（一）主动公开\n\n本年度主动公开信息10条。\n\n（二）依申请公开\n\n本年度共收到政府信息公开申请3件，均已按时答复。\n\n二、主动公开政府信息情况\n\n四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n\n六、其他需要报告的事项\n';
  const found = findingsOf(ID, modern);
  assert.deepEqual(found.map((f) => [f.severity, /收到和处理政府信息公开申请情况/.test(f.message)]), [['error', true]]);
});

test('the sentence that reports the year is chosen over a passing mention', () => {
  const text = legacy({ drop: ['onRequest'] })
    .replace('全年主动公开政府信息120条。', '全年主动公开政府信息120条。修订了《政府信息依申请公开工作规程》。本年度收到依申请公开的要求1件。');
  const [f] = findingsOf(ID, text);
  assert.equal(f.severity, 'warning');
  const rel = f.finding.related![0];
  assert.equal(text.slice(rel.start, rel.end), '本年度收到依申请公开的要求1件。');
});

test('both severities in one report, in statutory order', () => {
  const text = legacy({ drop: ['fees', 'review'] }).replace('下一步将加强培训。', '下一步将加强培训。本年度未收取任何费用。');
  const found = findingsOf(ID, text);
  assert.deepEqual(found.map((f) => [f.severity, f.line]), [['information', 1], ['error', 1]]);
  assert.match(found[0].message, /收费及减免/);
  assert.match(found[1].message, /行政复议、行政诉讼/);
});

test('fees and review mentioned in another sense are not mentions', () => {
  // 收费标准 of a registration hall and 行政复议体制改革 are not about disclosure fees or disclosure-related review.
  const text = legacy({ drop: ['fees', 'review'] }).replace(
    '全年主动公开政府信息120条。',
    '全年主动公开政府信息120条，在登记大厅公开办事指南、收费标准和办理时限。结合行政复议体制改革，修订了《信息公开指南》。',
  );
  const found = findingsOf(ID, text);
  assert.deepEqual(found.map((f) => f.severity), ['error', 'error']);
});

test('the introduction listing the parts is not a mention', () => {
  const text = legacy({ drop: ['fees'] }).replace('现将本局2015年', '本报告由主动公开、依申请公开、收费及减免情况等部分组成。现将本局2015年');
  const [f] = findingsOf(ID, text);
  assert.equal(f.severity, 'error');
});

test('a heading at any level covers a part: level 2, run-in, inline', () => {
  const nested = legacy({ drop: ['onRequest'] }).replace('全年主动公开政府信息120条。', '（一）数量。全年主动公开政府信息120条。\n（二）依申请公开情况。全年未收到申请。');
  assert.deepEqual(findingsOf(ID, nested), []);
  const inline =
    '某镇2013年政府信息公开工作年度报告\n\n现将本镇情况报告如下。 一、政府信息主动公开情况 全年公开信息60条，内容涵盖各个方面。 二、政府依申请公开政府信息情况 全年未收到申请，也无不予公开的情况。 三、政府信息公开收费和减免情况 未收取任何费用。 四、政府信息公开申请行政复议、行政诉讼情况 全年未发生。 五、政府信息公开工作存在的主要问题和改进措施 公开内容还不够全面。\n';
  assert.deepEqual(findingsOf(ID, inline), []);
});

test('2019/2021 formats require the six sections, including 总体情况 and 其他需要报告的事项', () => {
  const full = '某市某局2022年政府信息公开工作年度报告\n\n一、总体情况\n\n正文。\n\n二、主动公开政府信息情况\n\n正文。\n\n三、收到和处理政府信息公开申请情况\n\n正文。\n\n四、政府信息公开行政复议、行政诉讼情况\n\n正文。\n\n五、存在的主要问题及改进情况\n\n正文。\n\n六、其他需要报告的事项\n\n本年度未收取信息处理费。\n';
  assert.deepEqual(findingsOf(ID, full), []);
  const found = findingsOf(ID, full.replace('一、总体情况\n\n正文。\n\n', '').replace('\n\n六、其他需要报告的事项\n\n本年度未收取信息处理费。', ''));
  assert.deepEqual(found.map((f) => f.severity), ['error', 'error']);
  assert.match(found[0].message, /“总体情况”/);
  assert.match(found[1].message, /“其他需要报告的事项”.*第五十条第一款第（五）项/);
  // 2019+ reports do not need a 收费及减免 section.
  assert.ok(!found.some((f) => /收费/.test(f.message)));
});

test('a legacy report does not need 其他需要报告的事项 or 概述', () => {
  assert.ok(!legacy().includes('其他'));
  assert.deepEqual(findingsOf(ID, legacy()), []);
});

test('when the year (and so the era) is unknown, only the parts both versions require are checked', () => {
  const text = legacy({ drop: ['fees'], title: '政府信息公开工作年度报告' }).replace('本局2015年', '本局');
  const doc = parseDocument(text);
  assert.equal(doc.reports[0].eraSource, 'default');
  assert.deepEqual(findingsOf(ID, text), []);
  const noRequest = legacy({ drop: ['onRequest'], title: '政府信息公开工作年度报告' }).replace('本局2015年', '本局');
  assert.deepEqual(findingsOf(ID, noRequest).map((f) => f.severity), ['error']);
});

test('a report without any heading is not judged; without a title the first line carries the finding', () => {
  assert.deepEqual(findingsOf(ID, '某局2015年政府信息公开工作年度报告\n\n全年主动公开信息10条，未收到申请。\n'), []);
  const untitled = legacy({ drop: ['fees'] }).replace('某县环保局2015年政府信息公开工作年度报告\n\n', '<!-- converted page -->\n');
  const [f] = findingsOf(ID, untitled);
  assert.equal(f.severity, 'error');
  assert.equal(f.line, 2);
  assert.match(f.text, /^根据《中华人民共和国政府信息公开条例》/);
});

test('"因政府信息公开申请行政复议" is about review, not a mention of requests', () => {
  const text = legacy({ drop: ['onRequest'] });
  assert.match(text, /因政府信息公开申请行政复议/);
  const [f] = findingsOf(ID, text);
  assert.equal(f.severity, 'error');
  assert.match(f.message, /依申请公开/);
});

test('a part headed by a short line without a number is not missing', () => {
  const full = '某市某局2022年政府信息公开工作年度报告\n\n第一部分 总体情况\n\n（一）主动公开\n\n正文。\n\n二、主动公开政府信息情况\n\n正文。\n\n三、收到和处理政府信息公开申请情况\n\n正文。\n\n四、政府信息公开行政复议、行政诉讼情况\n\n正文。\n\n五、存在的主要问题及改进情况\n\n正文。\n\n**其他需要报告的事项**\n\n无。\n';
  assert.deepEqual(findingsOf(ID, full), []);
  // A sentence is not a heading: the same words inside a sentence are only a mention.
  const found = findingsOf(ID, full.replace('**其他需要报告的事项**\n\n无。', '本年度没有其他需要报告的事项，特此说明。'));
  assert.deepEqual(found.map((f) => f.severity), ['warning']);
  assert.match(found[0].message, /没有“其他需要报告的事项”部分，只在第 25 行/);
});

// ---- the real reports ----

interface Expected {
  line: number;
  severity: 'error' | 'warning' | 'information';
  part: RegExp;
  /** 1-based line of the sentence the warning points at. */
  mentionLine?: number;
}

function check(text: string, expected: Expected[], label: string): void {
  const doc = parseDocument(text);
  const found = collectFindings(doc).filter((f) => f.ruleId === ID);
  const lineOfOffset = (o: number) => positionAt(doc.lineStarts, o).line + 1;
  assert.equal(found.length, expected.length, `${label}: ${found.map((f) => f.message.zh).join('\n')}`);
  expected.forEach((e, i) => {
    const f = found[i];
    assert.equal(lineOfOffset(f.start), e.line, label);
    assert.equal(f.severity, e.severity, label);
    assert.match(f.message.zh, e.part, label);
    if (e.mentionLine) assert.equal(lineOfOffset(f.related![0].start), e.mentionLine, label);
    else assert.equal(f.related, undefined, label);
  });
}

const FEES = /“收费及减免”/;
const REVIEW = /“行政复议、行政诉讼”/;
const PROBLEMS = /“存在的主要问题及改进情况”/;
const ON_REQUEST = /“依申请公开”/;

sharedTest('seed 001: 第四篇 lacks fees and review; 第五篇 also lacks problems; 第一篇–第三篇 are complete', () => {
  check(readShared('seeds', '001'), [
    { line: 156, severity: 'error', part: FEES },
    { line: 156, severity: 'error', part: REVIEW },
    { line: 181, severity: 'error', part: FEES },
    // 第五篇 is from a 法制办: its 行政复议体制改革 and 行政复议决定书 are its own work, not disclosure-related review.
    { line: 181, severity: 'error', part: REVIEW },
    { line: 181, severity: 'error', part: PROBLEMS },
  ], 'seed 001');
});

sharedTest('seed 002: fees and review stated in full in the sentence on line 31: information only', () => {
  // "未收取任何费用，未发生因信息公开而产生的举报、投诉、行政复议和行政诉讼": the content the 2007 条例 asks for.
  check(readShared('seeds', '002'), [
    { line: 1, severity: 'information', part: FEES, mentionLine: 31 },
    { line: 1, severity: 'information', part: REVIEW, mentionLine: 31 },
  ], 'seed 002');
});

sharedTest('seed 003: the one application is mentioned in 三（一） without its answer; no fees at all; no review stated on line 30', () => {
  check(readShared('seeds', '003'), [
    { line: 2, severity: 'warning', part: ON_REQUEST, mentionLine: 24 },
    { line: 2, severity: 'error', part: FEES },
    // "也未有…行政复议、诉讼和申诉事件…发生": it says there was none, which is what the law asks.
    { line: 2, severity: 'information', part: REVIEW, mentionLine: 30 },
  ], 'seed 003');
});

sharedTest('seeds 000 and 004 are complete (004: 六、政府信息公开申请的办理情况 is the part on requests)', () => {
  check(readShared('seeds', '000'), [], 'seed 000');
  check(readShared('seeds', '004'), [], 'seed 004');
});

sharedTest('corpus: only 2016_lucheng lacks parts (fees, review, problems); every other report is complete', () => {
  for (const f of listShared('corpus')) {
    const expected: Expected[] = f.startsWith('2016_lucheng')
      ? [
          { line: 3, severity: 'error', part: FEES },
          { line: 3, severity: 'error', part: REVIEW },
          { line: 3, severity: 'error', part: PROBLEMS },
        ]
      : [];
    check(readShared('corpus', f), expected, f);
  }
});

test('examples: the 2017 report has no 依申请公开 part (stated in full on line 19) and no 收费及减免; the 2024 report is complete', () => {
  const read = (name: string) => fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
  check(read('青禾县自然资源局2017年政府信息公开工作年度报告.txt'), [
    { line: 1, severity: 'information', part: ON_REQUEST, mentionLine: 19 },
    // Line 35 has 收费标准 of the registration hall: not about disclosure fees.
    { line: 1, severity: 'error', part: FEES },
  ], '2017 example');
  check(read('青禾县人民政府2024年政府信息公开工作年度报告.md'), [], '2024 example');
});

test('a report without headings: only parts nothing in the text speaks about are errors, and only in a text of some length', () => {
  const body = '本乡按照《条例》要求，认真做好政府信息公开工作，全年累计主动公开政府信息65条，其中网上公开20条、揭示板公开45条。'.repeat(3);
  const text = `某乡2010年政府信息公开工作年度报告\n\n${body}\n\n下一步，我乡将进一步加强政府信息公开工作，存在的主要问题是公开形式单一。\n`;
  const found = findingsOf(ID, text);
  assert.deepEqual(found.map((f) => f.severity), ['error', 'error', 'error']);
  assert.match(found.map((f) => f.message).join('\n'), /“依申请公开”[\s\S]*“收费及减免”[\s\S]*“行政复议、行政诉讼”/);
  // A short note without headings is not judged.
  assert.deepEqual(findingsOf(ID, '某乡2010年政府信息公开工作年度报告\n\n本乡全年主动公开信息65条。\n'), []);
});

test('the year ahead\'s plans ("2011年，我们将……进一步提高") speak to the problems-and-improvements part', () => {
  const text = legacy({ drop: ['problems'] }).replace('全年主动公开政府信息120条。', '全年主动公开政府信息120条。\n\n2016年，我们将按照上级要求，进一步提高对政务公开工作重要性的认识。');
  assert.deepEqual(findingsOf(ID, text).map((f) => f.severity), ['warning']);
});

test('a part whose national table is there but whose heading is not: a warning that says so, never "nothing found"', () => {
  const example = fs.readFileSync(path.join(EXAMPLES, '青禾县人民政府2024年政府信息公开工作年度报告.md'), 'utf8');
  const heading = example.split('\n').find((l) => /^#*\s*三、收到和处理政府信息公开申请情况/.test(l))!;
  assert.ok(heading, 'the example has part 三');
  const f = findingsOf(ID, example.replace(heading, ''));
  const onRequest = f.filter((x) => /收到和处理政府信息公开申请情况/.test(x.message));
  assert.equal(onRequest.length, 1);
  assert.equal(onRequest[0].severity, 'warning');
  assert.match(onRequest[0].message, /没有“收到和处理政府信息公开申请情况”部分的标题，这项内容只见于第 \d+ 行起的表三/);
  assert.doesNotMatch(onRequest[0].message, /没有找到/);
});

test('a statement is read in its own report only: the next report of the file, or its first words alone, do not count', () => {
  // The first report lacks 收费; the second states it in full. Each report is judged on its own text.
  const first = legacy({ drop: ['fees'] });
  const second = legacy({ title: '某县水利局2015年政府信息公开工作年度报告' });
  const found = findingsOf(ID, `${first}\n${second}`);
  assert.deepEqual(found.map((f) => [f.line, f.severity]), [[1, 'error']]);
  // A needed word split across two sentences ("收费。" / "减免") is no statement; one sentence holding it is.
  const split = findingsOf(ID, legacy({ drop: ['fees'], extra: '\n本局严格执行收费。减免工作另行安排。\n' }));
  assert.deepEqual(split.map((f) => f.severity), ['error']);
  const whole = findingsOf(ID, legacy({ drop: ['fees'], extra: '\n本年度未收取任何费用。\n' }));
  assert.deepEqual(whole.map((f) => f.severity), ['information']);
});
