// What one check computes must die with the parsed document, in V8's young generation (memo.ts, edits/lazyFix.ts):
// analyses are memoized on the parsed objects, never in a module-level WeakMap, and fixes worked out lazily
// carry no getters of their own. Both mistakes once made every check promote its results to the old generation.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { collectFindings, parseDocument } from '../../server/src/core';
import { memoized, remembered } from '../../server/src/core/memo';
import { LazyFix } from '../../server/src/core/edits/lazyFix';

const CORE = path.join(__dirname, '..', '..', 'server', 'src', 'core');

test('memoized computes once per owner, an undefined result included', () => {
  type Owner = { n: number; memo?: Map<symbol, unknown> };
  let calls = 0;
  const f = memoized((o: Owner) => {
    calls++;
    return o.n > 0 ? o.n * 2 : undefined;
  });
  const a: Owner = { n: 2 };
  const b: Owner = { n: 0 };
  assert.equal(f(a), 4);
  assert.equal(f(a), 4);
  assert.equal(f(b), undefined);
  assert.equal(f(b), undefined);
  assert.equal(calls, 2);
  // Another memoized function has a slot of its own on the same owner.
  assert.equal(remembered(a, Symbol('other'), () => 'x'), 'x');
  assert.equal(f(a), 4);
  assert.equal(calls, 2);
});

test('a LazyFix works out its edits and title once, on first read, and serializes like a plain fix', () => {
  let plans = 0;
  let titles = 0;
  const fix = new LazyFix(
    () => {
      titles++;
      return { zh: '改', en: 'fix' };
    },
    () => {
      plans++;
      return [{ start: 1, end: 2, newText: '二' }];
    },
    false,
  );
  assert.equal(plans, 0);
  assert.equal(titles, 0);
  assert.equal(fix.edits, fix.edits);
  assert.equal(fix.title.zh, '改');
  assert.equal(fix.title.en, 'fix');
  assert.deepEqual([plans, titles], [1, 1]);
  assert.deepEqual(JSON.parse(JSON.stringify(fix)), { title: { zh: '改', en: 'fix' }, edits: [{ start: 1, end: 2, newText: '二' }], safe: false });
});

test('no fix of a check has getters of its own (each would get a hidden class in the old generation)', () => {
  // Missing parts (missing-section's insertions) and a gap in the numbering (heading-sequence's renumbering).
  const text = [
    '青禾县民政局2018年政府信息公开工作年度报告',
    '',
    '一、主动公开政府信息情况',
    '全年主动公开政府信息120条。',
    '',
    '三、政府信息公开工作存在的主要问题及改进情况',
    '公开内容还不够全面，下一步将进一步完善。',
    '',
    '五、其他需要报告的事项',
    '无。',
  ].join('\n');
  const findings = collectFindings(parseDocument(text));
  const fixes = findings.flatMap((f) => f.fixes ?? []);
  const rules = new Set(findings.filter((f) => f.fixes?.length).map((f) => f.ruleId));
  assert.ok(rules.has('missing-section') && rules.has('heading-sequence'), [...rules].join(', '));
  for (const fix of fixes) {
    for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(fix))) assert.equal(d.get, undefined, `a fix's own getter "${name}"`);
    for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(fix.title))) assert.equal(d.get, undefined, `a fix title's own getter "${name}"`);
    assert.ok(Array.isArray(fix.edits) && fix.edits.length > 0);
  }
});

test('the core keeps no module-level WeakMap (its values survive young collections: use memo.ts)', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        fs.readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
          if (/new WeakMap\b/.test(line) && !/^\s*(\/\/|\*)/.test(line)) offenders.push(`${path.relative(CORE, p)}:${i + 1}`);
        });
      }
    }
  };
  walk(CORE);
  assert.ok(fs.existsSync(path.join(CORE, 'memo.ts')));
  assert.deepEqual(offenders, []);
});
