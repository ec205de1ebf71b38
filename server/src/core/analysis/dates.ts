// Shared helpers of the date rules: writing a date the GB/T 9704-2012 way, comparing dates whose day
// may be missing, and finding the year inside a report title.
import type { DateMention, Report, ReportDocument, Span } from '../model';
import { ZERO_LOOKALIKES } from '../text/chars';
import { foldTraditional } from '../text/traditional';

/** "2017年1月1日", "2017年3月", "12月31日": Arabic numerals, no zero padding (GB/T 9704-2012 7.3.5.4). */
export function gbDate(year: number | undefined, month?: number, day?: number): string {
  let s = year !== undefined ? `${year}年` : '';
  if (month !== undefined) s += `${month}月`;
  if (month !== undefined && day !== undefined) s += `${day}日`;
  return s;
}

export function gbDateOf(d: DateMention): string {
  return gbDate(d.year, d.month, d.day);
}

/** An ISO-like "2017-01-01" for English messages. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since year 0 of a calendar date (only used to compare dates). */
function ordinal(year: number, month: number, day: number): number {
  return year * 372 + (month - 1) * 31 + (day - 1);
}

/**
 * The earliest and latest calendar day a date can mean: "2024年3月" is 3月1日 to 3月31日.
 * Undefined without a year and a month.
 */
export function dateBounds(d: DateMention): { earliest: number; latest: number } | undefined {
  if (d.year === undefined || d.month === undefined) return undefined;
  if (d.day !== undefined) {
    const o = ordinal(d.year, d.month, d.day);
    return { earliest: o, latest: o };
  }
  return { earliest: ordinal(d.year, d.month, 1), latest: ordinal(d.year, d.month, 31) };
}

export function dayOrdinal(year: number, month: number, day: number): number {
  return ordinal(year, month, day);
}

const TITLE_YEAR_ARABIC = /(?:19|20)\d{2}/;
const TITLE_YEAR_HAN = /[一二][〇○Oo0零一二三四五六七八九]{3}(?=[ \u3000]*年)/;

/**
 * Where the year of the report title is written, read from the document text (a title over two lines
 * has a line break the title's text does not hold, so the offset cannot be taken from `title.text`).
 */
export function titleYearSpan(doc: ReportDocument, report: Report): Span | undefined {
  const t = report.title;
  if (!t) return undefined;
  const text = doc.text.slice(t.start, t.end);
  const m = TITLE_YEAR_ARABIC.exec(text) ?? TITLE_YEAR_HAN.exec(text);
  if (!m) return { start: t.start, end: t.end };
  return { start: t.start + m.index, end: t.start + m.index + m[0].length };
}

/** The dates of one report with the given role. */
export function datesOf(doc: ReportDocument, report: Report, role?: DateMention['role']): DateMention[] {
  return doc.dates.filter((d) => d.start >= report.start && d.start < report.end && (role === undefined || d.role === role));
}

/** A report on part of a year ("2024年上半年…", "第三季度…"): the whole-year date checks do not apply. */
export function coversPartOfYear(report: Report): boolean {
  return !!report.title && /上半年|下半年|半年度?|季度|\d{1,2}[ \u3000]*月份/.test(foldTraditional(report.title.text));
}

/** GB/T 9704-2012 took effect on 2012-07-01; from then on a 成文日期 is written in Arabic numerals. */
const GB9704_2012 = dayOrdinal(2012, 7, 1);

/** A signature date in Chinese numerals: before 2012-07-01 that was the custom (GB/T 9704-1999). */
export function chineseSignature(d: DateMention): d is DateMention & { year: number; month: number } {
  return d.role === 'signature' && d.form === 'chinese' && d.year !== undefined && d.month !== undefined;
}

/** A signature date written in Chinese numerals on or after 2012-07-01, when GB/T 9704-2012 wants Arabic ones. */
export function arabicSignature(d: DateMention): boolean {
  return chineseSignature(d) && dayOrdinal(d.year, d.month, d.day ?? 1) >= GB9704_2012;
}

/** The date with every look-alike zero in its (leading, four-character) Chinese year replaced by 〇. */
export function withHanZero(raw: string): string {
  const year = [...raw.slice(0, 4)].map((ch) => (ZERO_LOOKALIKES.includes(ch) ? '〇' : ch)).join('');
  return year + raw.slice(4);
}
