// The client's localization: every vscode.l10n.t string has its Chinese in l10n/bundle.l10n.zh-cn.json
// (with the same placeholders), the bundle holds nothing unused, the manifest's %keys% exist in both
// package.nls files, and the l10n folder is declared and packaged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');
const bundle: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.zh-cn.json'));

/** The first argument of every l10n.t call in client/src, which must be a plain string literal. */
function clientStrings(): Map<string, string> {
  const found = new Map<string, string>(); // string → file
  const dir = path.join(root, 'client', 'src');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const calls = text.match(/\bl10n\.t\(/g)?.length ?? 0;
    const literals = [...text.matchAll(/\bl10n\.t\(\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((m) => m[2].replace(/\\(.)/g, '$1'));
    assert.equal(literals.length, calls, `${file}: every l10n.t call has a string literal as its message`);
    for (const s of literals) found.set(s, file);
  }
  return found;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

test('every client string has a Chinese translation with the same placeholders, and none is unused', () => {
  const strings = clientStrings();
  assert.ok(strings.size >= 20, `found ${strings.size} strings`);
  for (const [s, file] of strings) {
    assert.ok(Object.hasOwn(bundle, s), `${file}: no zh-cn translation for "${s}"`);
    assert.deepEqual(placeholders(bundle[s]), placeholders(s), `placeholders of "${s}"`);
    assert.match(bundle[s], /[\u4e00-\u9fff]/, `"${s}" is translated into Chinese`);
  }
  assert.deepEqual(Object.keys(bundle).filter((k) => !strings.has(k)), [], 'bundle keys no client code uses');
});

test('the Chinese strings put no space between Han characters and digits', () => {
  for (const zh of Object.values(bundle)) assert.doesNotMatch(zh, /[\u4e00-\u9fff] +\d|\d +[\u4e00-\u9fff]/, zh);
});

test('the manifest declares l10n/, packages it, and every %key% it uses exists in both package.nls files', () => {
  const manifest = read('package.json');
  assert.equal(JSON.parse(manifest).l10n, './l10n');
  assert.match(read('.vscodeignore'), /^!l10n\/\*\.json$/m);
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.includes('command.showParsedStructure'));
  for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const table = JSON.parse(read(nls));
    for (const k of keys) assert.ok(typeof table[k] === 'string' && table[k].length > 0, `${nls}: ${k}`);
  }
});

test('"show what the parser understood" is in the command palette only for nianbao documents', () => {
  const { contributes } = JSON.parse(read('package.json'));
  const command = contributes.commands.find((c: { command: string }) => c.command === 'nianbao.showParsedStructure');
  assert.deepEqual(command, { command: 'nianbao.showParsedStructure', title: '%command.showParsedStructure%', category: '%command.category%' });
  const palette = contributes.menus.commandPalette.filter((m: { command: string }) => m.command === 'nianbao.showParsedStructure');
  assert.deepEqual(palette, [{ command: 'nianbao.showParsedStructure', when: 'editorLangId == nianbao' }]);
});

test('workspace trust: supported in untrusted workspaces with every setting; virtual workspaces limited, as the client selects documents', () => {
  const { capabilities } = JSON.parse(read('package.json'));
  // Nothing from the workspace is executed: .nianbao.json is data, and no setting names a program or a path.
  assert.deepEqual(capabilities.untrustedWorkspaces, { supported: true });
  assert.equal(capabilities.virtualWorkspaces.supported, 'limited');
  assert.equal(capabilities.virtualWorkspaces.description, '%capabilities.virtualWorkspaces%');
  // The description says that only local files and untitled editors are checked: so does the client.
  const schemes = [...read('client/src/extension.ts').matchAll(/language: LANGUAGE_ID, scheme: '([^']+)'/g)].map((m) => m[1]);
  assert.deepEqual(schemes, ['file', 'untitled']);
  assert.match(JSON.parse(read('package.nls.zh-cn.json'))['capabilities.virtualWorkspaces'], /本地文件和未保存的新文件/);
});
