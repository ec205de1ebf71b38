// nianbao.maxDiagnostics over the protocol: a document with thousands of findings gets at most the limit
// (default 1000), errors first, plus one note on its first line; the client's setting changes the limit.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ConfigurationRequest, DiagnosticSeverity, DidChangeConfigurationNotification, DidOpenTextDocumentNotification,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from './lspServer';

/** 3 000 sibling headings all numbered "2." (each a heading-sequence warning), then 20 invalid dates (errors). */
function crowdedReport(): string {
  const lines = ['某县某局2024年政府信息公开工作年度报告', '', '一、总体情况', ''];
  for (let i = 0; i < 3000; i++) lines.push('2.加强组织领导');
  for (let i = 0; i < 20; i++) lines.push('本年度于2024年2月30日召开会议。');
  return lines.join('\n') + '\n';
}

let server: TestServer;
/** What the client answers to workspace/configuration for the section nianbao. */
let settings: Record<string, unknown> = {};

before(async () => {
  server = await startServer({ capabilities: { workspace: { configuration: true } } });
  server.conn.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'nianbao' ? settings : null)));
});

after(() => server?.stop());

let count = 0;
async function open(text: string): Promise<PublishDiagnosticsParams> {
  const uri = `untitled:crowded-${++count}.nianbao`;
  const published = server.diagnostics(uri, 1);
  await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
  return published;
}

test('by default at most 1000 diagnostics: every error, then the first warnings, and a note on line 1 counting the rest', async () => {
  settings = {};
  const { diagnostics } = await open(crowdedReport());
  assert.equal(diagnostics.length, 1001);
  const [note, ...rest] = diagnostics;
  assert.equal(note.code, 'findings-limit');
  assert.equal(note.severity, DiagnosticSeverity.Information);
  assert.equal(note.range.start.line, 0);
  const message = String(note.message);
  const omitted = Number(/^另有 (\d+) 条检查结果未显示（每个文档最多显示 1000 条）/.exec(message)?.[1]);
  assert.ok(omitted >= 2000, message);
  const errors = rest.filter((d) => d.severity === DiagnosticSeverity.Error);
  assert.equal(errors.filter((d) => d.code === 'invalid-date').length, 20, 'the errors at the end of the document are all kept');
  // The warnings kept are the first ones in the document.
  const warningLines = rest.filter((d) => d.code === 'heading-sequence').map((d) => d.range.start.line);
  assert.deepEqual(warningLines, [...warningLines].sort((a, b) => a - b));
  assert.equal(warningLines[0], 4, "the first \"2.\", which starts its list at 2");
});

test('nianbao.maxDiagnostics: 50 keeps 50 and the note; 0 shows every finding', async () => {
  settings = { maxDiagnostics: 50 };
  await server.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
  const fifty = await open(crowdedReport());
  assert.equal(fifty.diagnostics.length, 51);
  assert.match(String(fifty.diagnostics[0].message), /每个文档最多显示 50 条/);
  assert.equal(fifty.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length, 20 + fifty.diagnostics.filter((d) => d.code === 'missing-section').length);

  settings = { maxDiagnostics: 0 };
  await server.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
  const all = await open(crowdedReport());
  assert.ok(all.diagnostics.length > 3000, `${all.diagnostics.length}`);
  assert.ok(!all.diagnostics.some((d) => d.code === 'findings-limit'));
});
