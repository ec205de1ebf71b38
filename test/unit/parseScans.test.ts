// Hand-written scans of the parser that stand in for a regex or a lookup by one-character strings: the same
// results on every string of a small alphabet (all of them up to a length, and random longer ones).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bookTitles, maskBookTitles } from '../../server/src/core/parse/opening';
import { parseHanNumber } from '../../server/src/core/text/chars';
import { findNumbersInLine } from '../../server/src/core/parse/numbers';
import { findTables, typeCell } from '../../server/src/core/parse/tables';
import { parseDocument } from '../../server/src/core';
import { foldTraditional, foldTraditionalFindingControl } from '../../server/src/core/text/traditional';

/** Every string over `alphabet` of up to `max` characters, then `random` longer ones (a fixed seed). */
function* strings(alphabet: string, max: number, random: number): Generator<string> {
  let level = [''];
  for (let n = 1; n <= max; n++) {
    level = level.flatMap((s) => [...alphabet].map((c) => s + c));
    yield* level;
  }
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < random; i++) {
    let s = '';
    const n = 8 + Math.floor(next() * 40);
    for (let k = 0; k < n; k++) s += alphabet[Math.floor(next() * alphabet.length)];
    yield s;
  }
}

test('book titles are masked and listed as /《[^《》]*》/g finds them', () => {
  let masked = 0;
  for (const s of strings('《》a□', 7, 3000)) {
    const expected = s.replace(/《[^《》]*》/g, (b) => `《${'□'.repeat(b.length - 2)}》`);
    assert.equal(maskBookTitles(s), expected, s);
    assert.deepEqual(bookTitles(s), [...s.matchAll(/《([^《》]*)》/g)].map((m) => ({ start: m.index! + 1, text: m[1] })), s);
    if (expected !== s) masked++;
  }
  assert.ok(masked > 1000);
  assert.equal(maskBookTitles('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）'), '根据《□□□□□□□□□□□□□□□》（以下简称《□□》）');
});

test('Chinese numerals are read by character code: values, and what is no numeral', () => {
  const cases: Array<[string, number | undefined]> = [
    ['十', 10], ['十二', 12], ['二十', 20], ['两千', 2000], ['三万二千', 32000], ['三亿', 300000000], ['一百五十', 150],
    ['〇', 0], ['零', 0], ['九十九', 99],
    ['', undefined], ['万', undefined], ['亿', undefined], ['一二', undefined], ['十a', undefined], ['😀', undefined], ['二😀', undefined],
  ];
  for (const [s, v] of cases) assert.equal(parseHanNumber(s), v, s);
  // Every string of up to three numeral characters reads as a reference built the slow way does.
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  const reference = (s: string): number | undefined => {
    if (!s || s === '万' || s === '亿') return undefined;
    let total = 0, section = 0, digit = -1;
    for (const ch of s) {
      if (ch in digits) {
        if (digit >= 0) return undefined;
        digit = digits[ch];
      } else if (ch in units) {
        section += (digit < 0 ? 1 : digit) * units[ch];
        digit = -1;
      } else if (ch === '万' || ch === '亿') {
        total += (section + Math.max(digit, 0)) * (ch === '万' ? 1e4 : 1e8);
        section = 0;
        digit = -1;
      } else return undefined;
    }
    return total + section + Math.max(digit, 0);
  };
  for (const s of strings('零一二两十百千万亿x', 3, 2000)) assert.equal(parseHanNumber(s), reference(s), s);
});

test('numbers in spans to skip are dropped without changing where the search goes on', () => {
  // Without spans to skip every match is read; with them, exactly those whose figures overlap no span remain.
  const parts = ['2019', '年', '1', '月', '31', '日', '一', '十', '二', '二十五', '十二', '件', '件', '条', '人次', ' ', '，', '约', '余', '.', '5', '万', '元', '%', 'a', '第', '-', '１２'];
  let seed = 99;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let dropped = 0;
  for (let i = 0; i < 4000; i++) {
    let text = '';
    for (let n = 3 + Math.floor(next() * 14); n > 0; n--) text += parts[Math.floor(next() * parts.length)];
    const skip: number[] = [];
    for (let at = Math.floor(next() * 4); at < text.length; at += 1 + Math.floor(next() * 6)) {
      const end = Math.min(text.length, at + 1 + Math.floor(next() * 8));
      skip.push(100 + at, 100 + end);
      at = end;
    }
    const line = { index: 0, start: 100, end: 100 + text.length, text };
    const all = findNumbersInLine(line, []);
    const expected = all.filter((n) => {
      const numStart = n.approximate?.start === n.start ? n.approximate.end : n.start;
      for (let k = 0; k < skip.length; k += 2) if (skip[k] < numStart + n.raw.length && skip[k + 1] > numStart) return false;
      return true;
    });
    dropped += all.length - expected.length;
    assert.deepEqual(findNumbersInLine(line, skip), expected, `${text} ${skip}`);
  }
  assert.ok(dropped > 1000);
  // "二十五件" starts in the span and ends after it: "十五件", which starts after it, is no match of its own.
  const text = '3件二十五件';
  assert.deepEqual(findNumbersInLine({ index: 0, start: 0, end: text.length, text }, [0, 3]), []);
  assert.equal(findNumbersInLine({ index: 0, start: 0, end: text.length, text }, [0, 2]).length, 1);
  // Only the first skipLength entries of the list are spans of this line (the parser reuses one list).
  const line = { index: 0, start: 0, end: 8, text: '12件，34件' };
  assert.deepEqual(findNumbersInLine(line, [0, 3, 4, 8], 2).map((n) => n.raw), ['34']);
  assert.deepEqual(findNumbersInLine(line, [0, 3, 4, 8]).map((n) => n.raw), []);
});

