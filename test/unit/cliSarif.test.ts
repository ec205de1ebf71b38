// `nianbao check --format sarif`: valid against the official SARIF 2.1.0 schema (shipped by a dev
// dependency, never fetched), every rule described, regions 1-based in UTF-16 units like the JSON output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { RULES } from '../../server/src/core';
import { readExamples } from './fixtures';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const EXAMPLES = readExamples().map(([name]) => path.join('examples', name));

function check(...args: string[]) {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [cli, 'check', ...args], { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function validator() {
  const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The schema is draft-04; its language pattern is not valid as a Unicode regular expression, and ajv needs
  // the string formats it uses spelled out.
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    unicodeRegExp: false,
    formats: { uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i, 'uri-reference': /^[^\s]*$/, 'date-time': true },
  });
  const validate = ajv.compile(schema);
  // A plain boolean (not a type guard), so that the log keeps its type after validation.
  return Object.assign((log: unknown): boolean => validate(log), { get errors() { return validate.errors; } });
}

type Region = { startLine: number; startColumn: number; endLine: number; endColumn: number };

test('SARIF of the examples validates against the SARIF 2.1.0 schema and matches the JSON findings', () => {
  const sarif = check('--format', 'sarif', ...EXAMPLES);
  const json = check('--format', 'json', ...EXAMPLES);
  assert.equal(sarif.code, 1, sarif.stderr); // the examples hold error-level findings
  const log = JSON.parse(sarif.stdout);
  const validate = validator();
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  // An invalid log does fail: the validator is really applied.
  assert.equal(validate({ ...log, version: '2.0.0' }), false);

  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.columnKind, 'utf16CodeUnits');
  const rules = run.tool.driver.rules as Array<{ id: string; helpUri?: string; shortDescription: { text: string }; fullDescription?: { text: string }; defaultConfiguration: { level: string } }>;
  for (const r of RULES) {
    const d = rules.find((x) => x.id === r.meta.id);
    assert.ok(d, r.meta.id);
    assert.ok(d.shortDescription.text.includes(r.meta.title.zh) && d.shortDescription.text.includes(r.meta.title.en), r.meta.id);
    assert.ok(d.fullDescription?.text.includes(r.meta.doc.what.en), r.meta.id);
    assert.match(d.helpUri ?? '', new RegExp(`^file://.*/docs/rules/${r.meta.id}\\.md$`));
    assert.equal(d.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[r.meta.defaultSeverity]);
  }

  // Same findings as the JSON output, in the same order: lines and columns + 1, messages in Chinese.
  const expected = JSON.parse(json.stdout).files.flatMap((f: { path: string; diagnostics: Array<{ ruleId: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; message: string }> }) =>
    f.diagnostics.map((d) => ({
      uri: f.path.split(path.sep).map(encodeURIComponent).join('/'),
      ruleId: d.ruleId,
      region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
      message: d.message,
    })));
  assert.ok(expected.length > 10);
  const actual = run.results.map((r: { ruleId: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Region } }> }) => ({
    uri: r.locations[0].physicalLocation.artifactLocation.uri,
    ruleId: r.ruleId,
    region: r.locations[0].physicalLocation.region,
    message: r.message.text,
  }));
  assert.deepEqual(actual, expected);
  // Every result's ruleId is described by the driver, and its English message is kept as a property.
  for (const r of run.results) {
    assert.equal(rules[r.ruleIndex].id, r.ruleId);
    assert.ok(r.properties.message.en.length > 0);
  }
  // A finding with a safe fix carries it: doc-number-brackets replaces the brackets.
  const fixed = run.results.find((r: { ruleId: string }) => r.ruleId === 'doc-number-brackets');
  assert.ok(fixed?.fixes?.length, 'a doc-number-brackets result with a fix');
  assert.match(fixed.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, /〔/);
});

test('SARIF: a region counts columns in UTF-16 units (a character outside the BMP counts two)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-sarif-'));
  try {
    const file = path.join(dir, 'report.txt');
    // 𠀀 is one character, two UTF-16 units: the date after it starts at column 5 (1-based) in UTF-16 units.
    fs.writeFileSync(file, '某县某局2024年政府信息公开工作年度报告\n\n𠀀本年度于2024年2月30日召开会议。\n');
    const r = check('--format', 'sarif', file);
    const run = JSON.parse(r.stdout).runs[0];
    const invalid = run.results.find((x: { ruleId: string }) => x.ruleId === 'invalid-date');
    assert.ok(invalid, r.stdout);
    assert.deepEqual(invalid.locations[0].physicalLocation.region, { startLine: 3, startColumn: 7, endLine: 3, endColumn: 17 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('SARIF: files not checked are tool execution notifications, and the log still validates', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-sarif-'));
  try {
    fs.writeFileSync(path.join(dir, 'gbk.txt'), Buffer.from([0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x0a])); // no encoding we read: not checked
    const missing = path.join(dir, 'missing.txt');
    const r = check('--format', 'sarif', path.join(dir, 'gbk.txt'), missing);
    assert.equal(r.code, 2, r.stderr);
    const log = JSON.parse(r.stdout);
    const validate = validator();
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const invocation = log.runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.exitCode, 2);
    const notes = invocation.toolExecutionNotifications as Array<{ level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
    const uris = notes.map((n) => n.locations[0].physicalLocation.artifactLocation.uri);
    assert.equal(notes.length, 2);
    assert.ok(uris.some((u) => u.endsWith('/gbk.txt')) && uris.some((u) => u.endsWith('/missing.txt')), uris.join(' '));
    assert.ok(notes.every((n) => n.level === 'error'));
    assert.match(notes.map((n) => n.message.text).join('\n'), /UTF-8/);
    assert.deepEqual(log.runs[0].results, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('SARIF is written file by file as the text of the whole log: with findings, fixes and sources, and with none', async () => {
  const { analyzeFile } = await import('../../cli/src/analyze');
  const { sarifLog, writeSarif } = await import('../../cli/src/sarif');
  const results = [];
  for (const file of EXAMPLES) results.push(await analyzeFile(path.join(root, file), { withFixes: true }));
  assert.ok(results.some((r) => r.findings.some((f) => f.safeFixes)), 'an example with a safe fix');
  const clean = { ...results[0], file: 'clean.md', findings: [] };
  const withSource = { ...results[0], file: 'from.pdf', findings: results[0].findings.map((f) => ({ ...f, source: { page: 2, line: 7 } })) };
  const set = { exit: 2 as const, skipped: ['notes.md'], notChecked: [{ path: 'bad.txt', message: '无法识别 / unknown' }] };
  for (const files of [[clean, ...results, clean, withSource], [clean], []]) {
    const expected = JSON.stringify(sarifLog(files, set, 2, 'zh'), null, 2) + '\n';
    let written = '';
    const pieces: string[] = [];
    writeSarif([...files], set, 2, 'zh', (text) => {
      written += text;
      pieces.push(text);
    });
    assert.equal(written, expected);
    // One piece per file with findings, and the end.
    assert.equal(pieces.length, files.filter((f) => f.findings.length).length + 1);
  }
});
