// A document's analysis worker outlives its versions: a new version, or a cancelled request, stops the work in
// hand at its next step (after the parse, after a rule) and the same worker, its JIT warm, answers the next
// version exactly as a fresh parse does.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { CancellationTokenSource, LSPErrorCodes, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectFindings, parseDocument } from '../../server/src/core';
import type { AnswerContext } from '../../server/src/lsp/analysis';
import { answerDiagnostics, DIAGNOSTICS } from '../../server/src/lsp/features/diagnostics';
import { WorkerPool } from '../../server/src/lsp/workerPool';
import { readExamples } from '../unit/fixtures';

// The server's bundle, started as a worker in its analysis role (server/src/main.ts).
const WORKER_FILE = path.join(__dirname, '..', '..', 'dist', 'server.js');
const pool = new WorkerPool(WORKER_FILE, 2);
after(() => pool.clear());

/** The example reports one after another until the text reaches `bytes` (UTF-8): seconds to check here. */
function largeDocument(bytes: number): string {
  const texts = readExamples().map(([, text]) => text);
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    parts.push(texts[i % texts.length]);
    size += Buffer.byteLength(texts[i % texts.length]) + 2;
  }
  return parts.join('\n\n');
}

const ctxOf = (document: TextDocument): AnswerContext => ({ uri: document.uri, version: document.version, lang: 'zh', documentChanges: false });
const diagnosticsOf = (document: TextDocument, token?: CancellationTokenSource) =>
  pool.run(document, {}, {}, DIAGNOSTICS.kind, { limit: 1000 }, ctxOf(document), token?.token);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Without the link to the rule's page (found next to the bundle, not next to the sources). */
const withoutLinks = (diagnostics: unknown) => (diagnostics as Diagnostic[]).map(({ codeDescription: _, ...d }) => d);

/** What the server's own thread answers for `document`. */
function expectedDiagnostics(document: TextDocument) {
  const doc = parseDocument(document.getText(), {});
  const findings = collectFindings(doc, {});
  return withoutLinks(answerDiagnostics({ doc, config: {}, findings: () => findings }, { limit: 1000 }, ctxOf(document)));
}

test('a new version stops the check of the old one in the same worker, which then answers the new one', async () => {
  const v1 = TextDocument.create('untitled:pool-edit.nianbao', 'nianbao', 1, largeDocument(1024 * 1024));
  const first = diagnosticsOf(v1);
  await pause(150); // the worker is parsing or checking version 1
  const thread = pool.threadIdOf(v1.uri);
  assert.ok(thread !== undefined, 'the document has a worker');
  const v2 = TextDocument.update(v1, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '的' }], 2);
  pool.superseded(v2);
  await assert.rejects(first, (err: { code?: number }) => err.code === LSPErrorCodes.ContentModified);
  const second = await diagnosticsOf(v2);
  assert.equal(pool.threadIdOf(v2.uri), thread, 'the worker was ended and replaced');
  assert.deepEqual(withoutLinks(second), expectedDiagnostics(v2));
});

test('a cancelled request stops in the worker, which goes on answering the same version', async () => {
  const document = TextDocument.create('untitled:pool-cancel.nianbao', 'nianbao', 1, largeDocument(1024 * 1024));
  const source = new CancellationTokenSource();
  const asked = diagnosticsOf(document, source);
  await pause(150);
  const thread = pool.threadIdOf(document.uri);
  source.cancel();
  await assert.rejects(asked, (err: { code?: number }) => err.code === LSPErrorCodes.RequestCancelled);
  // The findings abandoned halfway are computed afresh, in full.
  const again = await diagnosticsOf(document);
  assert.equal(pool.threadIdOf(document.uri), thread);
  assert.deepEqual(withoutLinks(again), expectedDiagnostics(document));
});
