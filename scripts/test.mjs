// `npm test`: build, type check, unit and protocol tests (node --test), grammar tests. Every step runs even
// when an earlier one failed; the exit code is non-zero when any step failed.
// Tests that read ../shared (the real reports laid beside the project) are skipped when it is missing, and
// the summary says so in one line. NIANBAO_REQUIRE_SHARED=1 (set by .ci/run) makes a missing ../shared a failure.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEST_DIRS = ['test/unit', 'test/unit/rules', 'test/protocol'];
// The folder test/unit/fixtures.ts reads.
const hasShared = fs.existsSync(path.join(root, '..', 'shared', 'seeds'));

if (!hasShared && process.env.NIANBAO_REQUIRE_SHARED === '1') {
  console.error(
    '错误：设置了 NIANBAO_REQUIRE_SHARED=1，但项目旁边没有 ../shared（真实报告集），读取它的测试无法运行 / ' +
      'error: NIANBAO_REQUIRE_SHARED=1 but ../shared (the real reports) is not beside the project, so the tests that read it cannot run',
  );
  process.exit(1);
}

const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
const testFiles = TEST_DIRS.flatMap((dir) =>
  fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.test.ts')).sort().map((f) => `${dir}/${f}`),
);
// The usual reporter on stdout (CI reads the `# pass N` / `# fail N` lines of TAP), and one that counts the
// skips for want of ../shared into a file.
const skipsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-test-')), 'shared-skips.json');
const nodeTest = [
  process.execPath, '--import', 'tsx', '--test',
  `--test-reporter=${process.stdout.isTTY ? 'spec' : 'tap'}`, '--test-reporter-destination=stdout',
  `--test-reporter=${path.join(root, 'scripts', 'sharedSkipsReporter.mjs')}`, `--test-reporter-destination=${skipsFile}`,
  ...testFiles,
];

const steps = [
  ['build', [...npm, 'run', 'build']],
  ['typecheck', [...npm, 'run', 'typecheck']],
  ['unit + protocol tests', nodeTest],
  ['grammar tests', [...npm, 'run', 'test:grammar']],
];

const results = [];
for (const [name, [command, ...args]] of steps) {
  console.log(`\n== ${name}`);
  const t0 = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  results.push({ name, ok: r.status === 0, secs: (Date.now() - t0) / 1000 });
}

console.log(`\n== npm test`);
for (const { name, ok, secs } of results) console.log(`  ${ok ? 'ok    ' : 'FAILED'}  ${name.padEnd(24)} ${secs.toFixed(1)} s`);
const skipped = readSkips();
if (skipped.tests + skipped.groups > 0) {
  const groups = skipped.groups ? `和 ${skipped.groups} 组测试` : '';
  const groupsEn = skipped.groups ? ` and ${skipped.groups} groups of tests` : '';
  console.log(
    `  跳过 ${skipped.tests} 个测试${groups}：它们读取 ../shared（真实报告集），而项目旁边没有它 / ` +
      `skipped ${skipped.tests} tests${groupsEn} that read ../shared (the real reports): not found beside the project`,
  );
}
fs.rmSync(path.dirname(skipsFile), { recursive: true, force: true });
process.exit(results.every((r) => r.ok) ? 0 : 1);

function readSkips() {
  try {
    return JSON.parse(fs.readFileSync(skipsFile, 'utf8'));
  } catch {
    return { tests: 0, groups: 0 };
  }
}
