// The parser on input it must survive: empty and binary text, huge documents, CRLF, full-width digits,
// half-typed and tab-separated tables, phrases that look like headings, and arbitrary slices of real reports.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_MAX_LENGTH, parseDocument, positionAt, type ReportDocument } from '../../server/src/core';
import { listShared, readExamples, readShared, sharedTest } from './fixtures';

/** A small deterministic pseudo-random generator (LCG), so that failures can be replayed. */
function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
}

/** Offsets of everything the parser found lie inside the text and map back to what they claim. */
function assertOffsetsSound(text: string, doc: ReportDocument): void {
  const inside = (s: number, e: number, what: string) => {
    assert.ok(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length, `${what}: ${s}..${e} of ${text.length}`);
  };
  for (const h of doc.headings) {
    inside(h.start, h.end, 'heading');
    assert.equal(text.slice(h.title.start, h.title.end), h.title.text);
    assert.equal(text.slice(h.marker.start, h.marker.end), h.marker.text);
  }
  for (const d of doc.dates) assert.equal(text.slice(d.start, d.end), d.raw);
  for (const n of doc.numbers) inside(n.start, n.end, 'number');
  for (const t of doc.tables) for (const r of t.rows) for (const c of r.cells) assert.equal(text.slice(c.start, c.end), c.raw.trim() || c.raw);
  for (const r of doc.reports) inside(r.start, r.end, 'report');
  for (const p of doc.problems) inside(p.start, p.end, 'problem');
}

describe('degenerate input', () => {
  test('the empty string', () => {
    const doc = parseDocument('');
    assert.equal(doc.text, '');
    assert.equal(doc.headings.length, 0);
    assert.equal(doc.tables.length, 0);
    assert.equal(doc.dates.length, 0);
    assert.equal(doc.numbers.length, 0);
    assert.equal(doc.problems.length, 0);
    assert.equal(doc.parsedLength, 0);
    assert.ok(doc.reports.length <= 1);
    for (const r of doc.reports) assert.equal(r.headings.length, 0);
  });

  test('binary junk with NUL bytes gives a binary-content problem and nothing else', () => {
    const next = rng(7);
    const bytes = Buffer.alloc(8192);
    for (let i = 0; i < bytes.length; i++) bytes[i] = next(256);
    bytes[100] = 0;
    bytes[5000] = 0;
    for (const text of [bytes.toString('latin1'), bytes.toString('utf8'), '政府信息公开工作年度报告\n\0\0\0' + bytes.toString('latin1')]) {
      const doc = parseDocument(text);
      assert.deepEqual(doc.problems.map((p) => p.code), ['binary-content']);
      assert.equal(doc.reports.length, 0);
      assert.equal(doc.headings.length, 0);
      assert.equal(doc.tables.length, 0);
      assert.equal(doc.text, text);
    }
  });

  test('control characters that are not NUL, lone surrogates, odd separators', () => {
    const inputs = [
      '\uD800一、总体情况\uDFFF\n（一）\uD83D\n',
      '一、\n（\n(\n|\n||\n|||\n---\n\t\t\t\n',
      '<!--\n一、总体情况\n',
      '\u2028一、总体情况\u2029（一）主动公开\r\r\r二、\r',
      '第一篇\n第二篇\n第三篇：政府信息公开工作年度报告\n',
      '二O一O年十三月三十二日\n2017年2月30日\n17年1月1日\n2017.1.1\n2017/1/1\n2017、1、1\n2017-1-1\n',
    ];
    for (const text of inputs) {
      const doc = parseDocument(text);
      assertOffsetsSound(text, doc);
    }
    // An unterminated HTML comment hides the rest of the document.
    assert.equal(parseDocument('<!--\n一、总体情况\n二、主动公开政府信息情况\n').headings.length, 0);
    // Impossible dates are found, but marked invalid.
    const bad = parseDocument('2017年2月30日\n').dates[0];
    assert.equal(bad.valid, false);
  });

  test('a non-string argument does not throw', () => {
    const doc = parseDocument(undefined as unknown as string);
    assert.equal(doc.text, '');
    assert.equal(doc.headings.length, 0);
  });
});

