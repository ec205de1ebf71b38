// Finds dates in every form seen in real reports (report-format.md §4.4), well-formed or not.
// Roles (title, 统计期限, 落款, …) are assigned later, once the report structure is known.
import type { DateIssue, DateMention } from '../model';
import type { Line } from '../text/lines';
import { foldDigits, parseHanDigits, parseHanNumber, ZERO_LOOKALIKES } from '../text/chars';

const SP = '[ \\u3000\\u00a0]*';
// 2017年1月1日, 2017 年 12 月 31 日, 201,7年, 17年1月1日, 2012年, 2012年8月. Digit grouping uses the ASCII
// comma; a full-width comma is sentence punctuation ("2019-9-1，2019年2月" holds two dates).
// Not inside a decimal or a digit group ("1.2017年", "3,17年"); a year right after a clause comma
// ("…，2025 年我们将…", "3627条,2009年度") is a date.
const ARABIC_YMD = new RegExp(
  `(?<![\\d.]|\\d,)(\\d{1,3},\\d{1,3}|\\d{4}|\\d{2})${SP}年(?:${SP}(\\d{1,2})${SP}月(?:${SP}(\\d{1,2})${SP}[日号])?)?`,
  'g',
);
// 12月31日 without a year
const ARABIC_MD = new RegExp(`(?<![\\d年])(\\d{1,2})${SP}月${SP}(\\d{1,2})${SP}[日号]`, 'g');
const HAN_DIGIT = `[〇一二三四五六七八九${ZERO_LOOKALIKES}]`;
const HAN_SMALL = '[一二三四五六七八九十]{1,3}';
// 二〇一〇年三月五日, 二O一O年三月五日, 二〇一七年1月1日
const HAN_YMD = new RegExp(
  `(?<![\\dA-Za-z])([一二]${HAN_DIGIT}{3})${SP}年(?:${SP}(${HAN_SMALL}|\\d{1,2})${SP}月(?:${SP}(${HAN_SMALL}|\\d{1,2})${SP}日)?)?`,
  'g',
);
// 2017.1.1, 2017/1/1, 2017、1、1, 2017-1-1, 2015-08-03
const HAS_NUMERIC = /\d{4}[.\/、\-]\d/;
const NUMERIC = /(?<![\d.\-\/])(\d{4})([.\/、\-])(\d{1,2})\2(\d{1,2})(?![\d.\/]|-\d)/g;

export function isValidDate(year: number | undefined, month: number | undefined, day: number | undefined): boolean {
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined) {
    if (day < 1 || day > 31) return false;
    if (month !== undefined) {
      const leap = year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
      if (day > days) return false;
    }
  }
  return true;
}

/** Spans taken by earlier passes never overlap each other: kept sorted, a binary search finds a clash. */
function overlaps(taken: Array<[number, number]>, s: number, e: number): boolean {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid][1] <= s) lo = mid + 1;
    else hi = mid;
  }
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

/** All dates in one line of text. */
export function findDatesInLine(line: Line): DateMention[] {
  const text = foldDigits(line.text);
  const out: DateMention[] = [];
  let taken: Array<[number, number]> = [];
  const added: Array<[number, number]> = [];
  const base = line.start;

  const hasYear = text.includes('年');
  const hasMonth = text.includes('月');
  if (hasYear) for (const m of text.matchAll(HAN_YMD)) {
    const yearRaw = m[1];
    const year = parseHanDigits(yearRaw);
    if (year === undefined || year < 1900 || year > 2100) continue;
    const issues: DateIssue[] = [];
    if ([...yearRaw].some((ch) => ZERO_LOOKALIKES.includes(ch))) issues.push('latin-o');
    let mixed = false;
    const num = (s: string | undefined) => {
      if (s === undefined) return undefined;
      if (/\d/.test(s)) {
        mixed = true;
        return Number(s);
      }
      return parseHanNumber(s);
    };
    const month = num(m[2]);
    const day = num(m[3]);
    if (mixed) issues.push('mixed-numerals');
    if (/[ \u3000\u00a0]/.test(m[0])) issues.push('space-inside');
    const s = m.index!;
    push(out, added, {
      start: base + s, end: base + s + m[0].length, raw: line.text.slice(s, s + m[0].length),
      year, month, day, form: mixed ? 'mixed' : 'chinese', issues, valid: isValidDate(year, month, day), role: 'body',
    }, base);
  }

  taken = endPass(taken, added);
  if (hasYear) for (const m of text.matchAll(ARABIC_YMD)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (overlaps(taken, s, e)) continue;
    const yearRaw = m[1];
    const issues: DateIssue[] = [];
    let year: number;
    if (/[,，]/.test(yearRaw)) {
      const digits = yearRaw.replace(/[,，]/g, '');
      if (digits.length !== 4) continue;
      year = Number(digits);
      issues.push('grouped-year');
    } else if (yearRaw.length === 2) {
      if (m[2] === undefined) continue; // "10年来" is not a date; only 17年1月 is
      year = 2000 + Number(yearRaw);
      if (year > 2099) continue;
      issues.push('two-digit-year');
    } else {
      year = Number(yearRaw);
    }
    if (year < 1900 || year > 2100) continue;
    const month = m[2] !== undefined ? Number(m[2]) : undefined;
    const day = m[3] !== undefined ? Number(m[3]) : undefined;
    if ((m[2] && /^0\d/.test(m[2])) || (m[3] && /^0\d/.test(m[3]))) issues.push('zero-pad');
    if (/[ \u3000\u00a0]/.test(m[0])) issues.push('space-inside');
    push(out, added, {
      start: base + s, end: base + e, raw: line.text.slice(s, e),
      year, month, day, form: 'arabic', issues, valid: isValidDate(year, month, day), role: 'body',
    }, base);
  }

  taken = endPass(taken, added);
  if (hasMonth) for (const m of text.matchAll(ARABIC_MD)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (overlaps(taken, s, e)) continue;
    const month = Number(m[1]);
    const day = Number(m[2]);
    const issues: DateIssue[] = [];
    if (/^0\d/.test(m[1]) || /^0\d/.test(m[2])) issues.push('zero-pad');
    if (/[ \u3000\u00a0]/.test(m[0])) issues.push('space-inside');
    push(out, added, {
      start: base + s, end: base + e, raw: line.text.slice(s, e),
      month, day, form: 'arabic', issues, valid: isValidDate(undefined, month, day), role: 'body',
    }, base);
  }

  taken = endPass(taken, added);
  if (HAS_NUMERIC.test(text)) for (const m of text.matchAll(NUMERIC)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (overlaps(taken, s, e)) continue;
    const year = Number(m[1]);
    if (year < 1900 || year > 2100) continue;
    const month = Number(m[3]);
    const day = Number(m[4]);
    const sep = m[2];
    const issues: DateIssue[] = [sep === '.' ? 'dotted' : sep === '/' ? 'slashed' : sep === '、' ? 'dunhao' : 'hyphen'];
    push(out, added, {
      start: base + s, end: base + e, raw: line.text.slice(s, e),
      year, month, day, form: 'numeric', issues, valid: isValidDate(year, month, day), role: 'body',
    }, base);
  }

  out.sort((a, b) => a.start - b.start);
  return out;
}
