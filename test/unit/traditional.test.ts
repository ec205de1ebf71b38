// Reports in traditional characters (issue 10, item 5): matched as their simplified forms, quoted as
// written. The traditional copies are made with OpenCC (opencc-js, a dev dependency), an independent
// converter, in its three traditional standards: OpenCC's own (t), Taiwan (tw) and Hong Kong (hk).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as OpenCC from 'opencc-js';
import { collectFindings, hoverAt, looksLikeReport, outlineOf, parseDocument, type Finding, type OutlineNode } from '../../server/src/core';
import { foldTraditional, traditionalPairs } from '../../server/src/core/text/traditional';
import { TABLE_A_PARTS, TABLE_B_COLUMNS, TABLE_B_GROUPS, TABLE_B_NOTE, TABLE_B_ROWS, TABLE_C_COLUMNS } from '../../server/src/core/format/tableLabels';
import { FORMAT_PARTS, LEGACY_PARTS } from '../../server/src/core/format/parts';
import { topicsOf } from '../../server/src/core/format/topics';
import { findingsOf } from './rules/helpers';
import { SHARED, describeShared, listShared, readExamples, readShared, sharedTest } from './fixtures';

const STANDARDS = ['t', 'tw', 'hk'] as const;
const toTraditional = Object.fromEntries(STANDARDS.map((to) => [to, OpenCC.Converter({ from: 'cn', to })])) as Record<(typeof STANDARDS)[number], (s: string) => string>;
const traditional = toTraditional.t;

const CORE = path.join(__dirname, '..', '..', 'server', 'src', 'core');
const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

const HAN_RUN = /\p{Script=Han}+/gu;
const REGEX_LITERAL = /(?<![\w)\]])\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/[dgimsuy]*/g;

/** The words the code matches: every Han run in the format data and in the code's regular expressions. */
function matchedVocabulary(): string[] {
  const words = new Set<string>();
  for (const file of sourceFiles(CORE)) {
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => !/^\s*(?:\/\/|\*|\/\*)/.test(l));
    const isData = file.includes(`${path.sep}format${path.sep}`);
    for (const line of lines) {
      const sources = isData && !/\b(?:zh|en):/.test(line) ? [line] : (line.match(REGEX_LITERAL) ?? []);
      for (const s of sources) for (const m of s.matchAll(HAN_RUN)) words.add(m[0]);
    }
  }
  return [...words];
}

const LABELS = [
  ...TABLE_B_ROWS.map((r) => r.label), ...TABLE_B_COLUMNS.map((c) => c.label), ...Object.values(TABLE_B_GROUPS), TABLE_B_NOTE,
  ...TABLE_C_COLUMNS.map((c) => c.label), ...TABLE_A_PARTS.map((p) => JSON.stringify(p)),
  ...[...LEGACY_PARTS, ...FORMAT_PARTS].map((p) => p.heading),
  // Words reports use that the brief names: units, places, bodies, statutory terms.
  '统计期限', '报告', '条例', '公开', '申请', '处理', '复议', '诉讼', '维持', '纠正', '审结', '总计', '机关', '区', '县', '乡', '镇',
  '街道办事处', '办公室', '门户网站', '发布', '关于', '属于国家秘密', '内部事务', '过程性信息', '行政执法案卷', '档案', '补正', '收费', '减免',
  '条', '条目', '项', '个', '万元', '答复', '批复', '回复', '合并', '关系', '汇总',
];

