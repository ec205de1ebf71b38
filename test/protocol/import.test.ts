// The custom request nianbao/import against the bundled server (dist/server.js, which loads dist/unpdf.mjs
// only when a PDF is converted): a published PDF comes back as the text the importer gives, a file that is
// not a PDF, a missing file and a URI that is not a file come back as messages for the user, never errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { importBytes } from '../../server/src/import';
import { IMPORT_METHOD, type ImportResponse } from '../../server/src/lsp/importProtocol';
import { SHARED, sharedTest } from '../unit/fixtures';
import { minimalPdf } from '../unit/pdfFixture';
import { startServer, type TestServer } from './lspServer';

let server: TestServer;
let dir: string;
before(async () => {
  server = await startServer({ locale: 'zh-cn' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-import-'));
});
after(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const request = (uri: string) => server.conn.sendRequest(IMPORT_METHOD, { uri }) as Promise<ImportResponse>;

sharedTest('a published PDF is converted by the server exactly as by the importer', async () => {
  const file = path.join(SHARED, 'corpus', 'native', '2024_huaian_shizhengfu.pdf');
  const answer = await request(pathToFileURL(file).href);
  assert.ok(answer.ok, JSON.stringify(answer));
  const direct = await importBytes(new Uint8Array(fs.readFileSync(file)), path.basename(file));
  assert.equal(answer.text, direct.text);
  assert.equal(answer.format, 'pdf');
  assert.match(answer.text, /^\| 一、本年新收政府信息公开申请数量 \| 3001 \|/m);
});

test('a small PDF written by the test converts; a scan without text says so', async () => {
  const small = path.join(dir, 'small.pdf');
  fs.writeFileSync(small, minimalPdf(['Annual report of the county office for 2024']));
  const ok = await request(pathToFileURL(small).href);
  assert.ok(ok.ok && /Annual report of the county office/.test(ok.text), JSON.stringify(ok));
  const scan = path.join(dir, 'scan.pdf');
  fs.writeFileSync(scan, minimalPdf([]));
  const refused = await request(pathToFileURL(scan).href);
  assert.ok(!refused.ok);
  assert.match(refused.error.zh, /没有文字层/);
});

test('bad input: not a PDF, a missing file, an unsupported type, a URI that is not a file, no params', async () => {
  const broken = path.join(dir, 'broken.pdf');
  fs.writeFileSync(broken, 'this is not a PDF');
  for (const uri of [pathToFileURL(broken).href, pathToFileURL(path.join(dir, 'missing.pdf')).href, pathToFileURL(path.join(dir, 'x.xyz')).href, 'untitled:Untitled-1']) {
    const answer = await request(uri);
    assert.equal(answer.ok, false, uri);
    if (!answer.ok) assert.ok(answer.error.zh && answer.error.en, uri);
  }
  const none = (await server.conn.sendRequest(IMPORT_METHOD, null)) as ImportResponse;
  assert.equal(none.ok, false);
});
