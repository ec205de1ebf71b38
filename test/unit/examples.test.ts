// examples/expected.json lists every finding the CLI gives on the example reports, and nothing else:
// compared both ways, at every severity. Information and hint findings count too, because the README
// promises that anything outside its table is a false alarm. The README's tables are written from the
// same file (npm run docs) and must be up to date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core';
import { EXAMPLES_DIR, README_FILE, expectedFindings, withErrorTables, type ExpectedFinding } from '../../scripts/examplesReadme';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const reports = fs.readdirSync(EXAMPLES_DIR).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort();
const expected = expectedFindings();

interface CliOutput {
  files: Array<{ path: string; diagnostics: Array<{ ruleId: string; severity: string; range: { start: { line: number } } }> }>;
}

/** `file:line ruleId severity`, one string per finding, sorted: two lists of them compare as multisets. */
function keys(findings: Array<{ file: string; line: number; ruleId: string; severity: string }>): string[] {
  return findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.severity}`).sort();
}

function without(all: string[], taken: string[]): string[] {
  const rest = [...all];
  for (const k of taken) {
    const i = rest.indexOf(k);
    if (i >= 0) rest.splice(i, 1);
  }
  return rest;
}

test('expected.json names the example reports and real rules, and each consequence follows an entry of its file', () => {
  assert.deepEqual(reports.length, 2);
  const ids = new Set(RULES.map((r) => r.meta.id));
  for (const e of expected) {
    assert.ok(reports.includes(e.file), `${e.file} is not an example report`);
    assert.ok(ids.has(e.ruleId), `${e.ruleId} is not a rule`);
    assert.ok(e.zh && e.en, `${e.file}:${e.line}: a note in both languages`);
    if (e.consequenceOf !== undefined) {
      assert.ok(
        expected.some((x: ExpectedFinding) => x !== e && x.file === e.file && x.line === e.consequenceOf && x.consequenceOf === undefined),
        `${e.file}:${e.line} follows from line ${e.consequenceOf}, which has no deliberate error`,
      );
    }
  }
});

test('the CLI finds exactly what examples/expected.json lists (file, line, rule, severity), nothing more', () => {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...reports.map((f) => path.join('examples', f))], { encoding: 'utf8', cwd: root });
  assert.equal(r.status, 1, `exit code 1 (error-level findings): ${r.stderr}`);
  const out = JSON.parse(r.stdout) as CliOutput;
  assert.deepEqual(out.files.map((f) => path.basename(f.path)).sort(), reports);
  const found = keys(
    out.files.flatMap((f) =>
      f.diagnostics.map((d) => ({ file: path.basename(f.path), line: d.range.start.line + 1, ruleId: d.ruleId, severity: d.severity })),
    ),
  );
  const listed = keys(expected);
  assert.deepEqual(
    { listedNotFound: without(listed, found), foundNotListed: without(found, listed) },
    { listedNotFound: [], foundNotListed: [] },
    'the CLI misses a listed finding, or gives one expected.json does not list (a false alarm, or a missing entry)',
  );
});

test('examples/README.md has the tables expected.json gives (run `npm run docs` after changing it)', () => {
  const readme = fs.readFileSync(README_FILE, 'utf8');
  assert.equal(readme, withErrorTables(readme, expected), 'examples/README.md is stale');
});
