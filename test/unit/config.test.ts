// Configuration shared by the editor and the CLI, and inline disable comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectFindings, mergeConfigs, parseDocument, parseMonthDay, positionAt, readConfig, RULES } from '../../server/src/core';

const ids = RULES.map((r) => r.meta.id);
const root = path.join(__dirname, '..', '..');
const example = fs.readFileSync(path.join(root, 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md'), 'utf8');

function lines(text: string, rules?: Record<string, never> | Parameters<typeof collectFindings>[1]) {
  const doc = parseDocument(text);
  return collectFindings(doc, rules as never).map((f) => `${positionAt(doc.lineStarts, f.start).line + 1} ${f.severity} ${f.ruleId}`);
}

test('readConfig keeps valid entries and reports the others without throwing', () => {
  const { config, problems } = readConfig({ rules: { 'table-sum': 'warning', 'section-order': 'off', 'no-such-rule': 'off', 'date-format': 'loud' }, era: '2021', kind: 'mayor' }, ids);
  assert.deepEqual(config, { rules: { 'table-sum': 'warning', 'section-order': 'off' }, era: '2021' });
  assert.equal(problems.length, 3);
  assert.match(problems.map((p) => p.message.zh).join('\n'), /未知规则 "no-such-rule"/);
  assert.equal(readConfig([1, 2], ids).problems.length, 1);
  assert.deepEqual(readConfig({ era: 'auto', kind: 'auto' }, ids).config, {});
});

test('local deadlines: "MM-DD" strings, real days only, unknown kinds reported', () => {
  const { config, problems } = readConfig({ deadlines: { department: '01-20', government: '3-10', township: '02-30', county: '01-01' } }, ids);
  assert.deepEqual(config.deadlines, { department: { month: 1, day: 20 }, government: { month: 3, day: 10 } });
  assert.deepEqual(problems.map((p) => p.message.en.split(' ')[0] + ' ' + p.message.en.split(' ')[1]), ['Deadline "township"', 'Unknown deadline']);
  assert.equal(readConfig({ deadlines: '01-20' }, ids).problems.length, 1);
  assert.deepEqual(mergeConfigs({ deadlines: { department: { month: 1, day: 20 }, government: { month: 3, day: 1 } } }, { deadlines: { department: { month: 1, day: 10 } } }).deadlines, {
    department: { month: 1, day: 10 },
    government: { month: 3, day: 1 },
  });
});

test('later layers win: file, then settings, then flags', () => {
  const merged = mergeConfigs({ rules: { 'table-sum': 'off', 'date-format': 'hint' }, era: 'legacy' }, { rules: { 'table-sum': 'warning' } }, { era: '2021' });
  assert.deepEqual(merged, { rules: { 'table-sum': 'warning', 'date-format': 'hint' }, era: '2021' });
});

test('a rule switched off or given another severity', () => {
  const all = lines(example);
  assert.ok(all.includes('91 error table-sum'));
  const off = lines(example, { rules: { 'table-sum': 'off' } });
  assert.ok(!off.some((l) => l.endsWith('table-sum')));
  assert.equal(off.length, all.length - all.filter((l) => l.endsWith('table-sum')).length);
  assert.ok(lines(example, { rules: { 'table-sum': 'hint' } }).includes('91 hint table-sum'));
});

test('inline comments switch rules off for the next line, this line or the whole file', () => {
  const base = example.split('\n');
  const nextLine = [...base.slice(0, 90), '<!-- nianbao-disable-next-line table-sum -->', '', ...base.slice(90)].join('\n');
  const found = lines(nextLine);
  assert.ok(!found.some((l) => l === '93 error table-sum'), 'the Table C row, now on line 93, is not flagged');
  assert.ok(found.some((l) => l === '70 error table-sum'), 'other lines still are');
  const sameLine = [...base.slice(0, 69), base[69] + ' <!-- nianbao-disable-line -->', ...base.slice(70)].join('\n');
  assert.ok(!lines(sameLine).some((l) => l.startsWith('70 ')));
  const whole = `<!-- nianbao-disable table-sum, doc-number-brackets -->\n${example}`;
  assert.ok(!lines(whole).some((l) => /table-sum|doc-number-brackets/.test(l)));
  assert.ok(lines(whole).some((l) => l.endsWith('table-balance')));
});

test('the CLI reads the nearest .nianbao.json above the report, and its flags win', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-config-'));
  const sub = path.join(dir, '2024', '县政府');
  fs.mkdirSync(sub, { recursive: true });
  const file = path.join(sub, 'report.md');
  fs.writeFileSync(file, example);
  fs.writeFileSync(path.join(dir, '.nianbao.json'), JSON.stringify({ rules: { 'table-sum': 'off', 'nope': 'off' } }));
  const run = (...a: string[]) => spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), ...a], { encoding: 'utf8' });
  const r = run('check', '--format', 'json', file);
  const out = JSON.parse(r.stdout);
  assert.ok(!out.files[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === 'table-sum'));
  assert.ok(out.files[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === 'table-balance'));
  assert.match(r.stderr, /未知规则 "nope"/);
  const legacy = JSON.parse(run('check', '--format', 'json', '--era', 'legacy', file).stdout);
  assert.equal(legacy.files[0].reports[0].era, 'legacy');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the CLI applies the deadlines of .nianbao.json', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-deadlines-'));
  const file = path.join(dir, 'report.txt');
  fs.writeFileSync(file, '某县发展和改革局2019年政府信息公开工作年度报告\n2019年，我局……\n某县发展和改革局\n2020年1月25日\n');
  const run = () => spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', file], { encoding: 'utf8' }).stdout;
  assert.doesNotMatch(run(), /late-publication/);
  fs.writeFileSync(path.join(dir, '.nianbao.json'), JSON.stringify({ deadlines: { department: '01-20' } }));
  assert.match(run(), /:4:1 warning late-publication .*2020年1月20日/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the nianbao.deadlines setting has the kinds and pattern of the .nianbao.json schema', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const setting = manifest.contributes.configuration.properties['nianbao.deadlines'];
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'nianbao.schema.json'), 'utf8')).properties.deadlines;
  assert.deepEqual(Object.keys(setting.properties), Object.keys(schema.properties));
  for (const k of Object.keys(schema.properties)) assert.equal(setting.properties[k].pattern, schema.properties[k].pattern);
  assert.equal(parseMonthDay('1-31')?.day, 31);
  assert.equal(parseMonthDay('02-29')?.month, 2);
  assert.equal(parseMonthDay('13-01'), undefined);
});

test('the shipped schema lists every rule', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'nianbao.schema.json'), 'utf8'));
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...ids].sort());
});
