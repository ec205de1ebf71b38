// Finds number mentions with their unit (条 件 个 次 …), in Arabic, full-width or Chinese numerals,
// and the approximation markers (余 多 约 近 左右 以上) that make a number unusable for arithmetic.
import type { NumberMention, Unit } from '../model';
import type { Line } from '../text/lines';
import { foldDigits, isHan, parseHanNumber } from '../text/chars';

const UNITS = '万元|人次|元|条|件|个|次|场|份|期|篇|册|家|项|%|％|人|只|本|天';
/** A digit, ASCII or full-width: the pattern reads the line as it is, without folding its digits first. */
const D = '[0-9０-９]';
// The prefix group (约, 近, …) is matched by hand after the fact: an optional leading group would make
// the engine try every position of every line. An Arabic number may carry 万/亿 ("180万次", "2300万"),
// but not the 万 of the unit 万元. A Chinese numeral counts only with its unit (the look-ahead says so in
// the pattern, so that the 一 of 统一 and the 二 of a heading's 二、 are not matches to be dropped later).
const NUMBER = new RegExp(
  `()((?:${D}{1,3}(?:,${D}{3})+|${D}+)(?:\\.${D}+)?(?:万(?!元)|亿)?|[零〇一二三四五六七八九十百千万两]+(?=[ \\u3000]*(?:余|多)?[ \\u3000]*(?:${UNITS})))[ \\u3000]*(余|多)?[ \\u3000]*(${UNITS})?(左右|以上|余)?`,
  'g',
);
const PREFIXES = ['将近', '大约', '超过', '约', '近', '逾', '超'];
/** The last characters of PREFIXES: no prefix ends before a number without one of them. */
const PREFIX_END = new Set([...'近约过逾超'].map((c) => c.charCodeAt(0)));

function prefixBefore(text: string, at: number): string | undefined {
  if (!PREFIX_END.has(text.charCodeAt(at - 1))) return undefined;
  for (const p of PREFIXES) if (text.startsWith(p, at - p.length)) return p;
  return undefined;
}
/** Characters after which a one-character Chinese numeral is a count, not part of a word (统一条例). */
const COUNT_CONTEXT = new Set([...'共计有了达为约近收到理开布办出发展印编作处接审制至逾超各和与及、，,：:；;（( ']);

/** A full-width digit read as its ASCII digit; any other unit as it is (−1, past either end, stays). */
function digitFolded(c: number): number {
  return c >= 0xff10 && c <= 0xff19 ? c - 0xff10 + 48 : c;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isBlank = (c: number) => c === 32 || c === 0x3000;
const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿

/** Characters before (and after) an Arabic number that make it part of a code, URL, version, … */
const CODE_BEFORE = new Uint8Array(128);
const CODE_AFTER = new Uint8Array(128);
for (const ch of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_/@#') CODE_BEFORE[ch.charCodeAt(0)] = CODE_AFTER[ch.charCodeAt(0)] = 1;
for (const ch of '.:') CODE_BEFORE[ch.charCodeAt(0)] = 1;
/** After a bare number (blanks skipped): a year, date, time or document number, not a count. */
const DATE_AFTER = new Set([...'年月日号时分秒〕]】）)'].map((c) => c.charCodeAt(0)));
/** Before a bare number: the bracket of a document number (〔2010〕64号). */
const DOC_BRACKET = new Set([...'〔[【'].map((c) => c.charCodeAt(0)));
const CONTACT_BEFORE = /(?:邮编|邮政编码|电话|传真|号码)[：:]?[ \u3000]*$/;

/** Whether 第 stands in [from, at) with only blanks after it: an ordinal (第 3 次). */
function ordinalBefore(text: string, at: number, from: number): boolean {
  let j = at - 1;
  while (j >= from && isBlank(text.charCodeAt(j))) j--;
  return j >= from && text.charCodeAt(j) === 0x7b2c; /* 第 */
}

/** Whether [from, to) holds, after blanks, one of DATE_AFTER. */
function dateAfter(text: string, from: number, to: number): boolean {
  let j = from;
  while (j < to && isBlank(text.charCodeAt(j))) j++;
  return j < to && DATE_AFTER.has(text.charCodeAt(j));
}

function hasFullwidthDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return true;
  }
  return false;
}

/**
 * `skip`: spans (dates, heading markers) sorted by start, that hold no number mention, as a flat list
 * of offsets: start, end, start, end, … Only its first `skipLength` entries are read.
 */