describe('size', () => {
  sharedTest('a ~10 MB document (a corpus file repeated) is parsed, up to the default limit', { timeout: 120_000 }, () => {
    const one = readShared('corpus', '2024_huaian_shizhengfu');
    const text = one.repeat(Math.ceil((10 * 1024 * 1024) / one.length));
    assert.ok(text.length >= 10 * 1024 * 1024);
    const doc = parseDocument(text);
    const truncated = doc.problems.filter((p) => p.code === 'document-truncated');
    assert.equal(truncated.length, 1);
    assert.ok(doc.parsedLength <= DEFAULT_MAX_LENGTH && doc.parsedLength > DEFAULT_MAX_LENGTH - one.length);
    assert.equal(truncated[0].start, doc.parsedLength);
    assert.ok(doc.reports.length >= 1);
    // Eleven headings per copy (6 level-1, 5 level-2), for every copy that fits.
    const copies = Math.floor(doc.parsedLength / one.length);
    assert.ok(doc.headings.length >= copies * 11, `${doc.headings.length} headings for ${copies} copies`);
    assert.ok(doc.tables.filter((t) => t.national?.id === 'B').length >= copies);
    assert.ok(doc.headings.every((h) => h.end <= doc.parsedLength));
  });

  test('maxLength truncates at a line end and says so (example 2024)', () => {
    const [[, text]] = readExamples();
    const doc = parseDocument(text, { maxLength: 2000 });
    assert.ok(doc.parsedLength <= 2000 && doc.parsedLength > 0);
    assert.equal(text[doc.parsedLength - 1], '\n');
    assert.deepEqual(doc.problems.map((p) => [p.code, p.start]), [['document-truncated', doc.parsedLength]]);
    assert.equal(doc.text, text, 'the text itself is kept whole');
    assert.ok(doc.headings.length > 0 && doc.headings.every((h) => h.end <= doc.parsedLength));
    assert.ok(doc.tables.every((t) => t.end <= doc.parsedLength) && !doc.tables.some((t) => t.national?.id === 'C'), 'Table C lies after the cut');
    assert.ok(!doc.headings.some((h) => h.title.text === '其他需要报告的事项'));
    assert.equal(parseDocument(text, { maxLength: text.length }).problems.length, 0);
  });

  sharedTest('maxLength truncates at a line end and says so', () => {
    const text = readShared('corpus', '2024_huaian_shizhengfu');
    const doc = parseDocument(text, { maxLength: 2000 });
    assert.ok(doc.parsedLength <= 2000 && doc.parsedLength > 0);
    assert.equal(text[doc.parsedLength - 1], '\n');
    const p = doc.problems.find((x) => x.code === 'document-truncated');
    assert.ok(p);
    assert.equal(p.start, doc.parsedLength);
    assert.match(p.message.zh, /只检查了前/);
    assert.equal(doc.text, text, 'the text itself is kept whole');
    // Offset 2000 falls inside line 18 ("（四）政府信息公开平台建设情况…"): parsing stops before it.
    assert.deepEqual(doc.headings.map((h) => h.title.text), ['总体情况', '主动公开情况', '依申请公开情况', '政府信息管理情况']);
    assert.ok(doc.headings.every((h) => h.end <= doc.parsedLength));
    assert.ok(doc.dates.every((d) => d.end <= doc.parsedLength));
    // Nothing after the cut: the tables and the later sections are not seen.
    assert.equal(doc.tables.length, 0);
    assert.ok(!doc.headings.some((h) => h.title.text === '其他需要报告的事项'));
    // The whole file, parsed with a generous limit, has no such problem.
    assert.equal(parseDocument(text, { maxLength: text.length }).problems.length, 0);
  });
});

