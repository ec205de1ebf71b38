// Long runs of white space (a pasted layout, a hostile file) must not make a regular expression try every
// position of the run again: `[ \u3000]+$` on a run that does not end the string is quadratic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { collectFindings, parseDocument } from '../../server/src/core';

const TITLE = '某县2024年政府信息公开工作年度报告';
const RUN = ' \u3000'.repeat(20_000);
const SHAPES: Array<[string, string]> = [
  ['in a heading', `${TITLE}\n一、总体情况${RUN}x\n`],
  ['after a heading marker', `${TITLE}\n一、${' '.repeat(40_000)}x\n`],
  ['in a paragraph', `${TITLE}\n一、总体情况\n共${RUN}x\n`],
  ['in a short line that could be an unnumbered heading', `${TITLE}\n一、总体情况\n${RUN}其他需要报告的事项${RUN}*\n`],
  ['in the title before the year', `某县${RUN}2024年政府信息公开工作年度报告\n一、总体情况\n`],
  ['before the "|" after the signature date', `${TITLE}\n一、总体情况\n正文。\n2025年1月20日${RUN}|\n`],
];

for (const [where, text] of SHAPES) {
  test(`40 000 characters of white space ${where}: parse + check in linear time`, () => {
    const t0 = performance.now();
    const findings = collectFindings(parseDocument(text));
    const ms = performance.now() - t0;
    // A generous bound: the quadratic regular expressions took from 10 s to minutes here.
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
    for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length);
  });
}

test('the run is still white space to the rules: a heading followed by spaces has its title, a signature date its role', () => {
  const doc = parseDocument(`${TITLE}\n一、总体情况${'  '.repeat(3)}\n正文。\n2025年1月20日  |\n`);
  assert.equal(doc.headings[0].title.text, '总体情况');
  assert.equal(doc.reports[0].signature?.date?.raw, '2025年1月20日');
});
