// Protocol hygiene of the bundled server (dist/server.js) over stdio: malformed params are answered with
// InvalidParams (−32602), requests after shutdown with InvalidRequest (−32600), a second didOpen of a uri
// replaces its text, losing either stream ends the process with 0 or 1, and a .nianbao.json that is not a
// regular file (a FIFO) does not block the server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CompletionRequest, DidOpenTextDocumentNotification, DocumentSymbolRequest, ErrorCodes,
  FoldingRangeRequest, HoverRequest, ResponseError, ShutdownRequest, type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from './lspServer';

const root = path.join(__dirname, '..', '..');
const BROKEN = fs.readFileSync(path.join(root, 'test', 'fixtures', 'broken-table.txt'), 'utf8');
const at = (line: number, character: number) => ({ line, character });

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server?.stop());

let scratch = 0;
async function openText(s: TestServer, text: string): Promise<string> {
  const uri = pathToFileURL(path.join(root, '.protocol-scratch', `hygiene-${++scratch}.txt`)).href;
  const published = s.diagnostics(uri, 1);
  await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
  await published;
  return uri;
}

/** The error a request was answered with (fails if it was answered with a result). */
async function errorOf(s: TestServer, method: string, params: unknown): Promise<ResponseError<unknown>> {
  try {
    const result = await s.conn.sendRequest(method, params);
    assert.fail(`${method} ${JSON.stringify(params)} answered ${JSON.stringify(result)}, not an error`);
  } catch (e) {
    assert.ok(e instanceof ResponseError, `${method}: ${e}`);
    return e;
  }
}

test('malformed params of every request the server handles are answered with InvalidParams and a message', async () => {
  const uri = await openText(server, BROKEN);
  const textDocument = { uri };
  const range = { start: at(0, 0), end: at(1, 0) };
  const cases: Array<[string, unknown]> = [
    [HoverRequest.method, {}],
    [HoverRequest.method, { textDocument: { uri: 42 }, position: at(0, 0) }],
    [HoverRequest.method, { textDocument }],
    [HoverRequest.method, { textDocument, position: 'top' }],
    [HoverRequest.method, { textDocument, position: { line: -1, character: 0 } }],
    [HoverRequest.method, { textDocument, position: { line: 0.5, character: 0 } }],
    [CompletionRequest.method, { textDocument, position: { line: 0 } }],
    [CompletionRequest.method, { textDocument: 'file:///x.txt', position: at(0, 0) }],
    [CodeActionRequest.method, { textDocument, context: { diagnostics: [] } }],
    [CodeActionRequest.method, { textDocument, range }],
    [CodeActionRequest.method, { textDocument, range: { start: at(0, 0) }, context: { diagnostics: [] } }],
    [CodeActionRequest.method, { textDocument, range, context: { diagnostics: [], only: 'quickfix' } }],
    [DocumentSymbolRequest.method, { textDocument: {} }],
    [FoldingRangeRequest.method, { textDocument: null }],
  ];
  for (const [method, params] of cases) {
    const e = await errorOf(server, method, params);
    assert.equal(e.code, ErrorCodes.InvalidParams, `${method} ${JSON.stringify(params)}: ${e.message}`);
    assert.match(e.message, /参数无效 \/ invalid params/, `${method}: ${e.message}`);
    assert.doesNotMatch(e.message, /Cannot read|undefined|TypeError/, `${method}: a message for people, not a stack`);
  }
  // Params by position (an array, or a bare null, which the client sends as [null]) are refused by
  // vscode-jsonrpc itself, also with InvalidParams.
  for (const params of [null, []]) assert.equal((await errorOf(server, HoverRequest.method, params)).code, ErrorCodes.InvalidParams);
  // The server goes on answering well-formed requests.
  const symbols = (await server.conn.sendRequest(DocumentSymbolRequest.type, { textDocument })) as DocumentSymbol[];
  assert.equal(symbols.length, 1);
  const hover = await server.conn.sendRequest(HoverRequest.type, { textDocument, position: at(999, 999) });
  assert.equal(hover, null, 'a position past the end is valid LSP (clamped), not an error');
});

