// Finds dates in every form seen in real reports (report-format.md §4.4), well-formed or not.
// Roles (title, 统计期限, 落款, …) are assigned later, once the report structure is known.
import type { DateIssue, DateMention } from '../model';
import type { Line } from '../text/lines';
import { parseHanDigits, parseHanNumber, ZERO_LOOKALIKES } from '../text/chars';
import { countBefore } from '../text/search';

/** A digit, ASCII or full-width: the patterns read the line as it is, without folding its digits first. */
const D = '[0-9０-９]';

const SP = '[ \\u3000\\u00a0]*';
// 2017年1月1日, 2017 年 12 月 31 日, 201,7年, 17年1月1日, 2012年, 2012年8月. Digit grouping uses the ASCII
// comma; a full-width comma is sentence punctuation ("2019-9-1，2019年2月" holds two dates).
// Not inside a decimal or a digit group ("1.2017年", "3,17年"); a year right after a clause comma
// ("…，2025 年我们将…", "3627条,2009年度") is a date.
const ARABIC_YMD = new RegExp(
  `(?<!${D}|[.]|${D},)(${D}{1,3},${D}{1,3}|${D}{4}|${D}{2})${SP}年(?:${SP}(${D}{1,2})${SP}月(?:${SP}(${D}{1,2})${SP}[日号])?)?`,
  'y',
);
// 12月31日 without a year
const ARABIC_MD = new RegExp(`(?<!${D}|年)(${D}{1,2})${SP}月${SP}(${D}{1,2})${SP}[日号]`, 'y');
const HAN_DIGIT = `[〇一二三四五六七八九${ZERO_LOOKALIKES}]`;
const HAN_SMALL = '[一二三四五六七八九十]{1,3}';
// 二〇一〇年三月五日, 二O一O年三月五日, 二〇一七年1月1日
const HAN_YMD = new RegExp(
  `(?<![0-9０-９A-Za-z])([一二]${HAN_DIGIT}{3})${SP}年(?:${SP}(${HAN_SMALL}|${D}{1,2})${SP}月(?:${SP}(${HAN_SMALL}|${D}{1,2})${SP}日)?)?`,
  'y',
);
// 2017.1.1, 2017/1/1, 2017、1、1, 2017-1-1, 2015-08-03
const HAS_NUMERIC = new RegExp(`${D}{4}[./、\\-]${D}`, 'g');
const NUMERIC = new RegExp(`(?<![0-9０-９.\\-/])(${D}{4})([./、\\-])(${D}{1,2})\\2(${D}{1,2})(?![0-9０-９./]|-${D})`, 'g');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of a run of digits, ASCII or full-width (what the patterns capture). */
function digitsValue(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return n;
}

/** 05, ０５: a month or day of two digits written with a leading zero. */
function zeroPadded(s: string | undefined): boolean {
  return s !== undefined && s.length === 2 && (s.charCodeAt(0) === 48 || s.charCodeAt(0) === 0xff10);
}

/** Whether the match holds a space (SP). */
function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 0x3000 || c === 0xa0) return true;
  }
  return false;
}

export function isValidDate(year: number | undefined, month: number | undefined, day: number | undefined): boolean {
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined) {
    if (day < 1 || day > 31) return false;
    if (month !== undefined) {
      const leap = year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
      const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
      if (day > days) return false;
    }
  }
  return true;
}

/** Spans taken by earlier passes never overlap each other: kept sorted, a binary search finds a clash. */
function overlaps(taken: Array<[number, number]>, s: number, e: number): boolean {
  const lo = countBefore(taken.length, (i) => taken[i][1] <= s);
  return lo < taken.length && taken[lo][0] < e;
}

/**
 * `taken` holds the spans of earlier passes, relative to the line and sorted; a pass adds its own
 * (left to right, so sorted too) to `added`, merged in by `endPass` — linear for any number of dates.
 */
function push(out: DateMention[], added: Array<[number, number]>, d: DateMention, lineStart: number): void {
  added.push([d.start - lineStart, d.end - lineStart]);
  out.push(d);
}

function endPass(taken: Array<[number, number]>, added: Array<[number, number]>): Array<[number, number]> {
  if (added.length === 0) return taken;
  const merged: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < taken.length || j < added.length) {
    if (j >= added.length || (i < taken.length && taken[i][0] <= added[j][0])) merged.push(taken[i++]);
    else merged.push(added[j++]);
  }
  added.length = 0;
  return merged;
}