describe('foldTraditional', () => {
  it('maps one BMP character to one BMP character, never to another traditional one', () => {
    const pairs = traditionalPairs();
    assert.ok(pairs.size > 200);
    for (const [t, s] of pairs) {
      assert.equal(t.length, 1, t);
      assert.equal(s.length, 1, s);
      assert.notEqual(t, s);
      assert.ok(!pairs.has(s), `${s} (from ${t}) would need a second fold`);
    }
  });

  it('folds the words of a converted report', () => {
    assert.equal(foldTraditional('統計期限、報告、條例、公開、申請、復議、訴訟、審結、總計、發佈、關於、屬於國家祕密'), '统计期限、报告、条例、公开、申请、复议、诉讼、审结、总计、发布、关于、属于国家秘密');
    assert.equal(foldTraditional('延期答覆3件，行政複議1件，批覆'), '延期答复3件，行政复议1件，批复');
  });

  it('folds 答覆-like words in a text with no other character to fold, and only those', () => {
    assert.equal(foldTraditional('依申请答覆2件，全覆盖'), '依申请答复2件，全覆盖');
    assert.equal(foldTraditional('覆盖全区，反覆核对'), '覆盖全区，反复核对');
    // 覆 in other words only (覆盖, 覆 first in the text): the very same string back.
    const covered = '覆盖全区，实现全覆盖';
    assert.ok(foldTraditional(covered) === covered);
  });

  sharedTest('keeps the length of every text it folds', () => {
    const text = traditional(readShared('corpus', '2024_huaian'));
    assert.equal(foldTraditional(text).length, text.length);
  });

  sharedTest('leaves every simplified report of ../shared as it is', () => {
    for (const { name, text } of sharedReports()) assert.ok(foldTraditional(text) === text, name);
  });

  sharedTest('returns the very same string when there is nothing to fold, and leaves simplified words as they are', () => {
    const text = readShared('seeds', '000');
    assert.equal(foldTraditional(text), text);
    // 覆 is folded only in 答覆-like words of a traditional text: 覆盖 in a simplified text stays.
    assert.equal(foldTraditional('实现全覆盖。显著提高。'), '实现全覆盖。显著提高。');
  });

  it('brings back every word the code matches, whichever traditional standard wrote it', () => {
    const vocabulary = [...matchedVocabulary(), ...LABELS];
    assert.ok(vocabulary.length > 300, `only ${vocabulary.length} words found`);
    const wrong: string[] = [];
    for (const word of vocabulary) {
      for (const to of STANDARDS) {
        const t = toTraditional[to](word);
        if (t.length === word.length && foldTraditional(t) !== word) wrong.push(`${to}: ${t} → ${foldTraditional(t)} ≠ ${word}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('lets topicsOf read traditional headings', () => {
    assert.deepEqual(topicsOf('三、收到和處理政府信息公開申請情況'), topicsOf('三、收到和处理政府信息公开申请情况'));
    assert.deepEqual(topicsOf('五、政府信息公開行政復議、行政訴訟情況'), ['review']);
  });
});

/**
 * The checker's own words: a quote whose every Han run is in its source (a part's name, a label,
 * "均获维持", "行政复议 / 结果纠正") is not a quote of the text.
 */
const CORE_SOURCE = sourceFiles(CORE).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
const ownWords = (q: string) => [...q.matchAll(HAN_RUN)].every((m) => CORE_SOURCE.includes(m[0]));

const key = (f: Finding) => `${f.ruleId} ${f.severity} ${f.start}-${f.end}`;

/** The quotes (“…”) of a message. */
const quotes = (message: string) => [...message.matchAll(/“([^”]+)”/g)].map((m) => m[1]);

function sharedReports(): Array<{ name: string; text: string }> {
  const out = listShared('seeds').map((name) => ({ name: `seeds/${name}`, text: readShared('seeds', name) }));
  for (const name of listShared('corpus')) out.push({ name: `corpus/${name}`, text: readShared('corpus', name) });
  const more = path.join(SHARED, 'corpus', 'more');
  if (fs.existsSync(more)) {
    for (const name of fs.readdirSync(more).filter((f) => /\.(txt|md)$/.test(f) && f !== 'INDEX.md').sort().slice(0, 8)) {
      out.push({ name: `corpus/more/${name}`, text: fs.readFileSync(path.join(more, name), 'utf8') });
    }
  }
  return out;
}

/** In every traditional standard, the converted text gets the same findings, ranges and detection, and quotes as written. */
function assertConvertedAlike(text: string): void {
  const expected = collectFindings(parseDocument(text));
  for (const to of STANDARDS) {
    const converted = toTraditional[to](text);
    if (converted.length !== text.length) continue; // a phrase conversion that changed the length
    const doc = parseDocument(converted);
    const found = collectFindings(doc);
    assert.deepEqual(found.map(key), expected.map(key), `${to}: findings`);
    assert.equal(looksLikeReport(converted), looksLikeReport(text), `${to}: detection`);
    found.forEach((f, i) => {
      // A quote of the simplified report's text is, in the converted report, the converted text.
      const before = quotes(expected[i].message.zh);
      const after = quotes(f.message.zh);
      assert.equal(after.length, before.length, `${to} ${f.ruleId}: ${f.message.zh}`);
      before.forEach((q, k) => {
        if (ownWords(q) || !text.includes(q) || toTraditional[to](q) === q) return;
        assert.notEqual(after[k], q, `${to} ${f.ruleId}: quotes “${q}” in simplified characters: ${f.message.zh}`);
        assert.equal(foldTraditional(after[k]), foldTraditional(toTraditional[to](q)), `${to} ${f.ruleId}: ${f.message.zh}`);
      });
      // A fix never writes back a simplified form of what it keeps from the text.
      for (const fix of f.fixes ?? []) {
        for (const e of fix.edits) {
          const replaced = converted.slice(e.start, e.end);
          if (foldTraditional(replaced) === e.newText) assert.equal(e.newText, replaced, `${to} ${f.ruleId}: fix edit`);
        }
      }
    });
  }
}

describe('an example report converted to traditional characters', () => {
  for (const [name, text] of readExamples()) {
    it(`examples/${name}: same findings, ranges and detection, quotes as written`, () => assertConvertedAlike(text));
  }
});

describeShared('a report converted to traditional characters', () => {
  const reports = sharedReports();

  it('has reports to convert', () => assert.ok(reports.length >= 20, `${reports.length} reports`));

  for (const { name, text } of reports) {
    it(`${name}: same findings, ranges and detection, quotes as written`, () => assertConvertedAlike(text));
  }
});

describe('hand-written traditional reports', () => {
  const report = [
    '某某縣人民政府2023年政府信息公開工作年度報告',
    '',
    '本報告根據《中華人民共和國政府信息公開條例》編製，全文共分六部分。本報告所列數據的統計期限自2023年1月1日起至2023年12月31日止。',
    '',
    '一、總體情況',
    '',
    '2023年，本縣主動公開政府信息共100條，其中機構職能類50條、政策文件類30條、其他類10條。',
    '',
    '二、主動公開政府信息情況',
    '',
    '詳見門戶網站。',
    '',
    '三、收到和處理政府信息公開申請情況',
    '',
    '本年度共收到申請5件，延期答覆1件。參照《國務院辦公廳關於做好政府信息依申請公開工作的意見》（國辦發[2010]5號）辦理。',
    '',
    '四、政府信息公開行政復議、行政訴訟情況',
    '',
    '無。',
    '',
    '五、存在的主要問題及改進情況',
    '',
    '無。',
    '',
    '某某縣人民政府',
    '2024年1月20日',
  ].join('\n');

  it('is recognized as a report, of a government, with its year, period and parts', () => {
    assert.equal(looksLikeReport(report), true);
    const doc = parseDocument(report);
    assert.equal(doc.text, report);
    assert.equal(doc.matchText.length, report.length);
    const [r] = doc.reports;
    assert.equal(r.year, 2023);
    assert.equal(r.kind, 'government');
    assert.equal(r.title?.text, '某某縣人民政府2023年政府信息公開工作年度報告');
    assert.equal(r.issuer?.text, '某某縣人民政府');
    assert.ok(r.period?.from && r.period.to, 'the 統計期限 sentence is the period');
    assert.deepEqual(r.sections.map((s) => s.topics[0]), ['overview', 'proactive', 'onRequest', 'review', 'problems']);
  });

  it('shows the headings as written in the outline', () => {
    const names = (nodes: OutlineNode[]): string[] => nodes.flatMap((n) => [n.name, ...names(n.children)]);
    const outline = names(outlineOf(parseDocument(report)));
    assert.ok(outline.includes('某某縣人民政府2023年政府信息公開工作年度報告'), outline.join(' | '));
    assert.ok(outline.includes('三、收到和處理政府信息公開申請情況'), outline.join(' | '));
    assert.ok(outline.includes('四、政府信息公開行政復議、行政訴訟情況'), outline.join(' | '));
  });

  it('checks a total and quotes it as written', () => {
    const [f] = findingsOf('total-mismatch', report);
    assert.equal(f?.text, '100條');
    assert.match(f.message, /“本縣主動公開政府信息共100條”/);
    assert.match(f.message, /= 90条/); // the checker's own sum, in its own words
    assert.ok(f.finding.related?.some((r) => r.message.zh === '分项：機構職能類50條'), JSON.stringify(f.finding.related));
  });

  it('shows the statement of a number in the hover as written', () => {
    const doc = parseDocument(report);
    const hover = hoverAt(doc, report.indexOf('100條'), { lang: 'zh' });
    assert.ok(hover, 'a hover on the total');
    assert.match(hover.markdown, /機構職能類/);
    assert.doesNotMatch(hover.markdown, /机构职能类/);
  });

  it('checks the declared number of parts and quotes it as written', () => {
    const [f] = findingsOf('part-count-mismatch', report);
    assert.equal(f?.text, '六部分');
    assert.match(f.message, /從|從|“五、存在的主要問題及改進情況”/);
  });

  it('checks a 文号 and writes the correction in the report’s characters', () => {
    const [f] = findingsOf('doc-number-brackets', report);
    assert.equal(f?.text, '[2010]');
    assert.match(f.message, /“國辦發\[2010\]5號”/);
    assert.match(f.message, /“國辦發〔2010〕5號”/);
  });

  it('finds the parts written in traditional characters, and misses only the one left out', () => {
    assert.deepEqual(findingsOf('missing-section', report).map((f) => /“([^”]+)”部分/.exec(f.message)?.[1]), ['其他需要报告的事项']);
  });

  it('reads the national tables with traditional labels as written', () => {
    const file = fs.readdirSync(EXAMPLES).find((f) => f.includes('人民政府') && f.endsWith('.md'))!;
    const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
    const simplified = parseDocument(text).tables.filter((t) => t.national);
    const converted = parseDocument(traditional(text)).tables.filter((t) => t.national);
    assert.deepEqual(converted.map((t) => t.national!.id), simplified.map((t) => t.national!.id));
    assert.ok(converted.some((t) => t.national!.id === 'B'));
    converted.forEach((t, i) => {
      const labels = (n: typeof t.national) => n!.rows.map((r) => `${r.id} ${r.label.distance}`);
      assert.deepEqual(labels(t.national), labels(simplified[i].national));
      for (const r of t.national!.rows) assert.equal(r.label.written.text, traditional(r.label.written.text));
    });
    const b = converted.find((t) => t.national!.id === 'B')!.national!;
    assert.ok(b.rows.some((r) => /公開/.test(r.label.written.text)), 'labels are kept as written');
  });
});
