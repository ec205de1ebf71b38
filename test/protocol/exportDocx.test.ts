// `nianbao/exportDocx` over the protocol: the bundled server builds the Word file of an open report (the docx
// library loaded from dist/lib on first use) with the report's tables; a document it does not have gets an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { parseDocument } from '../../server/src/core';
import { docxImporter } from '../../server/src/import/docx';
import { EXPORT_DOCX_METHOD, type ExportDocxResult } from '../../server/src/lsp/exportProtocol';
import { startServer } from './lspServer';

const example = path.join(__dirname, '..', '..', 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md');

test('nianbao/exportDocx answers the open report as a .docx whose import has its tables; an unknown document gets an error', async () => {
  const server = await startServer();
  try {
    const uri = pathToFileURL(example).href;
    const text = fs.readFileSync(example, 'utf8');
    await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
    const result = await server.conn.sendRequest<ExportDocxResult>(EXPORT_DOCX_METHOD, { uri });
    assert.ok('base64' in result, JSON.stringify(result));
    const imported = await docxImporter.convert(Buffer.from(result.base64, 'base64'), 'report.docx');
    const doc = parseDocument(imported.text);
    assert.deepEqual(doc.tables.map((t) => t.national?.id), ['A', 'A', 'A', 'A', 'B', 'C']);
    assert.equal(doc.reports[0].title?.text, '青禾县人民政府2024年政府信息公开工作年度报告');

    const missing = await server.conn.sendRequest<ExportDocxResult>(EXPORT_DOCX_METHOD, { uri: 'file:///nowhere.md' });
    assert.ok('error' in missing && /没有打开这个文档/.test(missing.error), JSON.stringify(missing));
  } finally {
    await server.stop();
  }
});