test('cells are typed as NUMBER_CELL reads them, whether or not they have its shape', () => {
  const NUMBER_CELL = /^([+\-－]?)(\d{1,3}(?:[,，]\d{3})+|\d+)(?:[.．](\d+))?\s*(万元|元|件|条|个|次|人次|%|％)?$/;
  const fold = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  let numbers = 0;
  for (const raw of strings('1２,.．－ 万元件人次%a', 4, 4000)) {
    const cell = typeCell(raw, 0, raw.length);
    const text = raw.trim();
    if (text === '' || cell.placeholder) continue;
    const m = /^[+\-－0-9０-９]/.test(text) ? NUMBER_CELL.exec(fold(text)) : null;
    assert.equal(cell.kind, m ? 'number' : 'text', raw);
    if (m) numbers++;
  }
  assert.ok(numbers > 300);
  assert.deepEqual(['12 万元', '1,234', '１２件', '+5', '3.5%', '1.予以公开', '12件a'].map((t) => typeCell(t, 0, t.length).kind),
    ['number', 'number', 'number', 'number', 'number', 'text', 'text']);
});

test('a publication label before a date, a 第X篇 marker after an ideographic space', () => {
  const doc = parseDocument('　第二篇 某局2020年政府信息公开工作年度报告\n发布时间 ： | 2021-01-05\n成文日期2021年1月5日，时间2021年1月6日\n');
  assert.equal(doc.reports[0].partMarker?.text, '第二篇');
  assert.deepEqual(doc.dates.map((d) => [d.raw, d.role]), [
    ['2020年', 'title'], ['2021-01-05', 'publication'], ['2021年1月5日', 'publication'], ['2021年1月6日', 'body'],
  ]);
});

test('the fold of a text finds its first control character in the same pass, and leaves it as it is', () => {
  assert.deepEqual(foldTraditionalFindingControl('報告'), { text: '报告', firstControl: -1 });
  assert.deepEqual(foldTraditionalFindingControl('報\x01告\x00'), { text: '报\x01告\x00', firstControl: 1 });
  assert.deepEqual(foldTraditionalFindingControl('\t\n\r\f 年報'), { text: '\t\n\r\f 年报', firstControl: -1 });
  for (const c of ['\x00', '\x08', '\x0b', '\x0e', '\x1f', '\ufffd']) assert.equal(foldTraditionalFindingControl(`ab${c}`).firstControl, 2, JSON.stringify(c));
  assert.equal(foldTraditional('報\x01告'), '报\x01告');
  // Binary content is still told from text: a NUL, or more than a tenth of control characters in the first 64 K.
  const binary = (t: string) => parseDocument(t).problems.some((p) => p.code === 'binary-content');
  assert.ok(binary('abc\x00def'));
  assert.ok(binary('\x01\x02报告'));
  assert.ok(!binary('报告\x01正文内容正文内容正文内容'));
  assert.ok(!binary(`${'正'.repeat(65536)}\x00`));
});

test('delimiter rows are told by hand as /^\\s*:?-{2,}:?\\s*$/ tells each of their cells', () => {
  const DELIMITER_CELL = /^\s*:?-{2,}:?\s*$/;
  for (const cell of strings(' :-a\u3000', 6, 3000)) {
    const line = { index: 0, start: 0, end: cell.length + 4, text: `|${cell}|--|` };
    const row = findTables([line, { index: 1, start: line.end + 1, end: line.end + 8, text: '| a | 1 |' }], new Uint8Array(2))[0]?.rows[0];
    if (!row || row.cells.length !== 2) continue;
    assert.equal(row.isDelimiter, DELIMITER_CELL.test(row.cells[0].raw), JSON.stringify(cell));
  }
});
