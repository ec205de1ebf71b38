// textDocument/completion over stdio against the bundled server (dist/server.js): the capability with its
// trigger characters, the next heading of seed 003 as a text edit, a Table B row after "|" typed in a
// didChange, the detail in the client's language, and an empty answer in running text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, type CompletionItem, type CompletionList,
} from 'vscode-languageserver-protocol/node';
import { nationalTableLines } from '../../server/src/core';
import { readShared, sharedTest } from '../unit/fixtures';
import { startServer, type TestServer } from './lspServer';

let server: TestServer;
let conn: TestServer['conn'];
let init: TestServer['init'];

before(async () => {
  server = await startServer({ locale: 'en' });
  ({ conn, init } = server);
});

after(() => server?.stop());

async function complete(uri: string, line: number, character: number): Promise<CompletionItem[]> {
  const result = (await conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } })) as CompletionItem[] | CompletionList | null;
  return Array.isArray(result) ? result : result?.items ?? [];
}

test('the server announces completion with the trigger characters | and 、', () => {
  assert.deepEqual(init.capabilities.completionProvider?.triggerCharacters, ['|', '、']);
});

sharedTest('seed 003: the next legacy heading as a text edit at the cursor, detail in English; nothing inside a sentence', async () => {
  const uri = 'untitled:completion-seed-003.nianbao';
  const text = `${readShared('seeds', '003')}\n`;
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
  const last = text.split('\n').length - 1;
  const items = await complete(uri, last, 0);
  assert.equal(items[0]?.label, '五、依申请公开政府信息和不予公开政府信息的情况');
  assert.deepEqual(items[0].textEdit, { range: { start: { line: last, character: 0 }, end: { line: last, character: 0 } }, newText: '五、依申请公开政府信息和不予公开政府信息的情况' });
  assert.match(items[0].detail ?? '', /^next part \(legacy format \(2008–2018\)\): Art\. 32\(2\) of the 2007 Regulations$/);
  assert.deepEqual(items.map((i) => i.sortText), [...items.keys()].map((i) => String(i).padStart(4, '0')));
  const sentence = text.split('\n').findIndex((l) => l.startsWith('2013年，在区委'));
  assert.deepEqual(await complete(uri, sentence, 10), []);
});

test('a "|" typed on a new line of a Table B (didChange) gets the missing row labels', async () => {
  const uri = 'untitled:completion-table-b.nianbao';
  const table = nationalTableLines('B', '2021', 'markdown');
  const without = table.filter((l) => !l.includes('（七）总计'));
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text: without.join('\n') } });
  const row = without.length - 1; // before 四、结转下年度继续办理
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: row, character: 0 }, end: { line: row, character: 0 } }, text: '|\n' }],
  });
  const items = await complete(uri, row, 1);
  assert.deepEqual(items.map((i) => i.label), ['（七）总计']);
  assert.equal((items[0].textEdit as { newText: string }).newText, '三、本年度办理结果 | （七）总计 | | ');
});