/** The text with CRLF line breaks parses like the one with LF, with offsets into the CRLF text. */
function assertCrlfParsesAlike(f: string, text: string): void {
  const lf = text.replace(/\r\n/g, '\n');
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = parseDocument(lf);
  const b = parseDocument(crlf);
  const headingsOf = (d: ReportDocument) =>
    d.headings.map((h) => [h.rank, h.depth, h.line, h.title.text, h.marker.text, h.inline, h.runIn, positionAt(d.lineStarts, h.title.start).character]);
  assert.deepEqual(headingsOf(b), headingsOf(a), `${f}: headings`);
  assert.ok(b.headings.length > 0, `${f}: has headings`);
  for (const h of b.headings) {
    assert.equal(crlf.slice(h.title.start, h.title.end), h.title.text, `${f}: title offsets`);
    assert.ok(!h.title.text.includes('\r'));
  }
  const reportsOf = (d: ReportDocument) =>
    d.reports.map((r) => [r.title?.text, r.year, r.era, r.kind, r.period?.from?.raw, r.period?.to?.raw, r.signature?.date?.raw, r.signature?.issuer?.text]);
  assert.deepEqual(reportsOf(b), reportsOf(a), `${f}: reports`);
  assert.deepEqual(b.dates.map((d) => [d.raw, d.role]), a.dates.map((d) => [d.raw, d.role]), `${f}: dates`);
  assert.deepEqual(b.numbers.map((n) => [n.value, n.unit]), a.numbers.map((n) => [n.value, n.unit]), `${f}: numbers`);
  const cellsOf = (d: ReportDocument) =>
    d.tables.map((t) => [t.national?.id, t.national?.rows.map((r) => [r.id, [...r.cells].map(([k, c]) => `${k}=${c.text}`)])]);
  assert.deepEqual(cellsOf(b), cellsOf(a), `${f}: tables`);
  for (const t of b.tables) for (const r of t.rows) for (const c of r.cells) assert.ok(!c.raw.includes('\r'));
  assertOffsetsSound(crlf, b);
}

describe('line endings', () => {
  test('CRLF gives the same headings, tables, dates and numbers, with offsets into the CRLF text (examples)', () => {
    for (const [f, text] of readExamples()) assertCrlfParsesAlike(f, text);
  });

  sharedTest('CRLF gives the same headings, tables, dates and numbers, with offsets into the CRLF text', () => {
    for (const dir of ['seeds', 'corpus'] as const) {
      for (const f of listShared(dir)) assertCrlfParsesAlike(f, readShared(dir, f));
    }
  });
});

describe('full-width digits', () => {
  test('"２０２４年１月１日" is a date in 2024, and the period is read', () => {
    const text = '本报告所列数据统计期限自２０２４年１月１日至２０２４年１２月３１日止。\n';
    const doc = parseDocument(text);
    assert.equal(doc.dates.length, 2);
    assert.deepEqual([doc.dates[0].year, doc.dates[0].month, doc.dates[0].day], [2024, 1, 1]);
    assert.equal(doc.dates[0].raw, '２０２４年１月１日');
    assert.deepEqual([doc.dates[1].year, doc.dates[1].month, doc.dates[1].day], [2024, 12, 31]);
    assert.equal(doc.reports[0].period?.from, doc.dates[0]);
    assert.equal(doc.reports[0].period?.to, doc.dates[1]);
    assert.equal(doc.reports[0].year, 2024);
  });

  test('a table cell "１２" is the number 12; counts and headings with full-width digits', () => {
    const text = [
      '二、主动公开政府信息情况',
      '',
      '第二十条第（五）项',
      '',
      '| 信息内容 | 本年处理决定数量 |',
      '|---|---|',
      '| 行政许可 | １２ |',
      '',
      '１．全年主动公开信息３６条。',
      '',
    ].join('\n');
    const doc = parseDocument(text);
    const a = doc.tables[0]?.national;
    assert.equal(a?.id, 'A');
    const cell = a.cell('行政许可', '本年处理决定数量');
    assert.equal(cell?.kind, 'number');
    assert.equal(cell?.value, 12);
    assert.equal(cell?.text, '１２');
    const n = doc.numbers.find((x) => x.value === 36);
    assert.equal(n?.unit, '条');
    assert.equal(n?.numeral, 'fullwidth');
    const h = doc.headings.find((x) => x.rank === 3);
    assert.equal(h?.ordinal, 1);
    assert.equal(h?.marker.text, '１．');
  });
});

describe('counts written with 万', () => {
  test('"1.5万条" is 15000 条, "3.2万元" stays 3.2 万元, "5万余元" is approximate', () => {
    const doc = parseDocument('全年发布信息1.5万条，收费3.2万元，另收取5万余元。\n');
    assert.deepEqual(
      doc.numbers.map((n) => [n.raw, n.value, n.unit, n.approximate?.text]),
      [
        ['1.5万', 15000, '条', undefined],
        ['3.2', 3.2, '万元', undefined],
        ['5万', 50000, '元', '余'],
      ],
    );
  });
});

