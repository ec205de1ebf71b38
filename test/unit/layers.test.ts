// The layering of the code (docs/architecture.md): dependency-cruiser checks .dependency-cruiser.cjs —
// no import cycle (type-only imports included), layers that only point down, features that never import
// rules, rule files that never import each other, adapters that use the core through core/index.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');

test('the import graph has no cycle and keeps its layers (dependency-cruiser)', () => {
  const bin = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const r = spawnSync(process.execPath, [bin, 'server/src', 'cli/src', 'client/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  // It really looked at the code: every core module was cruised.
  const m = /(\d+) modules, (\d+) dependencies cruised/.exec(r.stdout);
  assert.ok(m && Number(m[1]) > 90, r.stdout);
});
