// Character classes and width folding used when matching labels and markers.
// Folding is only for matching: offsets always point into the original text.

import { foldTraditional } from './traditional';

const FULLWIDTH_DIGIT_0 = 0xff10;

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isFullwidthDigit(code: number): boolean {
  return code >= FULLWIDTH_DIGIT_0 && code <= FULLWIDTH_DIGIT_0 + 9;
}

/** Full-width digits → ASCII digits, same length (so offsets stay aligned). */
export function foldDigits(s: string): string {
  if (!/[０-９]/.test(s)) return s;
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - FULLWIDTH_DIGIT_0 + 48));
}

/**
 * `s` without the run of characters matching `chars` (a one-character class such as /[ \u3000]/) at its
 * end. A loop, not `replace(/[…]+$/)`: that regex tries every position of every run of those characters
 * in the string and is quadratic on a long one that does not end it.
 */
export function trimEndOf(s: string, chars: RegExp): string {
  let end = s.length;
  while (end > 0 && chars.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * A key for comparing labels: simplified characters (text/traditional.ts), no white space, one form of
 * each bracket, dot, comma, colon and quote.
 * Not length-preserving; use only for comparisons.
 */
const labelKeyCache = new Map<string, string>();

/**
 * The same characters in a string of their own. A slice of a document's text (a heading's title, a cell's
 * label) may share the whole text's memory in V8; kept in a cache that outlives the document, it would keep
 * that text alive (an index worker grew 38 KB per file it read). Concatenation then slicing makes V8 copy.
 */
export function detached(s: string): string {
  return (` ${s}`).slice(1);
}

export function labelKey(s: string): string {
  const hit = labelKeyCache.get(s);
  if (hit !== undefined) return hit;
  // Bounded: labels repeat across rows and documents, but a huge document must not grow this forever.
  if (labelKeyCache.size > 4096) labelKeyCache.clear();
  const key = detached(computeLabelKey(s));
  labelKeyCache.set(detached(s), key);
  return key;
}

/** What `\s` matches (JavaScript's white space and line terminators), which is also what `trim` removes. */
export function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The characters a label key writes in one form: brackets, commas, colons, quotes and the slash. */
const KEY_FORM = new Map<number, string>([
  ...[...'(（﹙'].map((c): [number, string] => [c.charCodeAt(0), '（']),
  ...[...')）﹚'].map((c): [number, string] => [c.charCodeAt(0), '）']),
  ...[...',，'].map((c): [number, string] => [c.charCodeAt(0), '，']),
  ...[...':：'].map((c): [number, string] => [c.charCodeAt(0), '：']),
  ...[...'"“”„‟＂'].map((c): [number, string] => [c.charCodeAt(0), '"']),
  ['／'.charCodeAt(0), '/'],
]);
/** After a digit, these become "." ("1、" and "1．" are "1."). */
const AFTER_DIGIT = new Set([...'.．、,，'].map((c) => c.charCodeAt(0)));

/**
 * One pass over the folded text, the same as: full-width digits to ASCII, white space removed, then
 * "(\d)[.．、,，]" → "$1.", and one form of each bracket, comma, colon, quote and slash.
 */
function computeLabelKey(s: string): string {
  const t = foldTraditional(s);
  let out = '';
  let from = 0;
  let prevDigit = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let put: string | undefined;
    if (isSpace(c)) put = '';
    else if (isFullwidthDigit(c)) put = String.fromCharCode(c - FULLWIDTH_DIGIT_0 + 48);
    else if (prevDigit && AFTER_DIGIT.has(c)) put = '.';
    else put = KEY_FORM.get(c);
    if (put !== undefined) {
      out += t.slice(from, i) + put;
      from = i + 1;
    }
    // White space is removed before the digit rule applies: "1 、" is "1.".
    if (put !== '') prevDigit = isAsciiDigit(c) || isFullwidthDigit(c);
  }
  return from === 0 ? t : out + t.slice(from);
}

/** Rows of the distance table, reused from call to call (labels are short; grown when one is not). */
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Levenshtein distance with an early exit once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (prevRow.length <= b.length) {
    prevRow = new Int32Array(b.length + 1);
    curRow = new Int32Array(b.length + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const insert = cur[j - 1] + 1;
      const remove = prev[j] + 1;
      const d = substitute < insert ? (substitute < remove ? substitute : remove) : insert < remove ? insert : remove;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

const HAN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const HAN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿

/**
 * What a UTF-16 unit is in a Chinese numeral, read with one array access (not a property lookup by a
 * one-character string): a digit's value, a unit's value (10, 100, 1000), or NOT_NUMERAL. 万 and 亿 are
 * tested by their codes.
 */
const NOT_NUMERAL = -1;
const HAN_DIGIT_VALUE = new Int8Array(0x10000).fill(NOT_NUMERAL);
const HAN_UNIT_VALUE = new Int16Array(0x10000).fill(NOT_NUMERAL);
for (const [ch, v] of Object.entries(HAN_DIGITS)) HAN_DIGIT_VALUE[ch.charCodeAt(0)] = v;
for (const [ch, v] of Object.entries(HAN_UNITS)) HAN_UNIT_VALUE[ch.charCodeAt(0)] = v;

/** 二十三 → 23, 一百零五 → 105, 三万二千 → 32000; undefined when it is not a well-formed numeral. */
export function parseHanNumber(s: string): number | undefined {
  if (!s || s === '万' || s === '亿') return undefined;
  let total = 0;
  let section = 0;
  let digit = -1;
  // By UTF-16 unit: a character outside the BMP is no numeral either way.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = HAN_DIGIT_VALUE[c];
    if (d !== NOT_NUMERAL) {
      if (digit >= 0) return undefined; // two digits in a row (一二) is not a cardinal
      digit = d;
      continue;
    }
    const u = HAN_UNIT_VALUE[c];
    if (u !== NOT_NUMERAL) {
      section += (digit < 0 ? 1 : digit) * u;
      digit = -1;
    } else if (c === WAN || c === YI) {
      const unit = c === WAN ? 10_000 : 100_000_000;
      total += (section + Math.max(digit, 0)) * unit;
      section = 0;
      digit = -1;
    } else {
      return undefined;
    }
  }
  return total + section + Math.max(digit, 0);
}

/** Digit-by-digit Han numerals for years: 二〇一二 → 2012 (look-alikes of 〇 accepted). */
export function parseHanDigits(s: string): number | undefined {
  let n = 0;
  for (const ch of s) {
    let d: number | undefined = HAN_DIGITS[ch];
    if (d === undefined && ZERO_LOOKALIKES.includes(ch)) d = 0;
    if (d === undefined) return undefined;
    n = n * 10 + d;
  }
  return n;
}

/** Characters written for 〇 in real reports: Latin O/o, digit zeros, Greek/Cyrillic O, ○, 零. */
export const ZERO_LOOKALIKES = 'OoＯｏ0０ΟОо○零';
