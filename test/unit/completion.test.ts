// Completion on real reports: the next section heading at the start of a line, the missing rows of a
// Table B or C while a new row is typed, and nothing in running text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectFindings, nationalTableLines, parseDocument, reportSkeletonLines } from '../../server/src/core';
import { completionsAt, type CompletionEntry } from '../../server/src/core/completion';
import { readExamples, readShared, sharedTest } from './fixtures';

const CURSOR = '‸';

/** Completions where the text has the cursor mark (which is removed before parsing). */
function at(marked: string): { text: string; offset: number; items: CompletionEntry[] } {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0 && marked.indexOf(CURSOR, offset + 1) < 0, 'one cursor mark');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, offset, items: completionsAt(parseDocument(text), offset) };
}

/** The lines of a report with lines [from, to) replaced. */
function splice(text: string, from: number, to: number, ...insert: string[]): string {
  const lines = text.split('\n');
  lines.splice(from, to - from, ...insert);
  return lines.join('\n');
}

/** The text of the example report of that year (examples/). */
function example(year: '2017' | '2024'): string {
  return readExamples().find(([name]) => name.includes(year))![1];
}

function lineIndex(text: string, startsWith: string): number {
  const i = text.split('\n').findIndex((l) => l.trimStart().startsWith(startsWith));
  assert.ok(i >= 0, `a line starting with ${startsWith}`);
  return i;
}

sharedTest('seed 003 (legacy, 2013): at the end the next heading is 五、 with the first part missing-section reports, then the others', () => {
  const seed = readShared('seeds', '003');
  const { items, offset } = at(`${seed}\n${CURSOR}`);
  // （二）主动公开的信息… and （一）存在问题 stand for those parts, for completion as for missing-section.
  assert.deepEqual(items.map((i) => i.label), [
    '五、依申请公开政府信息和不予公开政府信息的情况',
    '五、政府信息公开的收费及减免情况',
    '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
  ]);
  assert.ok(items.every((i) => i.kind === 'heading' && i.insertText === i.label && i.range.start === offset && i.range.end === offset));
  assert.match(items[0].detail.zh, /^下一部分（2008—2018年旧格式）：2007年《条例》第三十二条第（二）项$/);
  assert.match(items[1].detail.en, /^missing part/);

  // A half-typed number is kept and replaced.
  const typed = at(`${seed}\n  五、${CURSOR}`);
  assert.equal(typed.items[0].label, '五、依申请公开政府信息和不予公开政府信息的情况');
  assert.equal(typed.text.slice(typed.items[0].range.start, typed.items[0].range.end), '五、');
  // Between 三 and 四 the number follows 三.
  const line4 = lineIndex(seed, '四、其他相关情况');
  const between = at(splice(seed, line4, line4, CURSOR));
  assert.equal(between.items[0].label, '四、依申请公开政府信息和不予公开政府信息的情况');
});

test('example 2017 (legacy, 三、 left out on purpose): in the gap before 四、 the missing parts come as 三、; at the end as 七、', () => {
  const text = example('2017');
  const gap = lineIndex(text, '四、因政府信息公开申请行政复议');
  const inGap = at(splice(text, gap, gap, CURSOR));
  assert.deepEqual(inGap.items.map((i) => i.label), ['三、依申请公开政府信息和不予公开政府信息的情况', '三、政府信息公开的收费及减免情况']);
  assert.ok(inGap.items.every((i) => i.kind === 'heading' && i.range.start === inGap.offset));
  const end = at(`${text}\n${CURSOR}`).items;
  assert.deepEqual(end.map((i) => i.label), ['七、依申请公开政府信息和不予公开政府信息的情况', '七、政府信息公开的收费及减免情况']);
  assert.match(end[0].detail.zh, /^下一部分（2008—2018年旧格式）：2007年《条例》第三十二条第（二）项$/);
});

test('example 2024 (2021 format) with 三 removed: 三、收到和处理政府信息公开申请情况 is offered; the complete report offers nothing', () => {
  const text = example('2024');
  const from = lineIndex(text, '三、收到和处理政府信息公开申请情况');
  const to = lineIndex(text, '四、政府信息公开行政复议、行政诉讼情况');
  const without3 = at(splice(text, from, to, CURSOR, ''));
  assert.deepEqual(without3.items.map((i) => i.label), ['三、收到和处理政府信息公开申请情况']);
  assert.match(without3.items[0].detail.zh, /2021年格式.*《条例》第五十条第一款第（二）项/);
  const six = lineIndex(text, '六、其他需要报告的事项');
  assert.deepEqual(at(splice(text, six, six, CURSOR)).items, []);
});

