// The custom request nianbao/htmlToPipeTables over stdio, against the bundled server (dist/server.js), which
// loads the HTML importer (dist/import/html.js) on the first paste: a table copied from Word comes back as a
// pipe table, HTML without a table as null, bad params as InvalidParams.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { parseDocument } from '../../server/src/core';
import { HTML_TO_PIPE_TABLES_METHOD, type HtmlToPipeTablesResult } from '../../server/src/lsp/pasteProtocol';
import { startServer, type TestServer } from './lspServer';

let server: TestServer;
before(async () => {
  server = await startServer({ locale: 'zh-cn' });
});
after(async () => {
  await server?.stop();
});

const convert = (params: unknown) => server.conn.sendRequest(HTML_TO_PIPE_TABLES_METHOD, params) as Promise<HtmlToPipeTablesResult>;

test('a table copied from Word is answered as a pipe table the parser reads as 表四; HTML without a table as null', async () => {
  const html = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'word-clipboard-table4.html'), 'utf8');
  const { text } = await convert({ html });
  assert.ok(text, 'a pipe table');
  assert.equal(parseDocument(text).tables[0]?.national?.id, 'C');
  assert.deepEqual(await convert({ html: '<p>一、总体情况</p>' }), { text: null });
});

test('params without html are answered with InvalidParams, and the server goes on', async () => {
  await assert.rejects(convert({ text: 'x' }), (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.InvalidParams && /html/.test(e.message));
  assert.deepEqual(await convert({ html: '' }), { text: null });
});
