// period-mismatch: the 统计期限 sentence does not cover 1月1日 to 12月31日 of the report year.
import type { DateMention } from '../model';
import type { Rule } from './types';
import { coversPartOfYear, gbDate } from '../analysis/dates';
import { emptyPeriodOf } from '../analysis/unfilled';
import { trustedReportYear } from '../analysis/deadlines';

/** What may stand between the two dates of a period: "至", "到", "起至", "-", "—", "～". */
const RANGE_LINK = /^[ \u3000]*起?[ \u3000]*(?:至|到|[-－—–~～])[ \u3000]*$/;

/** Issuers that report on the academic year. */
const SCHOOL = /学校|学院|大学|中学|小学|[一二三四五六七八九十]中|幼儿园|职业技术/;

export const periodMismatch: Rule = {
  meta: {
    id: 'period-mismatch',
    category: 'dates',
    defaultSeverity: 'error',
    fix: 'none',
    title: { zh: '统计期限不是报告年度全年', en: 'Statistics period is not the whole report year' },
    doc: {
      what: {
        zh: '检查“本报告所列数据统计期限自…至…”一句：期限应从报告年度的1月1日起，到同年12月31日止；学校按《高等学校信息公开办法》报告学年（9月1日至次年8月31日）的，也不提示。结束日期不写年份时（“2019年1月1日到12月31日”），按开始日期的年份理解。整段期限是另一个完整年度时（标题2019年、期限2018年全年），由 year-mismatch 提示。模板中的期限一句没有填写日期（“统计期限自至”“统计期限为年月日至年月日”）时也提示；只填了一部分的日期（“××××年1月1日”）由 unfilled-field 提示。',
        en: 'Checks the 统计期限 sentence ("本报告所列数据统计期限自…至…"): it must run from 1 January to 31 December of the report year; a school reporting on the academic year (1 September to 31 August, per the 高等学校信息公开办法) is not flagged. An end date without a year ("2019年1月1日到12月31日") takes the start date\'s year. When the period is a whole calendar year but another year than the title\'s, year-mismatch reports it. A template\'s period sentence left without dates ("统计期限自至", "统计期限为年月日至年月日") is reported too; a date filled in only in part ("××××年1月1日") is unfilled-field\'s.',
      },
      why: {
        zh: '年报统计的是一个完整的公历年度；期限写错，说明数据口径有误，或是照抄往年报告时没有改全。',
        en: 'The report covers one full calendar year; a wrong period means the figures cover the wrong span, or that last year\'s text was copied without being updated.',
      },
      example: { wrong: '统计期限自2017年1月1日起至2017年11月30日止', right: '统计期限自2017年1月1日起至2017年12月31日止' },
      basis: {
        zh: '《中华人民共和国政府信息公开条例》第四十九条、第五十条（报告上一年度的工作情况）；四川省地方标准 DB51/T 2660—2019 2.1：“年度报告统计时间段为上一年度1月1日至12月31日”。',
        en: 'Regulations on open government information, Art. 49–50 (the report covers the previous year); Sichuan DB51/T 2660—2019, 2.1: the statistics period is 1 January to 31 December of the previous year.',
      },
    },
  },
  checkReport(report, ctx) {
    const empty = emptyPeriodOf(ctx.doc, report);
    if (empty) {
      // A template's period left as it was ("统计期限自至"): reported here, not by unfilled-field.
      const year = trustedReportYear(report);
      const expected = year !== undefined ? `${gbDate(year, 1, 1)}至${gbDate(year, 12, 31)}` : '报告年度的1月1日至12月31日';
      const expectedEn = year !== undefined ? `${year}-01-01 to ${year}-12-31` : '1 January to 31 December of the report year';
      ctx.report({
        start: empty.start,
        end: empty.end,
        message: {
          zh: `统计期限“${empty.raw}”没有填写起止日期，是模板中未填写的内容。统计期限应为${expected}。`,
          en: `The statistics period "${empty.raw}" has no dates: the template was never filled in. The period should run ${expectedEn}.`,
        },
      });
    }
    const period = report.period;
    const from = period?.from;
    const to = period?.to;
    if (!period || !from || !to || coversPartOfYear(report)) return;
    // Only a real range ("自A至B", "A到B", "A-B"): a single cut-off date ("统计时间截至…") is not a period.
    if (!RANGE_LINK.test(ctx.doc.matchText.slice(from.end, to.start))) return;
    // Impossible dates are invalid-date's; the period cannot be read from them.
    if (!from.valid || !to.valid) return;
    const fromYear = from.year;
    const toYear = to.year ?? fromYear;
    // The 1月1日–12月31日 shape; an unwritten day (2019年1月至12月) is not held against the period.
    // Whole years ("自2003年至2008年"): right only when both are the one report year.
    const yearsOnly = from.month === undefined && to.month === undefined;
    if (yearsOnly && fromYear === toYear && (report.year === undefined || report.year === fromYear)) return;
    const startsRight = from.month === 1 && (from.day === undefined || from.day === 1);
    const endsRight = to.month === 12 && (to.day === undefined || to.day === 31);
    if (startsRight && endsRight && fromYear === toYear) return; // a whole calendar year: the year itself is year-mismatch's
    // Schools report on the academic year, 9月1日 to the next 8月31日 (高等学校信息公开办法, 教育部令第29号).
    const academicYear = from.month === 9 && (from.day ?? 1) === 1 && to.month === 8 && (to.day ?? 31) === 31 && fromYear !== undefined && toYear === fromYear + 1;
    if (academicYear && (!report.issuer || SCHOOL.test(report.issuer.text) || SCHOOL.test(report.title?.text ?? ''))) return;
    const year = report.year ?? fromYear;
    const fromWrong = !startsRight || (year !== undefined && fromYear !== undefined && fromYear !== year);
    const toWrong = !endsRight || (year !== undefined && toYear !== undefined && toYear !== year);
    const written = ctx.doc.text.slice(from.start, to.end);
    const expected = year !== undefined ? `${gbDate(year, 1, 1)}至${gbDate(year, 12, 31)}` : '1月1日至12月31日';
    const expectedEn = year !== undefined ? `${year}-01-01 to ${year}-12-31` : '1 January to 31 December';
    const wrong: DateMention | undefined = fromWrong && !toWrong ? from : toWrong && !fromWrong ? to : undefined;
    const detail = wrong
      ? {
          zh: wrong === from ? `开始日期写作“${from.raw}”` : `结束日期写作“${to.raw}”${to.year === undefined && fromYear !== undefined ? `（即${gbDate(fromYear, to.month, to.day)}）` : ''}`,
          en: wrong === from ? `it starts on "${from.raw}"` : `it ends on "${to.raw}"${to.year === undefined && fromYear !== undefined ? ` (that is, ${gbDate(fromYear, to.month, to.day)})` : ''}`,
        }
      : { zh: `写作“${written}”`, en: `it reads "${written}"` };
    ctx.report({
      start: wrong ? wrong.start : period.start,
      end: wrong ? wrong.end : period.end,
      message: {
        zh: `统计期限${detail.zh}，不是报告年度的全年。${year !== undefined ? `本报告是${year}年度报告，` : ''}统计期限应为${expected}。请核对所列数据的统计口径并改正期限。`,
        en: `The statistics period is not the whole report year: ${detail.en}. ${year !== undefined ? `This is the report for ${year}, so the` : 'The'} period should run ${expectedEn}. Check which span the figures cover and correct the period.`,
      },
    });
  },
};