describe('tables that are not clean', () => {
  test('a half-typed pipe table: header only, missing cells, a trailing "|" line', () => {
    const texts = [
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|\n| 规章 | 1\n| 行政规范性文件 |\n|\n',
      '三、收到和处理政府信息公开申请情况\n| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 |\n| 一、本年新收政府信息公开申请数量 | 3 | 4\n| 二、上年结转\n|',
      '| a | b |\n|',
      '|\n|\n|\n',
      '| 行政复议 / 结果维持 | 行政复议 / 结果纠正 |\n|---|\n| 1 |',
    ];
    for (const text of texts) assertOffsetsSound(text, parseDocument(text));
    const doc = parseDocument(texts[1]);
    assert.equal(doc.tables.length, 1);
    assert.equal(doc.tables[0].rows.length, 5);
    const cell = doc.tables[0].rows[2].cells[1];
    assert.equal(cell.kind, 'number');
    assert.equal(cell.value, 1);
    // A lone header line is not a table.
    assert.equal(parseDocument(texts[0]).tables.length, 0);
  });

  test('a tab-separated Table B pasted from Word, merged group cells left empty', () => {
    const labels: Array<[string, string, string]> = [
      ['一、本年新收政府信息公开申请数量', '', ''],
      ['二、上年结转政府信息公开申请数量', '', ''],
      ['三、本年度办理结果', '（一）予以公开', ''],
      ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''],
      ['', '（三）不予公开', '1.属于国家秘密'],
      ['', '', '2.其他法律行政法规禁止公开'],
      ['', '', '3.危及“三安全一稳定”'],
      ['', '', '4.保护第三方合法权益'],
      ['', '', '5.属于三类内部事务信息'],
      ['', '', '6.属于四类过程性信息'],
      ['', '', '7.属于行政执法案卷'],
      ['', '', '8.属于行政查询事项'],
      ['', '（四）无法提供', '1.本机关不掌握相关政府信息'],
      ['', '', '2.没有现成信息需要另行制作'],
      ['', '', '3.补正后申请内容仍不明确'],
      ['', '（五）不予处理', '1.信访举报投诉类申请'],
      ['', '', '2.重复申请'],
      ['', '', '3.要求提供公开出版物'],
      ['', '', '4.无正当理由大量反复申请'],
      ['', '', '5.要求行政机关确认或重新出具已获取信息'],
      ['', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['', '', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
      ['', '', '3.其他'],
      ['', '（七）总计', ''],
      ['四、结转下年度继续办理', '', ''],
    ];
    // Row i: 自然人 = 100 + i, 商业企业 = i, 科研机构 0, 社会公益组织 0, 法律服务机构 = 2 * i, 其他 1, 总计 = 101 + 4i.
    const rows = labels.map((l, i) => [...l, 100 + i, i, 0, 0, 2 * i, 1, 101 + 4 * i].join('\t'));
    const header = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计';
    for (const withHeader of [true, false]) {
      const text = `三、收到和处理政府信息公开申请情况\n\n${withHeader ? header + '\n' : ''}${rows.join('\n')}\n\n四、政府信息公开行政复议、行政诉讼情况\n`;
      const doc = parseDocument(text);
      assert.equal(doc.tables.length, 1);
      const t = doc.tables[0];
      assert.equal(t.format, 'tsv');
      const b = t.national;
      assert.equal(b?.id, 'B');
      assert.equal(b.era, '2021');
      assert.equal(b.rows.length, 25);
      assert.equal(b.unknownRows.length, 0);
      const idx = (id: string) => b.rows.findIndex((r) => r.id === id);
      assert.equal(idx('三（三）2'), 5);
      assert.equal(b.cell('一', '自然人')?.value, 100);
      assert.equal(b.cell('一', '总计')?.value, 101);
      // A continuation row: only the leaf label is written, the group cells are empty.
      assert.equal(b.cell('三（三）2', '自然人')?.value, 105);
      assert.equal(b.cell('三（三）2', '法律服务机构')?.value, 10);
      assert.equal(b.cell('三（四）3', '商业企业')?.value, 14);
      assert.equal(b.cell('三（六）3', '总计')?.value, 101 + 4 * 22);
      assert.equal(b.cell('三（七）', '自然人')?.value, 123);
      assert.equal(b.cell('四', '法律服务机构')?.value, 48);
      assert.equal(b.cell('四', '其他')?.value, 1);
      const c = b.cell('三（五）2', '总计')!;
      assert.equal(text.slice(c.start, c.end), String(101 + 4 * 16));
      // The two headings around the table are still found; the row labels are not headings.
      assert.deepEqual(doc.headings.map((h) => h.title.text), ['收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况']);
    }
  });
});

describe('things that look like headings', () => {
  test('inline enumerations "一是…二是…" are not headings', () => {
    const text = [
      '一、存在的主要问题及改进情况',
      '主要问题：一是信息发布不及时；二是公开内容不全面；三是平台建设滞后。',
      '一是加强学习，提高认识。',
      '二是完善制度，规范流程。',
      '三是加强督查。',
      '二、其他需要报告的事项',
      '',
    ].join('\n');
    const doc = parseDocument(text);
    assert.deepEqual(doc.headings.map((h) => [h.line, h.title.text]), [
      [0, '存在的主要问题及改进情况'],
      [5, '其他需要报告的事项'],
    ]);
  });

  test('the table row label "四、结转下年度继续办理" in prose is not a heading', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '本年新收政府信息公开申请10件。',
      '四、结转下年度继续办理',
      '四、政府信息公开行政复议、行政诉讼情况',
      '本年度无。',
      '',
    ].join('\n');
    const doc = parseDocument(text);
    assert.deepEqual(doc.headings.map((h) => [h.line, h.marker.text + h.title.text]), [
      [0, '三、收到和处理政府信息公开申请情况'],
      [3, '四、政府信息公开行政复议、行政诉讼情况'],
    ]);
    // The other Table B labels, written as lines, are not headings either.
    const labels = parseDocument('（七）总计\n（一）予以公开\n1.属于国家秘密\n一、本年新收政府信息公开申请数量\n');
    assert.equal(labels.headings.length, 0);
  });

  test('"一、二季度" and numbers like "1.5万" do not start headings', () => {
    const doc = parseDocument('全年政务公开工作进展顺利，一、二季度共发布信息1.5万条，较去年增长。\n1.5万条信息已归档。\n');
    assert.equal(doc.headings.length, 0);
  });
});

