// Web pages and clipboard HTML (import/html.ts): the real saved page of a county bureau against its hand-made
// text twin, pages the test makes (GBK, page chrome, hostile markup), and a table copied from Word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { collectFindings, localize, parseDocument, type ReportDocument } from '../../server/src/core';
import { ImportError, importBytes } from '../../server/src/import';
import { htmlClipboardToPipeTables, htmlToText } from '../../server/src/import/html';
import { SHARED, readShared, sharedTest } from './fixtures';

/** Every national table as the parser reads it: id, and each row's cells by column id (kind and value or text). */
function nationalCells(doc: ReportDocument) {
  return doc.tables
    .filter((t) => t.national)
    .map((t) => ({
      id: t.national!.id,
      parts: t.national!.parts,
      rows: t.national!.rows.map((r) => [r.id, [...r.cells].map(([col, c]) => [col, c.kind, c.value ?? c.text])]),
    }));
}

const findings = (doc: ReportDocument) => collectFindings(doc).map((f) => `${f.ruleId} ${localize(f.message, 'zh')}`);

sharedTest('the saved web page of 沭阳县发改局 converts to text whose national tables equal its twin cell by cell, with the same findings', async () => {
  const bytes = fs.readFileSync(path.join(SHARED, 'corpus', 'native', '2023_shuyang_fagaiju.html'));
  const converted = await importBytes(bytes, '2023_shuyang_fagaiju.html');
  assert.equal(converted.format, 'html');
  const doc = parseDocument(converted.text);
  const twin = parseDocument(readShared('corpus', '2023_shuyang_fagaiju_1'));
  const cells = nationalCells(doc);
  // 表二 as four parts (第二十条第（一）（五）（六）（八）项), 表三, 表四.
  assert.deepEqual(cells.map((t) => t.id), ['A', 'A', 'A', 'A', 'B', 'C']);
  assert.ok(cells.find((t) => t.id === 'B')!.rows.length >= 25, 'every row of 表三 is recognised');
  assert.deepEqual(cells, nationalCells(twin));
  assert.deepEqual(findings(doc), findings(twin));
  // The page around the article is gone: navigation, scripts, the crawler's note, the footer frame.
  for (const chrome of ['首页', '走进沭阳', 'websiteId', 'function time', '采集时间', '繁體版', '智能问答']) {
    assert.ok(!converted.text.includes(chrome), `no "${chrome}" from the page chrome`);
  }
  // The title and the info table's fields come first, as in the twin.
  assert.deepEqual(converted.text.split('\n').slice(0, 3), [
    '沭阳县发展和改革局2023年政府信息公开年度报告',
    '',
    '发布机构：沭阳县发展和改革局　公开日期：2024-01-17　索引号：014314799/2024-00002',
  ]);
});

