// textDocument/hover over the wire: the bundled server (dist/server.js) over stdio, its own process,
// driven by a plain LSP client. Positions are UTF-16 code units, as LSP requires.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializedNotification,
  InitializeRequest, MarkupKind, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type InitializeResult, type MarkupContent, type Position, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

const root = path.join(__dirname, '..', '..');
const serverPath = path.join(root, 'dist', 'server.js');
const huaian = path.join(root, '..', 'shared', 'corpus', '2024_huaian_shizhengfu_1.md');

let proc: ChildProcess;
let conn: ProtocolConnection;
let init: InitializeResult;
let uri: string;
let text: string;

before(async () => {
  assert.ok(fs.existsSync(serverPath), `${serverPath} is missing: run \`npm run build\` first`);
  proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.listen();
  init = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
  await conn.sendNotification(InitializedNotification.type, {});
  text = fs.readFileSync(huaian, 'utf8');
  uri = pathToFileURL(huaian).href;
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
});

after(async () => {
  if (!conn) return;
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  conn.dispose();
  await new Promise((r) => (proc.exitCode !== null ? r(undefined) : proc.on('exit', r)));
});

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
