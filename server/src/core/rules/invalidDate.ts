// invalid-date: a date that does not exist in the calendar (2月30日, 4月31日, 13月, 2023年2月29日).
import type { Rule } from './types';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function why(year: number | undefined, month: number | undefined, day: number | undefined): { zh: string; en: string } {
  if (month !== undefined && (month < 1 || month > 12)) return { zh: `一年只有12个月，没有${month}月`, en: `a year has 12 months; there is no month ${month}` };
  if (day !== undefined && month !== undefined && day >= 1) {
    if (month === 2 && year !== undefined && !isLeap(year)) {
      return { zh: `${year}年不是闰年，2月只有28天`, en: `${year} is not a leap year, so February has 28 days` };
    }
    return { zh: `${month}月只有${DAYS_IN_MONTH[month - 1]}天`, en: `month ${month} has ${DAYS_IN_MONTH[month - 1]} days` };
  }
  return { zh: '日期中的日不存在', en: 'there is no such day' };
}

export const invalidDate: Rule = {
  meta: {
    id: 'invalid-date',
    category: 'dates',
    defaultSeverity: 'error',
    fix: 'none',
    title: { zh: '日期不存在', en: 'Impossible date' },
    doc: {
      what: {
        zh: '检查日期是否真实存在：月份在1至12之间，日不超过当月天数（含闰年的2月29日）。',
        en: 'Checks that each date exists: the month is 1–12 and the day is within the month (29 February only in leap years).',
      },
      why: {
        zh: '“2月30日”“4月31日”一类日期必定是笔误，可能把统计期限、落款日期或所述事件的时间写错了。',
        en: 'A date such as 2月30日 or 4月31日 is certainly a slip; it may misstate the statistics period, the signature date or when something happened.',
      },
      example: { wrong: '2023年2月29日', right: '2023年2月28日' },
      basis: { zh: '公历日期规则（2月在闰年为29天，平年为28天）。', en: 'The Gregorian calendar (February has 29 days in leap years, 28 otherwise).' },
    },
  },
  checkDocument(ctx) {
    for (const d of ctx.doc.dates) {
      if (d.valid) continue;
      // "2019-13-5" or "2018.20.3" with a month or day out of any range is a code or a version, not a
      // date; only a numeric date that is merely too long for its month ("2019-2-30") is one.
      if (d.form === 'numeric' && (d.month === undefined || d.month < 1 || d.month > 12 || d.day === undefined || d.day < 1 || d.day > 31)) continue;
      const reason = why(d.year, d.month, d.day);
      ctx.report({
        start: d.start,
        end: d.end,
        message: {
          zh: `日期“${d.raw}”不存在：${reason.zh}。请核对并改正这个日期。`,
          en: `The date "${d.raw}" does not exist: ${reason.en}. Check it and correct it.`,
        },
      });
    }
  },
};
