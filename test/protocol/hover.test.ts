// textDocument/hover over the wire: the bundled server (dist/server.js) over stdio, its own process,
// driven by a plain LSP client. Positions are UTF-16 code units, as LSP requires.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidOpenTextDocumentNotification, HoverRequest, MarkupKind, type MarkupContent, type Position,
} from 'vscode-languageserver-protocol/node';
import { HAS_SHARED, SHARED, sharedTest } from '../unit/fixtures';
import { startServer, type TestServer } from './lspServer';

const root = path.join(__dirname, '..', '..');
const huaian = path.join(SHARED, 'corpus', '2024_huaian_shizhengfu_1.md');
const example = path.join(root, 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md');

let server: TestServer;
let conn: TestServer['conn'];
let init: TestServer['init'];
let uri: string;
let text: string;
let exampleUri: string;
let exampleText: string;

async function open(file: string): Promise<{ uri: string; text: string }> {
  const opened = { uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') };
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { ...opened, languageId: 'markdown', version: 1 } });
  return opened;
}

before(async () => {
  server = await startServer();
  ({ conn, init } = server);
  ({ uri: exampleUri, text: exampleText } = await open(example));
  if (HAS_SHARED) ({ uri, text } = await open(huaian));
});

after(() => server?.stop());

/** The LSP position (line, UTF-16 character) of `needle` plus `delta` in the opened text (淮安 2024 unless given). */
function positionOf(needle: string, delta = 0, inText = text): Position {
  const at = inText.indexOf(needle);
  assert.ok(at >= 0, `“${needle}” not in the text`);
  const before = inText.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

test('the server announces hover', () => {
  assert.equal(init.capabilities.hoverProvider, true);
});

sharedTest('hover on a Table B cell returns Markdown with its labels and identities, and the cell as range', async () => {
  const row = '| 三、本年度办理结果 / （七）总计 | ';
  const position = positionOf(row, row.length);
  const hover = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  assert.ok(hover, 'a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, MarkupKind.Markdown);
  assert.match(contents.value, /^\*\*三、本年度办理结果 › （七）总计 × 自然人 = 2932\*\*/);
  assert.ok(contents.value.includes('勾稽关系（自然人列）：一 + 二 = 3001 + 34 = 3035；（七）总计 + 四 = 2932 + 103 = 3035 ✓'), contents.value);
  assert.deepEqual(hover.range, { start: position, end: { line: position.line, character: position.character + 4 } });
});

sharedTest('no hover on plain prose or past the end of the document', async () => {
  const prose = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf('坚持以习近平新时代') });
  assert.equal(prose, null);
  const past = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 100000, character: 3 } });
  assert.equal(past, null);
});

test('hover on a wrong Table B total of the example: Markdown with the ✗ of its row, and the cell as range', async () => {
  const row = '| 三、本年度办理结果 / （三）不予公开 / 6.属于四类过程性信息 | 3 | 1 | 0 | 0 | 0 | 0 | ';
  const position = positionOf(row, row.length, exampleText);
  const hover = await conn.sendRequest(HoverRequest.type, { textDocument: { uri: exampleUri }, position });
  assert.ok(hover, 'a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, MarkupKind.Markdown);
  assert.match(contents.value, /^\*\*三、本年度办理结果 › （三）不予公开 › 6\.属于四类过程性信息 × 总计 = 5\*\*/);
  assert.ok(contents.value.includes('3 + 1 + 0 + 0 + 0 + 0 = 4，总计 5 ✗'), contents.value);
  assert.deepEqual(hover.range, { start: position, end: { line: position.line, character: position.character + 1 } });
  const prose = await conn.sendRequest(HoverRequest.type, { textDocument: { uri: exampleUri }, position: { line: 0, character: 1 } });
  assert.equal(prose, null, 'no hover on the title');
});