test('a second didOpen of the same uri replaces the text: diagnostics and symbols follow the new text', async () => {
  const uri = await openText(server, BROKEN);
  const first = server.published.filter((p) => p.uri === uri).at(-1)!;
  assert.ok(first.diagnostics.some((d) => d.code === 'table-unreadable'), 'the broken table is reported');
  // The same uri opened again (a client that lost track, or a reload), same version, different text.
  const replaced = BROKEN.replace(/^\|.*\n/gm, '').replace('三、存在的主要问题及改进情况', '三、新的标题');
  assert.notEqual(replaced, BROKEN);
  const second = server.diagnostics(uri, 1);
  await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text: replaced } });
  const diagnostics = (await second).diagnostics;
  assert.ok(!diagnostics.some((d) => d.code === 'table-unreadable'), JSON.stringify(diagnostics.map((d) => d.code)));
  const [report] = (await server.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.equal(report.children!.at(-1)!.name, '三、新的标题');
});

test('requests after shutdown are answered with InvalidRequest; exit then ends the process with 0', async () => {
  const s = await startServer();
  const uri = await openText(s, BROKEN);
  assert.equal(await s.conn.sendRequest(ShutdownRequest.type), null);
  for (const [method, params] of [
    [DocumentSymbolRequest.method, { textDocument: { uri } }],
    [HoverRequest.method, { textDocument: { uri }, position: at(0, 0) }],
    [ShutdownRequest.method, undefined],
  ] as const) {
    const e = await errorOf(s, method, params);
    assert.equal(e.code, ErrorCodes.InvalidRequest, `${method}: ${e.code} ${e.message}`);
    assert.match(e.message, /shutdown/);
  }
  const exited = s.exited();
  await s.conn.sendNotification('exit');
  assert.equal(await exited, 0);
  s.conn.dispose();
});

test('the client closing the server\'s output stream ends the server with code 1 (not a crash)', async () => {
  const s = await startServer();
  const exited = s.exited();
  s.proc.stdout!.destroy();
  // The server has something to say (diagnostics for a new document), and nobody to say it to.
  await s.conn.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: 'file:///nowhere/closed-output.txt', languageId: 'nianbao', version: 1, text: BROKEN },
  }).catch(() => undefined);
  // 1: LSP's code for an end without shutdown (a crash would be 7, an uncaught exception's handler failing).
  assert.equal(await exited.finally(() => s.proc.kill()), 1);
  s.conn.dispose();
});

test('the client closing the server\'s input stream ends the server with code 1 before shutdown, 0 after', async () => {
  for (const shutdown of [false, true]) {
    const s = await startServer();
    if (shutdown) await s.conn.sendRequest(ShutdownRequest.type);
    const exited = s.exited();
    s.proc.stdin!.end();
    assert.equal(await exited.finally(() => s.proc.kill()), shutdown ? 0 : 1);
    s.conn.dispose();
  }
});

test('a FIFO named .nianbao.json does not block the server: the report next to it is still checked', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-fifo-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  execFileSync('mkfifo', [path.join(dir, '.nianbao.json')]);
  const s = await startServer();
  try {
    const uri = pathToFileURL(path.join(dir, 'report.txt')).href;
    const published = s.diagnostics(uri, 1);
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text: BROKEN } });
    const { diagnostics } = await published;
    assert.ok(diagnostics.some((d) => d.code === 'table-unreadable'));
    // The user is told why the configuration was not read (sent before the diagnostics).
    assert.ok(s.messages.some((m) => /\.nianbao\.json .*不是普通文件（命名管道）/.test(m)), s.messages.join('\n'));
    await s.stop();
  } finally {
    s.proc.kill();
  }
});
