// `nianbao check --jobs N`: files checked in worker threads give exactly the output of one job (stdout and
// stderr, in file order); --progress says how far a run is on stderr only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SHARED, sharedTest } from './fixtures';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

function run(...args: string[]) {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A report as a web page saved from a site: its lines as paragraphs. */
function asWebPage(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title></head><body>${text.split('\n').map((l) => `<p>${escape(l)}</p>`).join('')}</body></html>`;
}

/**
 * A folder of reports with findings, a skipped README, a file that is not UTF-8 and one with a bad config; and
 * documents the search converts (by the workers with --jobs 2): web pages that are reports, a page that is not
 * one, a Word file that cannot be read.
 */
function withFolder(fn: (dir: string) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-jobs-'));
  try {
    for (const name of fs.readdirSync(path.join(root, 'examples'))) {
      if (!/\.(md|txt)$/.test(name) || name === 'README.md') continue;
      for (let i = 0; i < 4; i++) fs.copyFileSync(path.join(root, 'examples', name), path.join(dir, `${i}-${name}`));
      const page = asWebPage(fs.readFileSync(path.join(root, 'examples', name), 'utf8'));
      for (let i = 0; i < 2; i++) fs.writeFileSync(path.join(dir, `${i}-${name.replace(/\.\w+$/, '')}.html`), page);
    }
    fs.writeFileSync(path.join(dir, '1-notes.html'), '<html><body><p>会议记录</p><p>今天讨论了网站改版。</p></body></html>');
    fs.writeFileSync(path.join(dir, '3-broken.docx'), 'not a zip file');
    fs.writeFileSync(path.join(dir, 'README.md'), '# notes\n');
    fs.writeFileSync(path.join(dir, '2-undecodable.txt'), Buffer.from([0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x0a])); // no encoding we read: not checked
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', '.nianbao.json'), '{ "rules": { "no-such-rule": "off" } }');
    fs.writeFileSync(path.join(dir, 'sub', 'a.txt'), '某县某局2024年政府信息公开工作年度报告\n\n本年度于2024年2月30日召开会议。\n');
    fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

for (const format of ['text', 'json', 'sarif']) {
  test(`--jobs 2 gives the same ${format} output as --jobs 1, in file order`, () => {
    withFolder((dir) => {
      const one = run('check', '--format', format, '--jobs', '1', dir);
      const two = run('check', '--format', format, '--jobs', '2', dir);
      assert.equal(one.code, 2, one.stderr); // the undecodable file is not checked
      assert.equal(two.code, one.code);
      assert.ok(one.stdout.length > 1000);
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.stderr, one.stderr);
      // The config problem is named once, the undecodable file and the README on stderr.
      assert.equal(one.stderr.split('\n').filter((l) => l.includes('no-such-rule')).length, 1, one.stderr);
      assert.match(one.stderr, /2-undecodable\.txt/);
      assert.match(one.stderr, /README\.md/);
      // The documents: the pages that are reports checked, the other skipped, the broken Word file not checked.
      assert.match(one.stdout, /\.html/);
      assert.match(one.stderr, /1-notes\.html/);
      assert.match(one.stderr, /3-broken\.docx/);
    });
  });
}

test('--jobs auto and --jobs 0 use every core; a bad value is a usage error', () => {
  withFolder((dir) => {
    const one = run('check', '--format', 'json', dir);
    assert.equal(run('check', '--format', 'json', '--jobs', 'auto', dir).stdout, one.stdout);
    assert.equal(run('check', '--format', 'json', '--jobs=0', dir).stdout, one.stdout);
    assert.equal(run('check', '--format', 'json', '--jobs', '5', dir).stdout, one.stdout);
  });
  const bad = run('check', '--jobs', 'two', 'examples');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--jobs/);
  assert.equal(run('outline', '--jobs', '2', 'examples').code, 2);
});

test('--progress writes progress lines to stderr, never to stdout', () => {
  withFolder((dir) => {
    const plain = run('check', '--format', 'json', '--jobs', '2', dir);
    const shown = run('check', '--format', 'json', '--jobs', '2', '--progress', dir);
    assert.equal(shown.stdout, plain.stdout);
    assert.doesNotMatch(plain.stderr, /已检查/); // stderr is not a terminal here
    const skippedOrNotChecked = ['README.md', '2-undecodable.txt', '1-notes.html'];
    const files = fs.readdirSync(dir).filter((f) => /\.(md|txt|html)$/.test(f) && !skippedOrNotChecked.includes(f)).length + 1; // + sub/a.txt
    assert.match(shown.stderr, new RegExp(`已检查 ${files}/${files} 个文件 / checked ${files} of ${files} files`));
  });
});

sharedTest('--jobs 2 on the real reports gives the output of one job', () => {
  const args = ['check', '--format', 'json', path.join(SHARED, 'seeds'), path.join(SHARED, 'corpus')];
  const one = run(...args);
  const two = run(...args.slice(0, 3), '--jobs', '2', ...args.slice(3));
  assert.equal(two.code, one.code);
  assert.equal(two.stdout, one.stdout);
  assert.equal(two.stderr, one.stderr);
  assert.ok(JSON.parse(one.stdout).files.length > 40);
});

test('workers started early (while the folders are searched) start once: a later call waits for the same start', async () => {
  // The start's bookkeeping only: under tsx the workers' bundle is not beside the source, and none is asked anything.
  const { Workers } = await import('../../cli/src/pool');
  const one = new Workers(1);
  assert.equal(await one.startFor(10), false, 'one job: this thread does it all');
  const two = new Workers(2);
  const early = two.startFor(two.jobs);
  const later = two.startFor(1);
  assert.equal(later, early, 'the start in progress, not a second one');
  assert.equal(await later, true);
  assert.ok(two.started);
  await two.close();
});

test('files found while the folders are searched go to the workers once there are two, each with the set\'s options', async () => {
  const { EarlyFiles } = await import('../../cli/src/pool');
  const sent: Array<{ file: string; options: unknown }> = [];
  const workers = { run: (request: { file: string; options: unknown }) => (sent.push(request), Promise.resolve({ file: request.file })) };
  const setOptions = { inSet: true };
  const early = new EarlyFiles(workers as never, setOptions);
  early.found('a.md');
  assert.equal(sent.length, 0, 'one report alone is not a set: it waits');
  early.found('b.md');
  early.found('c.md');
  assert.deepEqual(sent.map((r) => r.file), ['a.md', 'b.md', 'c.md']);
  assert.ok(sent.every((r) => r.options === setOptions));
  assert.equal(early.take('a.md', { inSet: true }), undefined, 'other options: checked again');
  assert.deepEqual(await early.take('b.md', setOptions), { file: 'b.md' });
  assert.equal(early.take('b.md', setOptions), undefined, 'taken once');
});

test('a folder with one report and a README: --jobs 2 gives the output of --jobs 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-jobs-one-'));
  try {
    const name = fs.readdirSync(path.join(root, 'examples')).find((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')!;
    fs.copyFileSync(path.join(root, 'examples', name), path.join(dir, name));
    fs.writeFileSync(path.join(dir, 'README.md'), '# notes\n');
    const one = run('check', '--format', 'json', '--jobs', '1', dir);
    const two = run('check', '--format', 'json', '--jobs', '2', dir);
    assert.equal(JSON.parse(one.stdout).files.length, 1);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
