// Finds number mentions with their unit (条 件 个 次 …), in Arabic, full-width or Chinese numerals,
// and the approximation markers (余 多 约 近 左右 以上) that make a number unusable for arithmetic.
import type { NumberMention, Unit } from '../model';
import type { Line } from '../text/lines';
import { foldDigits, isHan, parseHanNumber } from '../text/chars';

const UNITS = '万元|人次|元|条|件|个|次|场|份|期|篇|册|家|项|%|％|人|只|本|天';
// The prefix group (约, 近, …) is matched by hand after the fact: an optional leading group would make
// the engine try every position of every line. An Arabic number may carry 万/亿 ("180万次", "2300万"),
// but not the 万 of the unit 万元. A Chinese numeral counts only with its unit (the look-ahead says so in
// the pattern, so that the 一 of 统一 and the 二 of a heading's 二、 are not matches to be dropped later).
const NUMBER = new RegExp(
  `()((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:万(?!元)|亿)?|[零〇一二三四五六七八九十百千万两]+(?=[ \\u3000]*(?:余|多)?[ \\u3000]*(?:${UNITS})))[ \\u3000]*(余|多)?[ \\u3000]*(${UNITS})?(左右|以上|余)?`,
  'g',
);
const PREFIXES = ['将近', '大约', '超过', '约', '近', '逾', '超'];

function prefixBefore(text: string, at: number): string | undefined {
  for (const p of PREFIXES) if (text.startsWith(p, at - p.length)) return p;
  return undefined;
}
/** Characters after which a one-character Chinese numeral is a count, not part of a word (统一条例). */
const COUNT_CONTEXT = new Set([...'共计有了达为约近收到理开布办出发展印编作处接审制至逾超各和与及、，,：:；;（( ']);

/** `skip`: spans (dates, heading markers) sorted by start, that hold no number mention. */
export function findNumbersInLine(line: Line, skip: Array<[number, number]>): NumberMention[] {
  const text = foldDigits(line.text);
  const out: NumberMention[] = [];
  // `skip` is sorted by start and the matches come left to right: one pointer walks both (linear).
  let k = 0;
  for (const m of text.matchAll(NUMBER)) {
    const s = m.index!;
    const numRaw = m[2];
    const numEnd = s + numRaw.length;
    const abs = line.start + s;
    while (k < skip.length && skip[k][1] <= abs) k++;
    if (k < skip.length && skip[k][0] < line.start + numEnd) continue;
    const before = text[s - 1] ?? '';
    const after = text[numEnd] ?? '';
    const arabic = /\d/.test(numRaw[0]);
    const unitRaw = m[4];
    let value: number | undefined;
    if (arabic) {
      // Not part of a code, phone number, URL, version or ordinal.
      if (/[\dA-Za-z.\-_/@:#]/.test(before) || /[\dA-Za-z\-_/@#]/.test(after)) continue;
      if (after === '.' && /\d/.test(text[numEnd + 1] ?? '')) continue;
      if (/第[ \u3000]*$/.test(text.slice(Math.max(0, s - 3), s))) continue;
      const multiplier = numRaw.endsWith('万') ? 'e4' : numRaw.endsWith('亿') ? 'e8' : '';
      const digits = (multiplier ? numRaw.slice(0, -1) : numRaw).replace(/,/g, '');
      // The exponent shifts the decimal point exactly: 1.5万 is 15000, not 15000.000000000002.
      value = Number(digits + multiplier);
      if (!unitRaw && !m[3] && !multiplier) {
        // Bare numbers that are years (2008政府信息…), dates, document numbers (〔2010〕64号) or phone numbers.
        if (/^[ \u3000]*[年月日号时分秒〕\]】）)]/.test(text.slice(numEnd, numEnd + 3))) continue;
        if (/[〔\[【]$/.test(before)) continue;
        if (/(?:邮编|邮政编码|电话|传真|号码)[：:]?[ \u3000]*$/.test(text.slice(Math.max(0, s - 6), s))) continue;
        if (!digits.includes('.') && (digits.length >= 7 || (digits.length === 4 && value >= 1949 && value <= 2100))) continue;
      }
    } else {
      if (!unitRaw) continue;
      if (before === '第' || before === '每' || before === '星') continue;
      if (numRaw.length === 1 && before && isHan(before.charCodeAt(0)) && !COUNT_CONTEXT.has(before)) continue;
      value = parseHanNumber(numRaw);
      if (value === undefined) continue;
    }
    const unit = (unitRaw === '％' ? '%' : unitRaw) as Unit | undefined;
    const mention: NumberMention = {
      start: line.start + s,
      end: line.start + (unitRaw || m[3] || m[5] ? s + m[0].length : numEnd),
      raw: line.text.slice(s, numEnd),
      value,
      numeral: arabic ? (/[０-９]/.test(line.text.slice(s, numEnd)) ? 'fullwidth' : 'arabic') : 'chinese',
    };
    if (unit) {
      const us = s + m[0].length - (m[5]?.length ?? 0) - unitRaw!.length;
      mention.unit = unit;
      mention.unitSpan = { start: line.start + us, end: line.start + us + unitRaw!.length };
    }
    const prefix = prefixBefore(text, s);
    const approx = prefix ?? m[3] ?? m[5];
    if (approx) {
      const as = prefix ? s - prefix.length : m[3] ? text.indexOf(m[3], numEnd) : s + m[0].length - m[5].length;
      mention.approximate = { start: line.start + as, end: line.start + as + approx.length, text: approx };
      if (prefix) mention.start = line.start + as;
    }
    // Bare Arabic numbers are kept without a unit so that rules can see "部分公开67，占4.61%".
    out.push(mention);
  }
  return out;
}