/** Parses 120 random slices of the text and its tail from every line start; returns how many random slices. */
function assertSlicesSound(f: string, text: string, next: (n: number) => number): number {
  let parsed = 0;
  for (let k = 0; k < 120; k++) {
    const a = next(text.length + 1);
    const b = a + next(text.length - a + 1);
    const slice = text.slice(a, b);
    let doc: ReportDocument;
    try {
      doc = parseDocument(slice);
    } catch (e) {
      assert.fail(`${f} [${a}, ${b}) threw: ${(e as Error).stack}`);
    }
    assertOffsetsSound(slice, doc);
    parsed++;
  }
  // Cuts at every line start, too (each cut leaves the tail of the file).
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  for (const s of starts) assertOffsetsSound(text.slice(s), parseDocument(text.slice(s)));
  return parsed;
}

describe('slices of reports', () => {
  test('random slices of the examples never throw and keep their offsets sound', () => {
    const next = rng(2024);
    let parsed = 0;
    for (const [f, text] of readExamples()) parsed += assertSlicesSound(f, text, next);
    assert.ok(parsed >= 240);
  });

  sharedTest('random slices never throw and keep their offsets sound', () => {
    const next = rng(2024);
    let parsed = 0;
    for (const dir of ['seeds', 'corpus'] as const) {
      for (const f of listShared(dir)) parsed += assertSlicesSound(f, readShared(dir, f), next);
    }
    assert.ok(parsed >= 1500);
  });

  sharedTest('a slice that starts mid-report keeps the headings after the cut', () => {
    const text = readShared('corpus', '2024_huaian_shizhengfu');
    const at = text.indexOf('三、收到和处理政府信息公开申请情况');
    const doc = parseDocument(text.slice(at));
    assert.deepEqual(doc.headings.filter((h) => h.rank === 1).map((h) => h.title.text), [
      '收到和处理政府信息公开申请情况',
      '政府信息公开行政复议、行政诉讼情况',
      '存在的主要问题及改进情况',
      '其他需要报告的事项',
    ]);
    assert.equal(doc.tables.find((t) => t.national?.id === 'B')?.national?.cell('一', '总计')?.value, 3119);
  });
});