const HAN = 1;
const ARABIC = 2;
const SPACE = 4;
/** What a character before 年 or 月 can be in a date: a Han digit (or a look-alike), a digit, a space. */
const BEFORE_MARK = new Uint8Array(0x10000);
for (const ch of `〇一二三四五六七八九${ZERO_LOOKALIKES}`) BEFORE_MARK[ch.charCodeAt(0)] = HAN;
for (const ch of '0123456789０１２３４５６７８９') BEFORE_MARK[ch.charCodeAt(0)] = ARABIC; // 0, ０ are look-alikes too
for (const ch of '0０') BEFORE_MARK[ch.charCodeAt(0)] = HAN | ARABIC;
for (const ch of ' \u3000\u00a0') BEFORE_MARK[ch.charCodeAt(0)] = SPACE;

/**
 * Where a pattern whose leading digits end right before a `mark` (年, 月; spaces between allowed) can
 * start: from `far` to `near` characters before the last digit, a digit of `kind` there. Ascending, each
 * once. Tried there only (sticky), a pattern finds what a global search finds, without scanning the
 * line again and again; no mark after a digit, no place to try.
 */
function startsBefore(text: string, mark: string, kind: number, far: number, near: number): number[] | undefined {
  let starts: number[] | undefined;
  let next = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    let q = at - 1;
    while (q >= 0 && BEFORE_MARK[text.charCodeAt(q)] === SPACE) q--;
    if (q < 0 || (BEFORE_MARK[text.charCodeAt(q)] & kind) === 0) continue;
    for (let p = Math.max(next, q - far, 0); p <= q - near; p++) {
      // An Arabic number starts where a run of digits does (the patterns look behind for a digit).
      if (kind === ARABIC && (!isDigit(text.charCodeAt(p)) || (p > 0 && isDigit(text.charCodeAt(p - 1))))) continue;
      (starts ??= []).push(p);
    }
    next = Math.max(next, q - near + 1);
  }
  return starts;
}

const NONE: number[] = [];

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** What findDatesInLine gives a line without dates (most lines): one array, never written to. */
const NO_DATES: DateMention[] = [];

