// Text files in the encodings reports are saved in (import/text.ts): decoded exactly, or refused with a
// message — never guessed into mojibake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText, ImportError, importBytes } from '../../server/src/import';

const REPORT = '某县人民政府2023年政府信息公开工作年度报告\n\n一、总体情况\n\n2023年，本县共主动公开政府信息1234条。\n（一）主动公开\n| 规章 | 0 | 0 | 0 |\n落款：某县人民政府办公室　2024年1月17日\n';

test('UTF-8 with or without a byte-order mark, UTF-16 LE/BE with or without one, GBK and GB18030 all decode to the same text', async () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['utf-8', Buffer.from(REPORT), 'utf-8'],
    ['utf-8 BOM', Buffer.from(`\ufeff${REPORT}`), 'utf-8'],
    ['utf-16le BOM', iconv.encode(REPORT, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['utf-16be BOM', iconv.encode(REPORT, 'utf-16be', { addBOM: true }), 'utf-16be'],
    ['utf-16le', iconv.encode(REPORT, 'utf-16le'), 'utf-16le'],
    ['utf-16be', iconv.encode(REPORT, 'utf-16be'), 'utf-16be'],
    ['gbk', iconv.encode(REPORT, 'gbk'), 'gb18030'],
    ['gb18030', iconv.encode(`${REPORT}𠀀€\n`, 'gb18030'), 'gb18030'],
  ];
  for (const [name, bytes, encoding] of cases) {
    const decoded = await decodeText(bytes);
    assert.equal(decoded.encoding, encoding, name);
    assert.equal(decoded.text, name === 'gb18030' ? `${REPORT}𠀀€\n` : REPORT, name);
  }
});

test('UTF-16 without a byte-order mark is told by its line breaks, not by CJK characters with a zero byte (一 is 4E 00)', async () => {
  const text = '一一一一一一一一一一\n一二三\n'.repeat(50);
  assert.equal((await decodeText(iconv.encode(text, 'utf-16le'))).text, text);
  assert.equal((await decodeText(iconv.encode(text, 'utf-16be'))).text, text);
});

test('bytes in no encoding it reads are refused with a message, not decoded into mojibake', async () => {
  const refused = [
    iconv.encode('Rapport annuel — données publiques, café, élève.\n'.repeat(10), 'windows-1252'),
    iconv.encode('台北市政府資訊公開年度報告\n'.repeat(10), 'big5'),
    Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256 | 0x80),
    iconv.encode(REPORT, 'utf-16le', { addBOM: true }).subarray(0, 41).reverse(),
  ];
  for (const bytes of refused) {
    await assert.rejects(decodeText(bytes), (e: unknown) => e instanceof ImportError && /无法识别字符编码/.test(e.zh) && /unknown character encoding/.test(e.en));
  }
});

test('a read cut in the middle of a character (the first bytes of a large file) is not an error when partial', async () => {
  // 某县 and the first byte of 人, in UTF-8 and in GBK.
  for (const bytes of [Buffer.from(REPORT).subarray(0, Buffer.byteLength('某县') + 1), iconv.encode(REPORT, 'gbk').subarray(0, 5)]) {
    assert.equal((await decodeText(bytes, { partial: true })).text, '某县');
    await assert.rejects(decodeText(bytes), ImportError, 'the whole file cannot end inside a character');
  }
});

test('importBytes reads .txt, .md and .nianbao through the decoder, and refuses an extension no importer reads', async () => {
  for (const name of ['a.txt', 'B.MD', 'c.nianbao']) {
    const r = await importBytes(iconv.encode(REPORT, 'gbk'), name);
    assert.deepEqual([r.format, r.text, r.encoding], ['text', REPORT, 'gb18030'], name);
  }
  await assert.rejects(importBytes(Buffer.from(REPORT), 'report.xls'), (e: unknown) => e instanceof ImportError && /不支持的文件类型/.test(e.zh));
});