test('a half-typed Table B row in example 2024 ("a / b / c" labels): the missing rows, in order, written the same way', () => {
  const text = example('2024');
  const first = lineIndex(text, '| 三、本年度办理结果 / （五）不予处理 / 3.');
  const { items } = at(splice(text, first, first + 3, `| ${CURSOR}`));
  assert.deepEqual(items.map((i) => i.label), ['3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']);
  assert.equal(items[0].insertText, '三、本年度办理结果 / （五）不予处理 / 3.要求提供公开出版物 | ');
  assert.ok(items.every((i) => i.kind === 'rowLabel' && i.range.start === i.range.end));
});

sharedTest('2021 report (淮安 2024) with 三 removed: 三、收到和处理政府信息公开申请情况 is offered first; with 五 removed too, it follows', () => {
  const report = readShared('corpus', '2024_huaian');
  const from = lineIndex(report, '三、收到和处理政府信息公开申请情况');
  const to = lineIndex(report, '四、政府信息公开行政复议、行政诉讼情况');
  const without3 = splice(report, from, to, CURSOR, '');
  const one = at(without3);
  assert.deepEqual(one.items.map((i) => i.label), ['三、收到和处理政府信息公开申请情况']);
  assert.match(one.items[0].detail.zh, /2021年格式.*《条例》第五十条第一款第（二）项/);
  assert.equal(at(splice(without3, from, from + 1, `三${CURSOR}`)).items[0].label, '三、收到和处理政府信息公开申请情况');

  const from5 = lineIndex(without3, '五、存在的主要问题及改进情况');
  const to5 = lineIndex(without3, '六、其他需要报告的事项');
  const without35 = splice(without3, from5, to5);
  assert.deepEqual(at(without35).items.map((i) => i.label), ['三、收到和处理政府信息公开申请情况', '三、存在的主要问题及改进情况']);
  // After 四 the next one is 五, numbered so.
  const after4 = splice(without35.replace(CURSOR, ''), lineIndex(without35, '六、其他需要报告的事项'), lineIndex(without35, '六、其他需要报告的事项'), CURSOR, '');
  assert.deepEqual(at(after4).items.map((i) => i.label), ['五、存在的主要问题及改进情况', '五、收到和处理政府信息公开申请情况']);
});

sharedTest('a complete report offers no heading', () => {
  const report = readShared('corpus', '2024_huaian');
  const line = lineIndex(report, '六、其他需要报告的事项');
  assert.deepEqual(at(splice(report, line, line, CURSOR)).items, []);
});

sharedTest('a half-typed Table B row in 淮安 2024 ("a / b / c" labels): the missing rows, in order, written the same way', () => {
  const report = readShared('corpus', '2024_huaian');
  const first = lineIndex(report, '| 三、本年度办理结果 / （五）不予处理 / 3.');
  const { items, text } = at(splice(report, first, first + 3, `| ${CURSOR}`));
  assert.deepEqual(items.map((i) => i.label), ['3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']);
  assert.equal(items[0].insertText, '三、本年度办理结果 / （五）不予处理 / 3.要求提供公开出版物 | ');
  assert.ok(items.every((i) => i.kind === 'rowLabel' && i.range.start === i.range.end));
  assert.match(items[0].detail.zh, /表三的行（2021年格式），属于“三、本年度办理结果 \/ （五）不予处理”/);
  // Accepting the first one gives a row the parser reads as 三（五）3.
  const accepted = text.slice(0, items[0].range.start) + items[0].insertText + '0 | 0 | 0 | 0 | 0 | 0 | 0 |' + text.slice(items[0].range.end);
  const b = parseDocument(accepted).tables.find((t) => t.national?.id === 'B')!.national!;
  assert.equal(b.cell('三（五）3', '总计')?.value, 0);
});

