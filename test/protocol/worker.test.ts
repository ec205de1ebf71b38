// A large document is answered by its analysis worker with the same functions the server's thread uses for a
// small one: a server that sends every document to a worker (NIANBAO_WORKER_MIN_LENGTH=1) answers exactly as the
// ordinary one — diagnostics, symbols, folding, hover, completion, code actions, documentInfo — on the examples
// and on real reports.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest,
  FoldingRangeRequest, HoverRequest, type ClientCapabilities, type Position,
} from 'vscode-languageserver-protocol/node';
import { DOCUMENT_INFO_METHOD } from '../../server/src/lsp/documentInfoProtocol';
import { HAS_SHARED, listShared, readExamples, readShared, SHARED, sharedTest } from '../unit/fixtures';
import { startServer, type TestServer } from './lspServer';

const examplesDir = path.join(__dirname, '..', '..', 'examples');
/** [file, text, needs ../shared] */
const documents: Array<[string, string, boolean]> = [
  ...readExamples().map(([name, text]): [string, string, boolean] => [path.join(examplesDir, name), text, false]),
  ...(HAS_SHARED ? listShared('seeds').filter((f) => /^00[013]_/.test(f)).map((f): [string, string, boolean] => [path.join(SHARED, 'seeds', f), readShared('seeds', f), true]) : []),
];
const capabilities: ClientCapabilities = {
  textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
  workspace: { workspaceEdit: { documentChanges: true } },
};

let inThread: TestServer;
let inWorker: TestServer;

before(async () => {
  [inThread, inWorker] = await Promise.all([startServer({ capabilities }), startServer({ capabilities, env: { NIANBAO_WORKER_MIN_LENGTH: '1' } })]);
});

after(() => Promise.all([inThread?.stop(), inWorker?.stop()]));

/** Everything both servers answer about the document at `uri`, holding `text`. */
async function answers(server: TestServer, uri: string, text: string): Promise<Record<string, unknown>> {
  const lines = text.split('\n');
  const positions: Position[] = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => {
    const line = Math.floor(lines.length * f);
    return { line, character: Math.floor(lines[line].length / 2) };
  });
  const textDocument = { uri };
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
  return {
    symbols: await server.conn.sendRequest(DocumentSymbolRequest.type, { textDocument }),
    folding: await server.conn.sendRequest(FoldingRangeRequest.type, { textDocument }),
    hovers: await Promise.all(positions.map((position) => server.conn.sendRequest(HoverRequest.type, { textDocument, position }))),
    completions: await Promise.all(positions.map((position) => server.conn.sendRequest(CompletionRequest.type, { textDocument, position }))),
    actions: await server.conn.sendRequest(CodeActionRequest.type, { textDocument, range: whole, context: { diagnostics: [], only: ['quickfix', 'source.fixAll'] } }),
    info: await server.conn.sendRequest(DOCUMENT_INFO_METHOD, { uri }),
  };
}

for (const [file, text, needsShared] of documents) {
  (needsShared ? sharedTest : test)(`${path.basename(file)}: a worker answers as the server's thread does, before and after an edit`, async () => {
    const uri = pathToFileURL(file).href;
    const results = await Promise.all(
      [inThread, inWorker].map(async (server) => {
        const first = server.diagnostics(uri, 1);
        await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
        const opened = { diagnostics: (await first).diagnostics, ...(await answers(server, uri, text)) };
        const second = server.diagnostics(uri, 2);
        // Delete the first line: every position after it moves.
        await server.conn.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version: 2 },
          contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }],
        });
        const edited = { diagnostics: (await second).diagnostics, ...(await answers(server, uri, text.slice(text.indexOf('\n') + 1))) };
        return { opened, edited };
      }),
    );
    assert.ok(inWorker.logs.some((l) => l.includes(`in a worker thread: ${uri}`)), 'answered in a worker');
    assert.ok(!inThread.logs.some((l) => l.includes('in a worker thread')), 'answered on the server thread');
    assert.ok((results[0].opened as Record<string, unknown[]>).symbols.length > 0, 'something to compare');
    assert.deepEqual(results[1], results[0]);
  });
}
