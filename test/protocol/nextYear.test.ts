// The server command nianbao.server.nextYearDraft (workspace/executeCommand) over stdio, against the bundled
// server: the draft of next year's report from an open document, the same on the server's thread and in a
// worker, null for a text without a report year, an error for bad arguments.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { nextYearDraft, parseDocument } from '../../server/src/core';
import { NEXT_YEAR_COMMAND, type NextYearResult } from '../../server/src/lsp/nextYearProtocol';
import { startServer, type TestServer } from './lspServer';

const EXAMPLE_2024 = path.join(__dirname, '..', '..', 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md');
const EXAMPLE_2017 = path.join(__dirname, '..', '..', 'examples', '青禾县自然资源局2017年政府信息公开工作年度报告.txt');

let server: TestServer;
let workers: TestServer;
before(async () => {
  // In the second server every document is analysed in a worker.
  [server, workers] = await Promise.all([startServer({ locale: 'zh-cn' }), startServer({ locale: 'en', env: { NIANBAO_WORKER_MIN_LENGTH: '1' } })]);
});
after(async () => {
  await Promise.all([server?.stop(), workers?.stop()]);
});

async function open(s: TestServer, file: string, text = fs.readFileSync(file, 'utf8'), uri = pathToFileURL(file).href): Promise<string> {
  const published = s.diagnostics(uri, 1);
  await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
  await published;
  return uri;
}

const draftOf = (s: TestServer, uri: unknown) =>
  s.conn.sendRequest(ExecuteCommandRequest.type, { command: NEXT_YEAR_COMMAND, arguments: [uri] }) as Promise<NextYearResult | null>;

test('the server announces the command and answers with the core\'s draft, on its thread and in a worker', async () => {
  assert.deepEqual(server.init.capabilities.executeCommandProvider?.commands, [NEXT_YEAR_COMMAND]);
  for (const s of [server, workers]) {
    const uri = await open(s, EXAMPLE_2024);
    const got = await draftOf(s, uri);
    const text = fs.readFileSync(EXAMPLE_2024, 'utf8');
    const expected = nextYearDraft(parseDocument(text, { fileName: path.basename(EXAMPLE_2024) }))!;
    assert.equal(got?.year, 2025);
    assert.equal(got?.text, expected.text);
    assert.deepEqual(got?.notes, []);
  }
});

test('a change of format is noted in the client\'s language; no year gives null; a bad argument an error', async () => {
  // The 2017 example a year later: a 2018 report in the legacy format, whose next year has the 2019 format.
  const text = fs.readFileSync(EXAMPLE_2017, 'utf8').replace(/2018/g, '2019').replace(/2017/g, '2018');
  const uri = await open(workers, EXAMPLE_2017, text, 'untitled:Untitled-2018');
  const got = await draftOf(workers, uri);
  assert.equal(got?.year, 2019);
  assert.equal(got?.notes.length, 1);
  assert.match(got!.notes[0], /^A report on 2019 uses the 2019 trial format; last year's is in the legacy format/);
  const noYear = await open(server, EXAMPLE_2024, '今天天气很好。\n', 'untitled:Untitled-1');
  assert.equal(await draftOf(server, noYear), null);
  // A document the server does not have: null, not an error.
  assert.equal(await draftOf(server, 'file:///nowhere.md'), null);
  await assert.rejects(draftOf(server, 42), /first argument must be the report's uri/);
  await assert.rejects(server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'nianbao.nope', arguments: [] }), /unknown command/);
});
