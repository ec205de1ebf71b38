// Older PDFs whose CID fonts use a predefined CJK CMap and carry no ToUnicode map: the text comes back only
// through pdf.js's packed CMaps (import/pdfCMaps.ts), which the build copies to dist/cmaps/ for the .vsix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { importBytes } from '../../server/src/import';
import { CMapFiles } from '../../server/src/import/pdfCMaps';
import { cidFontPdf } from './pdfFixture';

const LINES = ['某县人民政府2023年政府信息公开工作年度报告', '一、总体情况', '本县共主动公开政府信息1234条，其中规章0件。'];
const gbk = (text: string) => iconv.encode(text, 'gbk');
const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');

for (const cmap of ['UniGB-UCS2-H', 'GBK-EUC-H'] as const) {
  test(`a PDF in STSong-Light with ${cmap} and no ToUnicode map reads as its text`, async () => {
    const result = await importBytes(cidFontPdf(LINES, cmap, gbk), `old-${cmap}.pdf`);
    assert.equal(result.text.replace(/\n/g, ''), LINES.join(''));
  });
}

test('the CMap reader gives only CMap files by name, nothing by path', async () => {
  const files = new CMapFiles();
  assert.ok((await files.fetch({ kind: 'cMapUrl', filename: 'UniGB-UCS2-H.bcmap' })).length > 0);
  await assert.rejects(files.fetch({ kind: 'cMapUrl', filename: '../../package.json' }));
  await assert.rejects(files.fetch({ kind: 'standardFontDataUrl', filename: 'FoxitSans.pfb' }));
});

test('the built extension ships the GB1 CMaps and the bundled importer finds them', () => {
  for (const name of ['UniGB-UCS2-H', 'UniGB-UTF16-H', 'GBK-EUC-H', 'GB-EUC-H', 'Adobe-GB1-UCS2']) {
    assert.ok(fs.existsSync(path.join(dist, 'cmaps', `${name}.bcmap`)), `dist/cmaps/${name}.bcmap is missing: run \`npm run build\` first`);
  }
  assert.match(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8'), /^!dist\/cmaps\/\*\.bcmap$/m);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cmap-'));
  try {
    const file = path.join(dir, 'old.pdf');
    fs.writeFileSync(file, cidFontPdf(LINES, 'UniGB-UCS2-H', gbk));
    // dist/cli.js holds the same importer as dist/server.js: both look for dist/cmaps beside themselves.
    const markdown = execFileSync(process.execPath, [path.join(dist, 'cli.js'), 'convert', file], { encoding: 'utf8' });
    assert.ok(markdown.replace(/\n/g, '').includes(LINES.join('')), markdown);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