test('Table B in the template layout (three label columns): missing rows with their group cells, in the format of the table', () => {
  const table = nationalTableLines('B', '2021', 'markdown');
  const i = table.findIndex((l) => l.includes('1.属于国家秘密'));
  const items = at([...table.slice(0, i), `| ${CURSOR}`, ...table.slice(i + 2)].join('\n')).items;
  assert.deepEqual(items.map((x) => x.label), ['1.属于国家秘密', '2.其他法律行政法规禁止公开']);
  assert.equal(items[0].insertText, '三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | ');

  // A 2019 table (its single （六） row tells) lacking 一 and 二: the 2021 （六） sub-rows are not offered.
  const t2019 = nationalTableLines('B', '2019', 'markdown');
  const top = t2019.findIndex((l) => l.includes('一、本年新收'));
  const items2019 = at([...t2019.slice(0, top), `|${CURSOR}`, ...t2019.slice(top + 2)].join('\n')).items;
  assert.deepEqual(items2019.map((x) => x.label), ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量']);
  assert.equal(items2019[0].insertText, '一、本年新收政府信息公开申请数量 | | | ');
  assert.match(items2019[1].detail.zh, /2019年试行格式/);
});

test('a Table B being started (header and one row) is recognized by its header; labels are filtered by nothing server-side', () => {
  const header = nationalTableLines('B', '2021', 'markdown').slice(0, 3);
  const items = at([...header, `| 二${CURSOR}`].join('\n')).items;
  assert.equal(items.length, 24, 'the 25 rows of the 2021 format but 一');
  assert.equal(items[0].label, '二、上年结转政府信息公开申请数量');
  // Text after the cursor in the cell: no separator added.
  const mid = at([...header, `| ${CURSOR} | 0 |`].join('\n')).items;
  assert.equal(mid[0].insertText, '二、上年结转政府信息公开申请数量 | |');
});

test('Table C: the outcome row and then the data row are offered while the table is typed', () => {
  const [groups, delimiter, outcomes] = nationalTableLines('C', '2021', 'markdown');
  const one = at([groups, delimiter, `| ${CURSOR}`].join('\n')).items;
  assert.deepEqual(one.map((i) => i.insertText), [outcomes.slice(2)]);
  const two = at([groups, delimiter, outcomes, `|${CURSOR}`].join('\n')).items;
  assert.equal(two.length, 1);
  assert.match(two[0].insertText, /^0 \| 0 \|.*\| 0 \|$/);
});

sharedTest('a complete Table C (淮安 2024) offers nothing', () => {
  const report = readShared('corpus', '2024_huaian');
  const dataRow = lineIndex(report, '| 72 | 64 |');
  assert.deepEqual(at(splice(report, dataRow + 1, dataRow + 1, `| ${CURSOR}`)).items, []);
});

sharedTest('nothing in running text, in data cells, in Table A, before text on the line, or for inline enumerations', () => {
  const report = readShared('corpus', '2024_huaian');
  const mark = (needle: string, shift = 0) => {
    const i = report.indexOf(needle);
    assert.ok(i >= 0, needle);
    return report.slice(0, i + shift) + CURSOR + report.slice(i + shift);
  };
  assert.deepEqual(at(mark('政策解读质量', 2)).items, [], 'middle of a sentence');
  assert.deepEqual(at(mark('对照上级新要求')).items, [], 'start of a line with text after the cursor');
  assert.deepEqual(at(mark('| 3001 |', 4)).items, [], 'a data cell of Table B');
  const a = lineIndex(report, '| 规章');
  assert.deepEqual(at(splice(report, a + 1, a + 1, `| ${CURSOR}`)).items, [], 'Table A');
  const seed = readShared('seeds', '003');
  assert.deepEqual(at(`${seed}\n一是${CURSOR}`).items, [], '一是… is not a heading');
  assert.deepEqual(at(`${seed}\n三、本年度，${CURSOR}`).items, [], 'a sentence after a number');
});

test('bad input: binary, empty, offsets out of range', () => {
  assert.deepEqual(completionsAt(parseDocument('\u0000\u0001binary'), 3), []);
  const empty = completionsAt(parseDocument(''), 0);
  assert.equal(empty[0]?.label, '一、总体情况', 'a new document is taken to be in the current format');
  const skeleton = reportSkeletonLines({ era: '2021', kind: 'department', year: 2023, style: 'markdown' }).join('\r\n');
  const doc = parseDocument(skeleton);
  for (const offset of [-1, Number.NaN, skeleton.length + 5]) assert.deepEqual(completionsAt(doc, offset), []);
  for (let o = 0; o <= skeleton.length; o += 7) completionsAt(doc, o);
});

sharedTest('CRLF line breaks (seed 003)', () => {
  const crlf = at(splice(readShared('seeds', '003'), 0, 0).replace(/\n/g, '\r\n') + `\r\n${CURSOR}\r\n`).items;
  assert.equal(crlf[0]?.label, '五、依申请公开政府信息和不予公开政府信息的情况');
});

sharedTest('completion offers exactly the parts missing-section reports (one judgement, analysis/structure)', () => {
  for (const name of ['002', '003']) {
    const seed = readShared('seeds', name);
    const text = `${seed}\n${CURSOR}`;
    const offered = at(text).items.map((i) => i.label.replace(/^[一二三四五六七八九十]+、/, ''));
    const doc = parseDocument(text.replace(CURSOR, ''));
    const reported = collectFindings(doc).filter((f) => f.ruleId === 'missing-section' && f.start >= doc.reports[doc.reports.length - 1].start);
    assert.equal(offered.length, reported.length, `${name}: ${offered.join(' | ')}`);
    for (const heading of offered) assert.ok(reported.some((f) => f.message.zh.includes(heading)), `${name}: ${heading} offered but not reported`);
  }
});

