// Tables over the wire: Format Document aligns a report's tables, and the "重新计算合计" code action is
// offered in a national table whose totals are wrong, as one workspace edit.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, DidOpenTextDocumentNotification, DocumentFormattingRequest, DocumentRangeFormattingRequest,
  type CodeAction, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from './lspServer';

const example = path.join(__dirname, '..', '..', 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md');
let server: TestServer;
const uri = pathToFileURL(example).href;
const text = fs.readFileSync(example, 'utf8');
const unaligned = 'file:///tmp/nianbao-unaligned.md';

before(async () => {
  server = await startServer();
  await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const small = '某县人民政府2023年政府信息公开工作年度报告\n\n正文不动。\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n';
  await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: unaligned, languageId: 'markdown', version: 1, text: small } });
});

after(() => server?.stop());

test('the server announces document and range formatting, and the recalculation code action kind', () => {
  const caps = server.init.capabilities;
  assert.equal(caps.documentFormattingProvider, true);
  assert.equal(caps.documentRangeFormattingProvider, true);
  const kinds = (caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds;
  assert.ok(kinds.includes('refactor.rewrite.nianbao.recalculateTotals'), kinds.join(', '));
});

test('Format Document returns edits for the table rows only', async () => {
  const edits = (await server.conn.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: unaligned }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
  // The header row is aligned already; the delimiter and the body row are padded to the header's width.
  assert.deepEqual(edits.map((e) => [e.range.start.line, e.newText]), [
    [5, '| -------- | ------------ |'],
    [6, '| 规章     | 0            |'],
  ]);
  const ranged = (await server.conn.sendRequest(DocumentRangeFormattingRequest.type, {
    textDocument: { uri: unaligned }, range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }, options: { tabSize: 4, insertSpaces: true },
  })) as TextEdit[];
  assert.deepEqual(ranged, [], 'a range without a table gives no edit');
});

test('in Table 3 the recalculation is offered with the wrong totals, as one edit; on a heading it is not', async () => {
  const line = text.split('\n').findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
  const ask = (at: number) =>
    server.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: at, character: 3 }, end: { line: at, character: 3 } },
      context: { diagnostics: [], only: ['refactor.rewrite.nianbao.recalculateTotals'] },
    }) as Promise<CodeAction[]>;
  const actions = await ask(line);
  assert.equal(actions.length, 1);
  assert.equal(actions[0].title, '重新计算表三的合计（2 格）');
  const edits = actions[0].edit!.documentChanges ? (actions[0].edit!.documentChanges[0] as { edits: TextEdit[] }).edits : actions[0].edit!.changes![uri];
  assert.deepEqual(edits.map((e) => e.newText), ['4', '8']);
  assert.deepEqual(await ask(0), []);
});
