import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listShared, readShared, sharedTest } from '../fixtures';
import { findingsOf } from './helpers';

const ID = 'part-count-mismatch';
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const HAN = '一二三四五六七八九十';

function report(intro: string, sections: number, body = '正文内容。'): string {
  const parts = Array.from({ length: sections }, (_, i) => `${HAN[i]}、第${HAN[i]}部分的标题\n\n${body}\n`);
  return `某县某局2015年政府信息公开工作年度报告\n\n${intro}\n\n${parts.join('\n')}`;
}

test('"…等六部分组成" with seven level-1 sections is flagged on the number', () => {
  const found = findingsOf(ID, report('全文由概述、主动公开、依申请公开、复议诉讼、收费减免、主要问题和改进措施等六部分组成。', 7));
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].line, 3);
  assert.equal(found[0].text, '六部分');
  assert.match(found[0].message, /由“六部分”组成，但报告有 7 个一级标题（从“一、第一部分的标题”到“七、第七部分的标题”）/);
  assert.equal(found[0].finding.related!.length, 7);
});

test('other wordings: 共分为五个部分, 由…等七个方面组成, 共九个部分, 等6个部分', () => {
  assert.deepEqual(findingsOf(ID, report('本报告共分为五个部分。', 6)).map((f) => f.text), ['五个部分']);
  assert.deepEqual(findingsOf(ID, report('本报告由总体情况、主动公开等七个方面组成。', 6)).map((f) => f.text), ['七个方面']);
  assert.deepEqual(findingsOf(ID, report('本年度报告共九个部分。', 8)).map((f) => f.text), ['九个部分']);
  assert.deepEqual(findingsOf(ID, report('全文包括总体情况等6个部分。', 5)).map((f) => f.text), ['6个部分']);
});

test('a matching count, a count without a number, and counts that are not about the report are left alone', () => {
  assert.deepEqual(findingsOf(ID, report('全文由总体情况、……、其他需要报告的事项等六个部分组成。', 6)), []);
  assert.deepEqual(findingsOf(ID, report('本报告主要由概述、……及附表等几方面组成。', 3)), []);
  // Not in the introduction: a count inside a section is about the work, not the report.
  assert.deepEqual(findingsOf(ID, report('现将有关情况报告如下。', 3, '我局重点从五个方面加以改进，共分为五个部分开展。')), []);
  // Not about the report: 《条例》第三十二条所规定的六方面内容.
  assert.deepEqual(findingsOf(ID, report('按照《条例》第三十二条所规定的六方面内容，结合实际开展工作。', 5)), []);
});

test('not judged when the level-1 headings are not numbered 1…M (a heading may have been missed)', () => {
  const text = report('全文由总体情况等六部分组成。', 5).replace('四、第四部分的标题', '六、第四部分的标题');
  assert.deepEqual(findingsOf(ID, text), []);
  assert.equal(findingsOf(ID, report('全文由总体情况等六部分组成。', 5)).length, 1);
});

test('an attachment counted as a part is not a mismatch', () => {
  assert.deepEqual(findingsOf(ID, report('全文由概述、主动公开、依申请公开、复议诉讼、主要问题和改进措施及附表等六部分组成。', 5)), []);
  // …but it does not excuse other differences.
  assert.equal(findingsOf(ID, report('全文由概述、主动公开、依申请公开及附表等六部分组成。', 3)).length, 1);
});

sharedTest('seed 001: line 7 says 六部分, the first report has seven sections; nothing else in the seeds and corpus', () => {
  const found = findingsOf(ID, readShared('seeds', '001'));
  assert.deepEqual(found.map((f) => [f.line, f.severity, f.text]), [[7, 'warning', '六部分']]);
  assert.match(found[0].message, /7 个一级标题（从“一、概述”到“七、政府信息公开工作存在的主要问题及改进措施”）/);
  // seed 002 says "等几方面组成": no number.
  for (const f of listShared('seeds').filter((n) => !n.startsWith('001'))) assert.deepEqual(findingsOf(ID, readShared('seeds', f)), [], f);
  for (const f of listShared('corpus')) assert.deepEqual(findingsOf(ID, readShared('corpus', f)), [], f);
});

test('examples: the 2024 report says 六个部分 and has six sections', () => {
  for (const f of fs.readdirSync(EXAMPLES).filter((n) => n !== 'README.md')) {
    assert.deepEqual(findingsOf(ID, fs.readFileSync(path.join(EXAMPLES, f), 'utf8')), [], f);
  }
  assert.match(fs.readFileSync(path.join(EXAMPLES, '青禾县人民政府2024年政府信息公开工作年度报告.md'), 'utf8'), /等六个部分/);
});

// ---------------- annexes ----------------

/** Five parts, then an annex as the last level-1 section. */
function withAnnex(intro: string, annex: string): string {
  return report(intro, 5).trimEnd() + `\n\n六、${annex}\n\n| 项目 | 数量 |\n|---|---|\n| 主动公开 | 3 |\n`;
}

test('an annex heading the introduction does not count is not a part: no finding', () => {
  assert.deepEqual(findingsOf(ID, withAnnex('本报告共分为五个部分。', '政府信息公开情况统计表')), []);
  assert.deepEqual(findingsOf(ID, withAnnex('本报告共分为五个部分。', '附件：2015年政府信息公开工作情况统计表')), []);
});

test('an annex heading the introduction counts ("……及附表等六部分") agrees as well', () => {
  assert.deepEqual(findingsOf(ID, withAnnex('本报告由概述、主动公开、依申请公开、收费、问题和改进以及附表等六部分组成。', '附表')), []);
});

test('a wrong count next to an annex is advised in the sentence\'s own way of counting', () => {
  // The sentence does not list the annex: the right number is the five parts, not six sections.
  const f = findingsOf(ID, withAnnex('本报告共分为四个部分。', '政府信息公开情况统计表'));
  assert.deepEqual(f.map((x) => x.text), ['四个部分']);
  assert.match(f[0].message, /把开头的数字改为 5，/);
  // The sentence lists 附表 that is no heading: six.
  const g = findingsOf(ID, report('本报告由概述、主动公开、依申请公开、收费、问题和改进以及附表等七部分组成。', 5));
  assert.match(g[0].message, /把开头的数字改为 6，/);
});