/** All dates in one line of text. */
export function findDatesInLine(line: Line): DateMention[] {
  const text = line.text;
  // Every date holds 年 or 月 or is numeric (4 digits and a separator): other lines need no arrays made.
  if (text.indexOf('年') < 0 && text.indexOf('月') < 0) {
    HAS_NUMERIC.lastIndex = 0;
    if (!HAS_NUMERIC.test(text)) return NO_DATES;
  }
  let m: RegExpExecArray | null;
  const out: DateMention[] = [];
  let taken: Array<[number, number]> = [];
  const added: Array<[number, number]> = [];
  const base = line.start;

  // A Han year starts 3 characters before its last digit, an Arabic one 1 to 6 (201,7), a month 0 or 1.
  let from = 0;
  for (const p of startsBefore(text, '年', HAN, 3, 3) ?? NONE) {
    if (p < from) continue;
    HAN_YMD.lastIndex = p;
    if (!(m = HAN_YMD.exec(text))) continue;
    from = p + m[0].length;
    const yearRaw = m[1];
    const year = parseHanDigits(yearRaw);
    if (year === undefined || year < 1900 || year > 2100) continue;
    const issues: DateIssue[] = [];
    for (let i = 0; i < yearRaw.length; i++) {
      if (ZERO_LOOKALIKES.includes(yearRaw[i])) {
        issues.push('latin-o');
        break;
      }
    }
    // A month or day in digits (二〇一七年1月1日) mixes the numerals.
    const mixed = (m[2] !== undefined && isDigit(m[2].charCodeAt(0))) || (m[3] !== undefined && isDigit(m[3].charCodeAt(0)));
    const num = (s: string | undefined) => (s === undefined ? undefined : isDigit(s.charCodeAt(0)) ? digitsValue(s) : parseHanNumber(s));
    const month = num(m[2]);
    const day = num(m[3]);
    if (mixed) issues.push('mixed-numerals');
    if (hasSpace(m[0])) issues.push('space-inside');
    const s = p;
    push(out, added, {
      start: base + s, end: base + s + m[0].length, raw: m[0],
      year, month, day, form: mixed ? 'mixed' : 'chinese', issues, valid: isValidDate(year, month, day), role: 'body',
    }, base);
  }

  taken = endPass(taken, added);
  from = 0;
  for (const p of startsBefore(text, '年', ARABIC, 6, 1) ?? NONE) {
    if (p < from) continue;
    // What the pattern's look-behind refuses, refused before calling it: "1.2017年", "3,17年".
    const b = text.charCodeAt(p - 1);
    if (b === 46 /* . */ || (b === 44 /* , */ && isDigit(text.charCodeAt(p - 2)))) continue;
    ARABIC_YMD.lastIndex = p;
    if (!(m = ARABIC_YMD.exec(text))) continue;
    from = p + m[0].length;
    const s = p;
    const e = s + m[0].length;
    if (overlaps(taken, s, e)) continue;
    const yearRaw = m[1];
    const issues: DateIssue[] = [];
    let year: number;
    const comma = yearRaw.indexOf(',');
    if (comma >= 0) {
      // 201,7: one ASCII comma among the digits (the pattern allows no other)
      if (yearRaw.length !== 5) continue;
      year = digitsValue(yearRaw.slice(0, comma) + yearRaw.slice(comma + 1));
      issues.push('grouped-year');
    } else if (yearRaw.length === 2) {
      if (m[2] === undefined) continue; // "10年来" is not a date; only 17年1月 is
      year = 2000 + digitsValue(yearRaw);
      if (year > 2099) continue;
      issues.push('two-digit-year');
    } else {
      year = digitsValue(yearRaw);
    }
    if (year < 1900 || year > 2100) continue;
    const month = m[2] !== undefined ? digitsValue(m[2]) : undefined;
    const day = m[3] !== undefined ? digitsValue(m[3]) : undefined;
    if (zeroPadded(m[2]) || zeroPadded(m[3])) issues.push('zero-pad');
    if (hasSpace(m[0])) issues.push('space-inside');
    push(out, added, {
      start: base + s, end: base + e, raw: m[0],
      year, month, day, form: 'arabic', issues, valid: isValidDate(year, month, day), role: 'body',
    }, base);
  }

  taken = endPass(taken, added);
  from = 0;
  for (const p of startsBefore(text, '月', ARABIC, 1, 0) ?? NONE) {
    if (p < from) continue;
    if (text.charCodeAt(p - 1) === 0x5e74 /* 年: the look-behind's refusal */) continue;
    ARABIC_MD.lastIndex = p;
    if (!(m = ARABIC_MD.exec(text))) continue;
    from = p + m[0].length;
    const s = p;
    const e = s + m[0].length;
    if (overlaps(taken, s, e)) continue;
    const month = digitsValue(m[1]);
    const day = digitsValue(m[2]);
    const issues: DateIssue[] = [];
    if (zeroPadded(m[1]) || zeroPadded(m[2])) issues.push('zero-pad');
    if (hasSpace(m[0])) issues.push('space-inside');
    push(out, added, {
      start: base + s, end: base + e, raw: m[0],
      month, day, form: 'arabic', issues, valid: isValidDate(undefined, month, day), role: 'body',
    }, base);
  }

  taken = endPass(taken, added);
  HAS_NUMERIC.lastIndex = 0;
  const numeric = HAS_NUMERIC.exec(text);
  // No numeric date starts before the first place where 4 digits and a separator stand.
  if (numeric) for (NUMERIC.lastIndex = numeric.index; (m = NUMERIC.exec(text)); ) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlaps(taken, s, e)) continue;
    const year = digitsValue(m[1]);
    if (year < 1900 || year > 2100) continue;
    const month = digitsValue(m[3]);
    const day = digitsValue(m[4]);
    const sep = m[2];
    const issues: DateIssue[] = [sep === '.' ? 'dotted' : sep === '/' ? 'slashed' : sep === '、' ? 'dunhao' : 'hyphen'];
    push(out, added, {
      start: base + s, end: base + e, raw: m[0],
      year, month, day, form: 'numeric', issues, valid: isValidDate(year, month, day), role: 'body',
    }, base);
  }

  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}
