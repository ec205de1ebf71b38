// Configuration over the protocol: problems in a .nianbao.json reach the editor user once, as a message
// naming the file, and the valid entries still apply.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { startServer } from './lspServer';

const REPORT = ['某县人民政府2024年政府信息公开工作年度报告', '', '依据国办函[2020]109号文件编制。', ''].join('\n');

test('a .nianbao.json with a wrong entry: one warning message naming the file and the entry; the rest of it applies', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-config-'));
  const config = path.join(dir, '.nianbao.json');
  fs.writeFileSync(config, JSON.stringify({ rules: { 'no-such-rule': 'off', 'doc-number-brackets': 'off' } }));
  const uri = pathToFileURL(path.join(dir, 'report.md')).href;
  const server = await startServer();
  try {
    const first = server.diagnostics(uri);
    await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text: REPORT } });
    const published = await first;
    assert.ok(!published.diagnostics.some((d) => d.code === 'doc-number-brackets'), 'the valid entry switched the rule off');
    assert.equal(server.messages.length, 1, server.messages.join('\n'));
    assert.ok(server.messages[0].includes(config) && server.messages[0].includes('no-such-rule'), server.messages[0]);
    // Typing on does not repeat it.
    const second = server.diagnostics(uri, 2);
    await server.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${REPORT}\n` }] });
    await second;
    assert.equal(server.messages.length, 1);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a client that can register watchers is asked to report changes to **/.nianbao.json', async () => {
  const server = await startServer({ capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
  try {
    // The registration follows `initialized`; a request round trip later it has arrived.
    await server.conn.sendRequest('nianbao/documentInfo', { uri: 'file:///nowhere.md' });
    assert.deepEqual(server.registrations, [{ method: 'workspace/didChangeWatchedFiles', registerOptions: { watchers: [{ globPattern: '**/.nianbao.json' }] } }]);
  } finally {
    await server.stop();
  }
  const plain = await startServer();
  try {
    await plain.conn.sendRequest('nianbao/documentInfo', { uri: 'file:///nowhere.md' });
    assert.deepEqual(plain.registrations, []);
  } finally {
    await plain.stop();
  }
});

test('without a watcher, a .nianbao.json edited on disk applies at the next check; its problems are diagnostics on the file, cleared when fixed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-config-'));
  const config = path.join(dir, '.nianbao.json');
  const configUri = pathToFileURL(config).href;
  fs.writeFileSync(config, JSON.stringify({ rules: { 'doc-number-brackets': 'off' } }));
  const uri = pathToFileURL(path.join(dir, 'report.md')).href;
  const server = await startServer();
  const brackets = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.some((d) => d.code === 'doc-number-brackets');
  try {
    let next = server.diagnostics(uri);
    await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text: REPORT } });
    assert.equal(brackets(await next), false, 'switched off by the file');
    // The user turns the rule back on and adds a wrong entry; the client sends no file event.
    fs.writeFileSync(config, JSON.stringify({ rules: { 'doc-number-brackets': 'warning', 'no-such-rule': 'off' } }));
    const onConfig = server.diagnostics(configUri);
    next = server.diagnostics(uri, 2);
    await server.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${REPORT}\n` }] });
    assert.equal(brackets(await next), true, 'the edited file applies');
    const problems = await onConfig;
    assert.equal(problems.diagnostics.length, 1);
    assert.match(String(problems.diagnostics[0].message), /no-such-rule/);
    // Fixed on disk: the file's diagnostics are cleared.
    fs.writeFileSync(config, JSON.stringify({ rules: { 'doc-number-brackets': 'warning' } }));
    const cleared = server.diagnostics(configUri);
    await server.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: REPORT }] });
    assert.deepEqual((await cleared).diagnostics, []);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
