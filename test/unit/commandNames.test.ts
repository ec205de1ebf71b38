// Every command is called the same in the command palette (package.nls*.json) and in the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

test('the README names each documented command exactly as the palette does, in Chinese and in English', () => {
  const manifest = JSON.parse(read('package.json')) as { contributes: { commands: Array<{ command: string; title: string }> } };
  const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const zh = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;
  const readme = read('README.md');
  for (const { command, title } of manifest.contributes.commands) {
    if (command === 'nianbao.showOutput') continue; // a log window, not described in the README
    const key = /^%(.*)%$/.exec(title)![1];
    assert.ok(readme.includes(`“${zh[key]}”`), `${command}: the README calls it “${zh[key]}”`);
    assert.ok(readme.includes(`"${en[key]}"`), `${command}: the README calls it "${en[key]}"`);
  }
});
