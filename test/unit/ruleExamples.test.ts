// Every rule's doc example is a test: its wrong text gives a finding of that rule on the example itself,
// its right text none (docs/rules shows the same texts; RuleExample in server/src/core/rules/types.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReportSet, collectFindings, parseDocument, RULES, type Finding } from '../../server/src/core';
import type { Rule, RuleExample } from '../../server/src/core/rules/types';
import { exampleDocument } from './ruleExamples';

/** A rule over a set of reports is checked on the example together with last year's report, when it has one. */
function findingsOf(rule: Rule, example: RuleExample, text: string): Finding[] {
  if (!rule.checkSet) return collectFindings(parseDocument(text));
  const entries = [{ uri: 'this-year.md', doc: parseDocument(text) }];
  if (example.lastYear) entries.unshift({ uri: 'last-year.md', doc: parseDocument(exampleDocument(example, 'lastYear').text) });
  return checkReportSet(entries).get('this-year.md') ?? [];
}

for (const rule of RULES) {
  const id = rule.meta.id;
  test(`${id}: the doc example's wrong text gives a ${id} finding on it, the right text none`, () => {
    const example = rule.meta.doc.example;
    assert.ok(example, `${id} has no doc example`);
    const wrong = exampleDocument(example, 'wrong');
    const found = findingsOf(rule, example, wrong.text).filter((f) => f.ruleId === id);
    assert.ok(found.length > 0, `${id}: the wrong example gives no finding`);
    assert.ok(
      found.some((f) => f.start < wrong.end && f.end > wrong.start),
      `${id}: the wrong example's findings are elsewhere in the document: ${found.map((f) => wrong.text.slice(f.start, f.end)).join(' | ')}`,
    );
    const right = exampleDocument(example, 'right');
    const left = findingsOf(rule, example, right.text).filter((f) => f.ruleId === id);
    assert.deepEqual(left.map((f) => f.message.zh), [], `${id}: the right example gives a finding`);
  });
}
