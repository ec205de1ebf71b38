// The README's command-line section lists what `nianbao --help` offers: every command and every flag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { USAGE } from '../../cli/src/args';

const root = path.join(__dirname, '..', '..');

test('the README command-line section names every command and flag of the usage text', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('## 命令行 / Command line');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  assert.ok(start >= 0 && section.length > 1000);
  const flags = new Set(USAGE.match(/(?<![\w-])--?[a-z][a-z-]*/g));
  for (const f of ['--format', '--jobs', '--progress', '--max-findings', '-o']) assert.ok(flags.has(f), f);
  for (const flag of flags) assert.ok(section.includes(flag), `README lacks ${flag}`);
  for (const command of ['check', 'report', 'outline']) assert.ok(section.includes(`nianbao ${command}`), command);
  for (const format of ['text', 'json', 'sarif']) assert.ok(section.includes(format), format);
});
