// The rule docs in docs/rules are generated from the metadata; they must be up to date and complete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedDocs } from '../../server/src/core/ruleDocs';
import { RULES } from '../../server/src/core/rules/registry';

const root = path.join(__dirname, '..', '..');

test('docs/rules matches the metadata (run `npm run docs` after changing a rule)', () => {
  for (const [rel, content] of generatedDocs()) {
    const file = path.join(root, rel);
    assert.ok(fs.existsSync(file), `${rel} is missing`);
    assert.equal(fs.readFileSync(file, 'utf8'), content, `${rel} is stale`);
  }
});

test('every rule has a kebab-case id, both languages and a basis', () => {
  const ids = new Set<string>();
  for (const r of RULES) {
    assert.match(r.meta.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(!ids.has(r.meta.id), `duplicate id ${r.meta.id}`);
    ids.add(r.meta.id);
    for (const t of [r.meta.title, r.meta.doc.what, r.meta.doc.why, r.meta.doc.basis]) {
      assert.ok(/[\u4e00-\u9fff]/.test(t.zh), `${r.meta.id}: Chinese text`);
      assert.ok(/[A-Za-z]/.test(t.en), `${r.meta.id}: English text`);
    }
  }
});
