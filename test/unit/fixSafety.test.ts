// The fix safety a rule declares (RuleMeta.fix) agrees with the fixes it emits: a rule declaring `none`
// emits none; one declaring `safe` emits a safe fix somewhere; one declaring `unsafe` emits fixes, never a
// safe one. Fixes are worked out lazily, so every fix's edits are read here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFindings, parseDocument, RULES } from '../../server/src/core';
import { SHARED, sharedTest } from './fixtures';
import { exampleDocument } from './ruleExamples';

const root = path.join(__dirname, '..', '..');

interface Emitted {
  safe: number;
  unsafe: number;
  /** Where a fix was emitted that its rule's declaration rules out. */
  disagreements: string[];
}

function reportsIn(dir: string): Array<[string, string]> {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f) && f !== 'INDEX.md' && f !== 'README.md')
    .sort()
    .map((f) => [path.relative(root, path.join(dir, f)), fs.readFileSync(path.join(dir, f), 'utf8')]);
}

function ruleExampleTexts(): Array<[string, string]> {
  return RULES.flatMap((r) => {
    const example = r.meta.doc.example;
    if (!example) return [];
    return (['wrong', 'right'] as const).map((w): [string, string] => [`${r.meta.id} doc example (${w})`, exampleDocument(example, w).text]);
  });
}

function sweep(texts: Array<[string, string]>): Map<string, Emitted> {
  const byRule = new Map(RULES.map((r) => [r.meta.id, { safe: 0, unsafe: 0, disagreements: [] } as Emitted]));
  for (const [name, text] of texts) {
    for (const finding of collectFindings(parseDocument(text))) {
      const rule = RULES.find((r) => r.meta.id === finding.ruleId);
      const emitted = byRule.get(finding.ruleId);
      if (!rule || !emitted) continue; // a parser problem, not a rule
      for (const fix of finding.fixes ?? []) {
        // Reading the edits works a lazy fix out: it must change something.
        assert.ok(fix.edits.length > 0, `${name}: a ${finding.ruleId} fix without edits: ${fix.title.zh}`);
        if (fix.safe) emitted.safe++;
        else emitted.unsafe++;
        const declared = rule.meta.fix;
        if (declared === 'none' || (declared === 'unsafe' && fix.safe)) {
          emitted.disagreements.push(`${name}: ${fix.safe ? 'safe' : 'unsafe'} fix “${fix.title.zh}”`);
        }
      }
    }
  }
  return byRule;
}

function assertAgrees(byRule: Map<string, Emitted>, { emitsWhatItDeclares }: { emitsWhatItDeclares: boolean }): void {
  for (const rule of RULES) {
    const { id, fix: declared } = rule.meta;
    const emitted = byRule.get(id)!;
    assert.deepEqual(emitted.disagreements.slice(0, 5), [], `${id} declares fix "${declared}" but emits`);
    if (!emitsWhatItDeclares) continue;
    if (declared === 'safe') assert.ok(emitted.safe > 0, `${id} declares safe fixes but emits no safe fix`);
    if (declared === 'unsafe') assert.ok(emitted.unsafe > 0, `${id} declares offered (unsafe) fixes but emits none`);
  }
}

test('fixes agree with the safety each rule declares (examples/ and the rules\' doc examples)', () => {
  const texts = [...reportsIn(path.join(root, 'examples')), ...ruleExampleTexts()];
  // Every rule that declares a fix shows one in these texts: the declaration is checked without ../shared.
  assertAgrees(sweep(texts), { emitsWhatItDeclares: true });
});

sharedTest('fixes agree with the safety each rule declares (the real reports in ../shared)', () => {
  const texts = [...reportsIn(path.join(SHARED, 'seeds')), ...reportsIn(path.join(SHARED, 'corpus')), ...reportsIn(path.join(SHARED, 'corpus', 'more'))];
  assert.ok(texts.length > 40, `only ${texts.length} shared reports found`);
  assertAgrees(sweep(texts), { emitsWhatItDeclares: false });
});
