import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listShared, readShared, sharedTest } from '../fixtures';
import { findingsOf } from './helpers';

const ID = 'heading-sequence';
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const TITLE = '某县某局2015年政府信息公开工作年度报告\n\n现将本局2015年政府信息公开工作情况报告如下。\n\n';

/** Lines joined with blank lines between them, after the title and an opening paragraph (so line n+4 is lines[n-1]… see `at`). */
function doc(lines: string[]): string {
  return TITLE + lines.join('\n\n') + '\n';
}
/** 1-based line of lines[i] in doc(lines). */
const at = (i: number) => 5 + 2 * i;

test('一、二、三、 and nested lists in sequence: nothing', () => {
  const text = doc(['一、概述', '（一）加强领导', '（二）健全制度', '二、主动公开政府信息情况', '1.数量', '2.内容', '3.形式', '三、依申请公开情况']);
  assert.deepEqual(findingsOf(ID, text), []);
});

test('a gap among level-1 headings (一、二、四、) is flagged on the heading after the gap', () => {
  const lines = ['一、概述', '二、主动公开政府信息情况', '四、因政府信息公开申请行政复议、提起行政诉讼的情况', '五、存在的主要问题及改进措施'];
  const found = findingsOf(ID, doc(lines));
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].line, at(2));
  assert.equal(found[0].text, '四、因政府信息公开申请行政复议、提起行政诉讼的情况');
  assert.match(found[0].message, /“二、”（第 7 行）之后是“四、因政府信息公开申请行政复议、提起行政诉讼的情况”，缺少“三、”/);
});

test('a duplicate (two 三、) is flagged on the second one', () => {
  const found = findingsOf(ID, doc(['一、概述', '二、主动公开', '三、依申请公开', '三、收费及减免情况', '四、存在问题']));
  assert.deepEqual(found.map((f) => f.line), [at(3)]);
  assert.match(found[0].message, /重复或倒退/);
  // …and so is a number going back.
  const back = findingsOf(ID, doc(['一、概述', '二、主动公开', '三、依申请公开', '二、收费及减免情况']));
  assert.deepEqual(back.map((f) => f.line), [at(3)]);
});

test('a list that does not start at 1 is flagged; a second list starting again at 1 is not', () => {
  const found = findingsOf(ID, doc(['一、概述', '（二）健全制度', '（三）加强培训', '二、主动公开']));
  assert.deepEqual(found.map((f) => [f.line, f.text]), [[at(1), '（二）健全制度']]);
  assert.match(found[0].message, /第一个，序号却是“（二）”，前面没有“（一）”/);
  const twoLists = doc(['一、存在问题和改进措施', '1.公开不够及时', '2.人员不足', '下一步，我们将做好以下工作：', '1.加强培训', '2.完善制度', '3.强化监督']);
  assert.deepEqual(findingsOf(ID, twoLists), []);
});

test('markers of different forms in one list (1、 then 2.) are not a gap', () => {
  assert.deepEqual(findingsOf(ID, doc(['一、重点领域信息公开', '1、依法公开环境质量状况', '2.依法公开环评审批信息', '3.依法公开污染源监管信息'])), []);
});

test('a number written in the middle of a line (not a heading) is not a gap', () => {
  const text = doc(['一、改进措施', '1.加强培训，提高能力；2.完善制度，规范流程。', '3.强化监督']);
  assert.deepEqual(findingsOf(ID, text), []);
  // Without the inline 2. it is a gap.
  const gap = findingsOf(ID, doc(['一、改进措施', '1.加强培训，提高能力。', '3.强化监督']));
  assert.deepEqual(gap.map((f) => [f.line, f.text]), [[at(2), '3.强化监督']]);
  assert.match(gap[0].message, /缺少“2\.”/);
});

test('level out of order: （一） before the first 一、, and 1. before the first （一） of a part', () => {
  const early = findingsOf(ID, doc(['（一）工作概况', '一、主动公开政府信息情况', '二、依申请公开政府信息情况']));
  assert.equal(early.length, 1);
  assert.equal(early[0].text, '（一）工作概况');
  assert.match(early[0].message, /出现在全文第一个“一、”级标题（第 7 行“一、主动公开政府信息情况”）之前/);
  const mixed = findingsOf(ID, doc(['一、概述', '1.基本情况', '（一）加强领导', '（二）健全制度', '二、主动公开']));
  assert.deepEqual(mixed.map((f) => [f.line, f.text]), [[at(1), '1.基本情况']]);
  assert.match(mixed[0].message, /“1\.”级标题，却出现在同一部分第一个“（一）”级标题（第 9 行“（一）加强领导”）之前/);
});

test('skipping a level (1. directly under 一、 while another part uses （一）) is tolerated', () => {
  const text = doc(['一、主动公开政府信息情况', '1.主动公开数量', '2.主动公开内容', '二、存在的主要问题及改进措施', '（一）主要问题', '1.质量有待提高', '（二）改进措施', '1.充实内容']);
  assert.deepEqual(findingsOf(ID, text), []);
});

sharedTest('seeds and corpus: no finding (seed 001 skips （一） under 二、 in 第二篇/第三篇; seed 004 mixes 1、 and 2.)', () => {
  for (const f of listShared('seeds')) assert.deepEqual(findingsOf(ID, readShared('seeds', f)), [], f);
  for (const f of listShared('corpus')) assert.deepEqual(findingsOf(ID, readShared('corpus', f)), [], f);
});

test('examples: the 2017 report jumps from 二、 to 四、 on line 41; the 2024 report is in sequence', () => {
  const read = (name: string) => fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
  const found = findingsOf(ID, read('青禾县自然资源局2017年政府信息公开工作年度报告.txt'));
  assert.deepEqual(found.map((f) => [f.line, f.severity]), [[41, 'warning']]);
  assert.match(found[0].message, /“二、”（第 21 行）之后是“四、因政府信息公开申请行政复议、提起行政诉讼的情况”，缺少“三、”/);
  assert.deepEqual(findingsOf(ID, read('青禾县人民政府2024年政府信息公开工作年度报告.md')), []);
});

test('a report\'s only top-level heading, numbered late, is not a list that skips its start', () => {
  // Page chrome: a site column label with its code, in a report that has no headings of its own.
  const chrome = '某乡2010年政府信息公开工作年度报告\n\n六、年度政府信息公开工作报告0600\n\n本乡全年主动公开政府信息65条。\n';
  assert.deepEqual(findingsOf('heading-sequence', chrome), []);
  // With a second heading the late start is told.
  assert.equal(findingsOf('heading-sequence', chrome.replace('本乡全年', '七、其他\n\n本乡全年')).length, 1);
});
