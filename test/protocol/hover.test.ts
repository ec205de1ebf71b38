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
import { startServer, type TestServer } from './lspServer';

const root = path.join(__dirname, '..', '..');
const huaian = path.join(root, '..', 'shared', 'corpus', '2024_huaian_shizhengfu_1.md');

let server: TestServer;
let conn: TestServer['conn'];
let init: TestServer['init'];
let uri: string;
let text: string;

before(async () => {
  server = await startServer();
  ({ conn, init } = server);
  text = fs.readFileSync(huaian, 'utf8');
  uri = pathToFileURL(huaian).href;
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
});

after(() => server?.stop());

/** The LSP position (line, UTF-16 character) of `needle` plus `delta` in the opened text. */
function positionOf(needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `“${needle}” not in the text`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

test('the server announces hover', () => {
  assert.equal(init.capabilities.hoverProvider, true);
});

test('hover on a Table B cell returns Markdown with its labels and identities, and the cell as range', async () => {
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

test('no hover on plain prose or past the end of the document', async () => {
  const prose = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf('坚持以习近平新时代') });
  assert.equal(prose, null);
  const past = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 100000, character: 3 } });
  assert.equal(past, null);
});
