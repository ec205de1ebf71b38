// The custom request nianbao/preview over stdio, against the bundled server (dist/server.js): the HTML of the
// current version with its findings, the same from a document's worker as from the server's thread, the new
// version after an edit, and null (never an error) for a document the server does not have.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { collectFindings, parseDocument, renderPreview } from '../../server/src/core';
import { PREVIEW_METHOD, type PreviewResult } from '../../server/src/lsp/previewProtocol';
import { startServer, type TestServer } from './lspServer';

const EXAMPLE_2024 = path.join(__dirname, '..', '..', 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md');

let inThread: TestServer;
let inWorker: TestServer;
before(async () => {
  [inThread, inWorker] = await Promise.all([startServer({ locale: 'zh-cn' }), startServer({ locale: 'zh-cn', env: { NIANBAO_WORKER_MIN_LENGTH: '1' } })]);
});
after(async () => {
  await Promise.all([inThread?.stop(), inWorker?.stop()]);
});

const preview = (s: TestServer, uri: string) => s.conn.sendRequest(PREVIEW_METHOD, { uri }) as Promise<PreviewResult | null>;

test('the preview of the current version, with the findings the diagnostics show, in the thread and in a worker alike', async () => {
  const text = fs.readFileSync(EXAMPLE_2024, 'utf8');
  const uri = pathToFileURL(EXAMPLE_2024).href;
  const results: PreviewResult[] = [];
  for (const s of [inThread, inWorker]) {
    const published = s.diagnostics(uri, 1);
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
    await published;
    const got = await preview(s, uri);
    assert.ok(got, 'an answer');
    results.push(got);
  }
  const doc = parseDocument(text, { fileName: path.basename(EXAMPLE_2024) });
  const expected = renderPreview(doc, { lang: 'zh', config: {}, findings: collectFindings(doc, {}) });
  assert.equal(results[0].version, 1);
  assert.equal(results[0].html, expected);
  assert.deepEqual(results[1], results[0], 'the worker renders the same');

  const edited = text.replace('一、总体情况', '一、总体情况与进展');
  for (const s of [inThread, inWorker]) {
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const got = await preview(s, uri);
    assert.equal(got?.version, 2);
    assert.match(got!.html, /<h2 class="nb-h nb-h1" data-line="4" data-end-line="4">一、总体情况与进展<\/h2>/);
  }
});

test('a document the server does not have, or bad params: null', async () => {
  assert.equal(await preview(inThread, 'file:///nowhere/report.txt'), null);
  assert.equal(await inThread.conn.sendRequest(PREVIEW_METHOD, { uri: 42 }), null);
});
