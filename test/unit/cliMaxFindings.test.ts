// `nianbao check --max-findings N`: the command line prints every finding unless asked to cap them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');

function withReport(run: (file: string) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-max-'));
  const lines = ['某县某局2024年政府信息公开工作年度报告', '', '一、总体情况', ''];
  for (let i = 0; i < 30; i++) lines.push('2.加强组织领导');
  lines.push('本年度于2024年2月30日召开会议。');
  const file = path.join(dir, 'report.txt');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  try {
    run(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function check(...args: string[]) {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [cli, 'check', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('check prints every finding by default; --max-findings N prints N, errors first, and a note; the exit code counts them all', () => {
  withReport((file) => {
    const all = check('--format', 'json', file);
    const every = JSON.parse(all.stdout).files[0].diagnostics;
    assert.ok(every.length > 30, `${every.length}`);
    assert.ok(!every.some((d: { ruleId: string }) => d.ruleId === 'findings-limit'));

    // Six errors (five missing sections on line 1, the invalid date on the last line) among 30 warnings.
    const errors = every.filter((d: { severity: string }) => d.severity === 'error');
    assert.equal(errors.length, 6);
    const capped = check('--format', 'json', '--max-findings', '6', file);
    assert.equal(capped.code, 1);
    assert.equal(capped.code, all.code);
    const shown = JSON.parse(capped.stdout).files[0].diagnostics;
    assert.equal(shown.length, 7);
    assert.equal(shown[0].ruleId, 'findings-limit');
    assert.equal(shown[0].message, `另有 ${every.length - 6} 条检查结果未显示（每个文档最多显示 6 条）。`);
    assert.deepEqual(shown.slice(1), errors, 'the errors, the one on the last line too, before any warning');

    const text = check('--lang', 'en', '--max-findings=2', file);
    assert.match(text.stdout, /^.*report\.txt:1:1 information findings-limit \d+ more findings not shown \(at most 2 per document\)\.$/m);
    assert.equal(check('--max-findings', 'many', file).code, 2);
  });
});