/** A CMS page as county sites make them, with the report inside navigation, scripts and a footer. */
function cmsPage(charset: string): string {
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>某县人民政府2023年政府信息公开工作年度报告_某县人民政府</title>
<script>var title = "假的年度报告"; document.write("<p>注入</p>");</script><style>p { color: red }</style></head>
<body><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hd">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/nb">年度报告</a></div>
<table class="info"><tr><td>索引号</td><td>000000/2024-00001</td><td>发布机构</td><td>某县人民政府办公室</td></tr>
<tr><td>公开日期</td><td>2024-01-20</td><td>文号</td><td></td></tr></table>
<div class="article"><h1 class="title">某县人民政府2023年政府信息公开工作年度报告</h1>
<div id="zoom"><p style="text-indent:2em"><span style="font-family:仿宋">本报告根据《中华人民共和国政府信息公开条例》编制。</span><span>本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。</span></p>
<p><font face="黑体">一、总体情况</font><o:p></o:p></p>
<p>&nbsp;&nbsp;2023年，某县<span>持续</span>
<span>推进政务公开。</span></p>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table border="1"><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td>
<td colspan="5"><p>未经复议</p><p>直接起诉</p></td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>1</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table>
<p style="text-align:right">某县人民政府办公室</p><p style="text-align:right">2024年1月20日</p></div></div>
<div class="footer"><p>主办：某县人民政府办公室　<a href="#">网站地图</a>　<a href="#">联系我们</a></p><p>ICP备案号：某ICP备00000000号</p></div>
<footer>版权所有</footer><script src="/js/stat.js"></script></body></html>`;
}

const TABLE_C = `| 行政复议 / 结果维持 | 行政复议 / 结果纠正 | 行政复议 / 其他结果 | 行政复议 / 尚未审结 | 行政复议 / 总计 | 行政诉讼 / 未经复议直接起诉 / 结果维持 | 行政诉讼 / 未经复议直接起诉 / 结果纠正 | 行政诉讼 / 未经复议直接起诉 / 其他结果 | 行政诉讼 / 未经复议直接起诉 / 尚未审结 | 行政诉讼 / 未经复议直接起诉 / 总计 | 行政诉讼 / 复议后起诉 / 结果维持 | 行政诉讼 / 复议后起诉 / 结果纠正 | 行政诉讼 / 复议后起诉 / 其他结果 | 行政诉讼 / 复议后起诉 / 尚未审结 | 行政诉讼 / 复议后起诉 / 总计 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| 1 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |`;

test('a GB2312 page: decoded by its meta charset, the article found inside the page chrome, spans and <o:p> dropped, the table flattened', async () => {
  const page = cmsPage('gb2312');
  const bytes = iconv.encode(page, 'gbk');
  assert.equal(bytes.includes(Buffer.from('某县')), false, 'the page really is GBK');
  const converted = await importBytes(bytes, 'nb.HTM');
  assert.equal(converted.encoding, 'gb18030');
  assert.equal(
    converted.text,
    [
      '某县人民政府2023年政府信息公开工作年度报告',
      '发布机构：某县人民政府办公室　公开日期：2024-01-20　索引号：000000/2024-00001',
      '本报告根据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      '一、总体情况',
      '2023年，某县持续推进政务公开。',
      '四、政府信息公开行政复议、行政诉讼情况',
      TABLE_C,
      '某县人民政府办公室',
      '2024年1月20日',
    ].join('\n\n') + '\n',
  );
  // The same page in UTF-8 without a charset gives the same text.
  const utf8 = await importBytes(Buffer.from(page.replace(/<meta[^>]*>/, '')), 'nb.html');
  assert.equal(utf8.text, converted.text);
  assert.equal(parseDocument(converted.text).tables[0].national?.id, 'C');
});

test('a table copied from Word (clipboard HTML with StartFragment, mso styles, <o:p>) becomes a pipe table the parser reads as 表四', () => {
  const html = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'word-clipboard-table4.html'), 'utf8');
  const text = htmlClipboardToPipeTables(html);
  assert.equal(text, `四、政府信息公开行政复议、行政诉讼情况\n\n${TABLE_C}\n`);
  const doc = parseDocument(text!);
  assert.equal(doc.tables.length, 1);
  assert.equal(doc.tables[0].national?.id, 'C');
  assert.deepEqual(nationalCells(doc), nationalCells(parseDocument(`四、政府信息公开行政复议、行政诉讼情况\n\n${TABLE_C}\n`)));
  // Without a table there is nothing better than a plain paste.
  assert.equal(htmlClipboardToPipeTables('<!--StartFragment--><p class=MsoNormal>一、总体情况<o:p></o:p></p><!--EndFragment-->'), undefined);
});

test('hostile pages: nothing is executed or fetched, deep nesting does not exhaust the stack, size and table area are capped', async () => {
  // 100 000 nested blocks (within the size cap); inline, formatting and table nesting too.
  for (const [open, depth] of [['<div>', 100_000], ['<span>', 20_000], ['<b>', 20_000], ['<table><tr><td>', 5_000]] as const) {
    const t0 = Date.now();
    const text = htmlToText(`<html><body>${open.repeat(depth)}<p>某县2023年政府信息公开工作年度报告</p></body></html>`);
    assert.match(text, /某县2023年政府信息公开工作年度报告/, open);
    assert.ok(Date.now() - t0 < 20_000, `${open} × ${depth}: ${Date.now() - t0} ms`);
  }
  // 50 MB is refused before it is parsed.
  const t0 = Date.now();
  const huge = Buffer.alloc(50 * 1024 * 1024, '<p>年</p>');
  await assert.rejects(importBytes(huge, 'huge.html'), (e: unknown) => e instanceof ImportError && /大于 16 MB/.test(e.zh));
  assert.ok(Date.now() - t0 < 2_000, `refused in ${Date.now() - t0} ms`);
  // A table whose spans would make a grid of billions of slots is refused, not built.
  const spans = `<table>${'<tr>' + '<td rowspan="1000" colspan="1000">1</td>'.repeat(50) + '</tr>'}</table>`;
  assert.throws(() => htmlToText(`<html><body><p>某县年度报告</p>${spans}</body></html>`), (e: unknown) => e instanceof ImportError && /表格过大/.test(e.zh));
  // Scripts, event handlers and links are text at most, never run: the page's script would have thrown.
  const page = '<html><body><script>throw new Error("ran")</script><img src="http://example.invalid/x.png" onerror="throw 1"><p onclick="x()">某县年度报告</p><iframe src="http://example.invalid/"></iframe></body></html>';
  assert.equal(htmlToText(page), '某县年度报告\n');
});