export function findNumbersInLine(line: Line, skip: readonly number[], skipLength = skip.length): NumberMention[] {
  const text = line.text;
  const out: NumberMention[] = [];
  // `skip` is sorted by start and the matches come left to right: one pointer walks both (linear).
  let k = 0;
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text))) {
    const s = m.index;
    const abs = line.start + s;
    while (k < skipLength && skip[k + 1] <= abs) k += 2;
    if (k < skipLength && skip[k] < abs + m[2].length) continue;
    const mention = mentionOf(text, line.start, s, m);
    // Bare Arabic numbers are kept without a unit so that rules can see "部分公开67，占4.61%".
    if (mention) out.push(mention);
  }
  return out;
}

/** The mention a match makes, or undefined when its context says it is no count. */
function mentionOf(text: string, base: number, s: number, m: RegExpExecArray): NumberMention | undefined {
  const numRaw = m[2];
  const numEnd = s + numRaw.length;
  // Characters compared with digits are read with full-width digits folded.
  const before = s > 0 ? digitFolded(text.charCodeAt(s - 1)) : -1;
  const after = numEnd < text.length ? digitFolded(text.charCodeAt(numEnd)) : -1;
  const arabic = isDigit(digitFolded(text.charCodeAt(s)));
  const unitRaw = m[4];
  let value: number | undefined;
  let fullwidth = false;
  if (arabic) {
    // Not part of a code, phone number, URL, version or ordinal.
    if ((before >= 0 && before < 128 && CODE_BEFORE[before] === 1) || (after >= 0 && after < 128 && CODE_AFTER[after] === 1)) return undefined;
    if (after === 46 /* . */ && isDigit(digitFolded(text.charCodeAt(numEnd + 1)))) return undefined;
    if (ordinalBefore(text, s, Math.max(0, s - 3))) return undefined;
    const last = numRaw.charCodeAt(numRaw.length - 1);
    const multiplier = last === WAN ? 'e4' : last === YI ? 'e8' : '';
    let digits = multiplier ? numRaw.slice(0, -1) : numRaw;
    fullwidth = hasFullwidthDigit(digits, 0, digits.length);
    if (fullwidth) digits = foldDigits(digits);
    if (digits.includes(',')) digits = digits.replace(/,/g, '');
    // The exponent shifts the decimal point exactly: 1.5万 is 15000, not 15000.000000000002.
    value = Number(digits + multiplier);
    if (!unitRaw && !m[3] && !multiplier) {
      // Bare numbers that are years (2008政府信息…), dates, document numbers (〔2010〕64号) or phone numbers.
      if (dateAfter(text, numEnd, Math.min(text.length, numEnd + 3))) return undefined;
      if (DOC_BRACKET.has(before)) return undefined;
      if (CONTACT_BEFORE.test(text.slice(Math.max(0, s - 6), s))) return undefined;
      if (!digits.includes('.') && (digits.length >= 7 || (digits.length === 4 && value >= 1949 && value <= 2100))) return undefined;
    }
  } else {
    if (!unitRaw) return undefined;
    if (before === 0x7b2c /* 第 */ || before === 0x6bcf /* 每 */ || before === 0x661f /* 星 */) return undefined;
    if (numRaw.length === 1 && before >= 0 && isHan(before) && !COUNT_CONTEXT.has(text[s - 1])) return undefined;
    value = parseHanNumber(numRaw);
    if (value === undefined) return undefined;
  }
  const unit = (unitRaw === '％' ? '%' : unitRaw) as Unit | undefined;
  const mention: NumberMention = {
    start: base + s,
    end: base + (unitRaw || m[3] || m[5] ? s + m[0].length : numEnd),
    raw: numRaw,
    value,
    numeral: arabic ? (fullwidth ? 'fullwidth' : 'arabic') : 'chinese',
  };
  if (unit) {
    const us = s + m[0].length - (m[5]?.length ?? 0) - unitRaw!.length;
    mention.unit = unit;
    mention.unitSpan = { start: base + us, end: base + us + unitRaw!.length };
  }
  const prefix = prefixBefore(text, s);
  const approx = prefix ?? m[3] ?? m[5];
  if (approx) {
    const as = prefix ? s - prefix.length : m[3] ? text.indexOf(m[3], numEnd) : s + m[0].length - m[5].length;
    mention.approximate = { start: base + as, end: base + as + approx.length, text: approx };
    if (prefix) mention.start = base + as;
  }
  return mention;
}
