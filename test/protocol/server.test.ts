// Protocol-level tests: the bundled server (dist/server.js) over stdio, driven by a plain LSP client.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest,
  ExitNotification, FoldingRangeRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
  ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type DocumentSymbol, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const root = path.join(__dirname, '..', '..');
const serverPath = path.join(root, 'dist', 'server.js');
const shared = path.join(root, '..', 'shared');

let proc: ChildProcess;
let conn: ProtocolConnection;
const published: PublishDiagnosticsParams[] = [];
const waiters: Array<(p: PublishDiagnosticsParams) => void> = [];

function nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within 10 s`)), 10_000);
    waiters.push(function waiter(p) {
      if (p.uri !== uri || (version !== undefined && p.version !== version)) {
        waiters.push(waiter);
        return;
      }
      clearTimeout(timer);
      resolve(p);
    });
  });
}

before(async () => {
  assert.ok(fs.existsSync(serverPath), `${serverPath} is missing: run \`npm run build\` first`);
  proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    const pending = waiters.splice(0);
    for (const w of pending) w(p);
  });
  conn.listen();
  const init = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  });
  assert.equal(init.capabilities.documentSymbolProvider !== undefined, true);
  assert.equal(init.capabilities.foldingRangeProvider, true);
  await conn.sendNotification(InitializedNotification.type, {});
});

after(async () => {
  if (!conn) return;
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  conn.dispose();
  await new Promise((r) => (proc.exitCode !== null ? r(undefined) : proc.on('exit', r)));
});

async function open(file: string, languageId = 'nianbao'): Promise<{ uri: string; text: string }> {
  const text = fs.readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  const diags = nextDiagnostics(uri, 1);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  await diags;
  return { uri, text };
}

test('outline of seed 001 has its five reports with their level-1 headings', async () => {
  const { uri } = await open(path.join(shared, 'seeds', '001_e0f2844ddd246cd5.txt'));
  const symbols = (await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.equal(symbols.length, 5);
  assert.match(symbols[0].name, /第一篇：绵阳市环境保护局2009年政府信息公开工作年度报告/);
  assert.equal(symbols[0].range.start.line, 0);
  assert.deepEqual(
    symbols[3].children!.map((c) => c.name),
    ['一、主动公开情况', '二、依申请公开及咨询情况', '三、主要做法', '四、存在问题', '五、下一步工作打算'],
  );
  // 第四篇 starts on line 156 (0-based 155).
  assert.equal(symbols[3].range.start.line, 155);
});

test('outline of a standard-format report nests the national tables under their sections', async () => {
  const { uri } = await open(path.join(shared, 'corpus', '2024_huaian_shizhengfu_1.md'), 'markdown');
  const [report] = (await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const section3 = report.children!.find((c) => c.name.startsWith('三、'))!;
  assert.equal(section3.name, '三、收到和处理政府信息公开申请情况');
  assert.deepEqual(section3.children!.map((c) => c.name), ['收到和处理政府信息公开申请情况表']);
  assert.equal(section3.children![0].range.start.line, 51);
  const folds = await conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  assert.ok(folds!.some((f) => f.startLine === 51 && f.endLine === 77), 'Table B folds from its header to its last row');
});

test('a table it cannot read is reported, and an edit in the middle of a CJK line is applied at the right UTF-16 offset', async () => {
  const file = path.join(shared, 'corpus', '2024_huaian_shizhengfu_1.md');
  const { uri } = await open(file, 'nianbao');
  const first = published.filter((p) => p.uri === uri).at(-1)!;
  assert.deepEqual(first.diagnostics, []);
  // Break the label of Table B's first row in the middle of the CJK text: 本年新收 → 本年新X收 is still
  // recognized; replacing the whole label block with junk makes the table unreadable.
  const line = 53; // "| 一、本年新收政府信息公开申请数量 | 3001 | …"
  const v2 = nextDiagnostics(uri, 2);
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line, character: 5 }, end: { line, character: 5 } }, text: 'X' }],
  });
  const after2 = await v2;
  assert.deepEqual(after2.diagnostics, [], 'a one-character typo in a label is tolerated');
  const v3 = nextDiagnostics(uri, 3);
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 3 },
    contentChanges: [{ range: { start: { line: 51, character: 0 }, end: { line: 77, character: 0 } }, text: '| 本年新收 | 予以公开 |\n|---|---|\n| 上年结转 | 1 |\n' }],
  });
  const after3 = await v3;
  assert.equal(after3.diagnostics.length, 1);
  assert.equal(after3.diagnostics[0].code, 'table-unreadable');
  assert.equal(after3.diagnostics[0].range.start.line, 51);
  assert.match(String(after3.diagnostics[0].message), /统计表/);
});
